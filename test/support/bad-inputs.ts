// Inputs shared by the tests of bad configuration (engine, command line, language server).

/** A report whose own findings (date-wording, duplicate-word, numbering-sequence) show the other checks still run. */
export const REPORT = '# 测试工作总结\n\n## 一、主要工作及成效\n\n截止2023年10月31日，开展学习19次。党员党员参加。\n\n## 三、存在的问题\n\n不足。\n\n## 四、下步工作打算\n\n打算。\n';

/** YAML whose aliases expand to 9^6 values ("billion laughs"). */
export const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdef'.split('').map((k, i) => {
  const prev = 'abcde'[i];
  return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`;
})].join('\n') + '\n';

/** Bytes of a PNG file's header: binary data where YAML or CSV is expected. */
export const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
