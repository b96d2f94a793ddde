import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { normalizeOptions } from '../../../server/src/engine/config/settings';
import { MAX_CONFIG_CHARS } from '../../../server/src/engine/config/text';
import { ReportDocument } from '../../../server/src/engine/document';
import type { CheckResult } from '../../../server/src/engine/engine';
import { ALIAS_BOMB, BINARY, REPORT } from '../../support/bad-inputs';
import { testEngine } from '../../support/engine';

const STILL_RUN = ['date-wording', 'duplicate-word', 'numbering-sequence'];

type Files = Record<string, string | Buffer | null>; // null: a directory

function workspace(files: Files): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-bad-config-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (content === null) fs.mkdirSync(full);
    else fs.writeFileSync(full, content);
  }
  return root;
}

function check(files: Files, frontMatter = ''): { root: string; result: CheckResult } {
  const root = workspace({ ...files, 'r.md': (frontMatter ? `---\n${frontMatter}\n---\n` : '') + REPORT });
  const file = path.join(root, 'r.md');
  const result = testEngine().check({ document: new ReportDocument(fs.readFileSync(file, 'utf8')), path: file, workspaceRoot: root, settings: { rules: {}, reportDate: '2026-11-20' } });
  return { root, result };
}

/** `file:line:col: message` of each problem, as the command line prints them (1-based). */
function where(root: string, result: CheckResult): string[] {
  return result.problems.map((p) => `${path.relative(root, p.file)}:${p.range ? `${p.range.start.line + 1}:${p.range.start.character + 1}` : '-'}: ${p.message}`);
}

interface Case {
  name: string;
  files: Files;
  frontMatter?: string;
  /** Each problem expected, as `file:line:col: message` matched from the start. */
  expect: RegExp[];
}

const T = (yaml: string | Buffer) => ({ 't.yaml': yaml });
const USE_T = 'template: ./t.yaml';
const F = (name: string, text: string | Buffer | null) => ({ [name]: text });

const CASES: Case[] = [
  // templates
  { name: 'template: a value of the wrong type', files: T('id: t\nsections:\n  - id: s\n    required: maybe\n'), frontMatter: USE_T, expect: [/^t\.yaml:4:15: sections\.0\.required: must be boolean$/] },
  { name: 'template: an unknown property', files: T('id: t\nsections:\n  - id: s\n    colour: red\n'), frontMatter: USE_T, expect: [/^t\.yaml:4:5: sections\.0: unknown property "colour"$/] },
  { name: 'template: invalid YAML', files: T('id: t\nsections:\n  - id: s\n    title: [unclosed\n'), frontMatter: USE_T, expect: [/^t\.yaml:5:1: Flow sequence/] },
  { name: 'template: tabs as indentation', files: T('id: t\nsections:\n\t- id: s\n'), frontMatter: USE_T, expect: [/^t\.yaml:3:1: Tabs are not allowed/] },
  { name: 'template: a duplicate key', files: T('id: t\nid: u\nsections: []\n'), frontMatter: USE_T, expect: [/^t\.yaml:2:1: Map keys must be unique/] },
  { name: 'template: an alias bomb', files: T('id: t\n' + ALIAS_BOMB + 'sections: []\n'), frontMatter: USE_T, expect: [/^t\.yaml:3:8: aliases expand to too much data/] },
  { name: 'template: binary bytes', files: T(BINARY), frontMatter: USE_T, expect: [/^t\.yaml:3:1: not a text file: it holds binary data/] },
  { name: 'template: UTF-16 without BOM', files: T(Buffer.from('id: t\nsections: []\n', 'utf16le')), frontMatter: USE_T, expect: [/^t\.yaml:1:2: not a text file/] },
  { name: 'template: more than 250,000 characters', files: T('id: t\nsections:\n' + '  - id: s\n'.repeat(MAX_CONFIG_CHARS / 10)), frontMatter: USE_T, expect: [/^t\.yaml:1:1: not read: 250,016 characters, more than the 250,000/] },
  { name: 'template: empty', files: T(''), frontMatter: USE_T, expect: [/^t\.yaml:1:1: template file is empty$/] },
  { name: 'template: a list, not a mapping', files: T('- a\n- b\n'), frontMatter: USE_T, expect: [/^t\.yaml:1:1: top level: must be object$/] },
  { name: 'template: catastrophic and invalid regular expressions', files: T('id: t\nsections:\n  - id: s\n    match: "(a+)+$"\n  - id: u\n    inParagraph: "[x"\n'), frontMatter: USE_T, expect: [/^t\.yaml:4:12: sections\.0\.match: pattern may take exponential time/, /^t\.yaml:6:18: sections\.1\.inParagraph: invalid regular expression/] },
  { name: 'template: circular inheritance', files: { 'a.yaml': 'id: a\nextends: ./b.yaml\n', 'b.yaml': 'id: b\nextends: ./a.yaml\n' }, frontMatter: 'template: ./a.yaml', expect: [/^a\.yaml:2:10: cannot extend "\.\/b\.yaml": template inheritance is circular: a\.yaml → b\.yaml → a\.yaml$/, /^b\.yaml:2:10: template inheritance is circular/] },
  { name: 'template: extends itself', files: T('id: t\nextends: ./t.yaml\n'), frontMatter: USE_T, expect: [/^t\.yaml:2:10: template inheritance is circular: t\.yaml → t\.yaml$/] },
  { name: 'template: extends a missing file', files: T('id: t\nextends: ./nope.yaml\n'), frontMatter: USE_T, expect: [/^t\.yaml:2:10: cannot extend "\.\/nope\.yaml": template file not found/] },
  { name: 'template: the file named does not exist', files: {}, frontMatter: 'template: ./missing.yaml', expect: [/^r\.md:2:11: front matter template: file not found: .*missing\.yaml$/] },
  { name: 'template: the path named is a directory', files: F('tdir', null), frontMatter: 'template: ./tdir', expect: [/^r\.md:2:11: front matter template: file not found: .*tdir$/] },
  // .reportlint.yaml
  { name: 'configuration: values of the wrong type', files: F('.reportlint.yaml', 'rules: 5\nreportDate: 20261120\nmaxDocumentSize: big\n'), expect: [/^\.reportlint\.yaml:2:13: reportDate: must be string$/, /^\.reportlint\.yaml:3:18: maxDocumentSize: must be integer$/, /^\.reportlint\.yaml:1:8: rules: must be object$/] },
  { name: 'configuration: a severity that is not one (the schema is checked first)', files: F('.reportlint.yaml', 'rules:\n  no-such-rule: error\n  placeholder: {colour: red}\n  numbering-level: {strict: "yes"}\n  stale-date: {staleAfterDays: -5}\n  missing-section: loud\n'), expect: [/^\.reportlint\.yaml:6:20: rules\.missing-section: must be one of "error", "warning", "info", "off" or object$/] },
  { name: 'configuration: an unknown key', files: F('.reportlint.yaml', 'rulez: {}\n'), expect: [/^\.reportlint\.yaml:1:1: top level: unknown property "rulez"$/] },
  { name: 'configuration: invalid YAML', files: F('.reportlint.yaml', 'rules: [\n'), expect: [/^\.reportlint\.yaml:2:1: Flow sequence/] },
  { name: 'configuration: a duplicate key', files: F('.reportlint.yaml', 'rules: {}\nrules: {}\n'), expect: [/^\.reportlint\.yaml:2:1: Map keys must be unique/] },
  { name: 'configuration: an alias bomb', files: F('.reportlint.yaml', ALIAS_BOMB), expect: [/^\.reportlint\.yaml:2:8: aliases expand to too much data/] },
  { name: 'configuration: binary bytes', files: F('.reportlint.yaml', BINARY), expect: [/^\.reportlint\.yaml:3:1: not a text file/] },
  { name: 'configuration: a 5 MB file', files: F('.reportlint.yaml', '# ' + 'x'.repeat(5_000_000) + '\n'), expect: [/^\.reportlint\.yaml:1:1: not read: 5,000,003 characters/] },
  { name: 'configuration: a template entry without files, files of the wrong type', files: F('.reportlint.yaml', 'templates:\n  - files: 5\n    template: x\n  - template: y\n'), expect: [/^\.reportlint\.yaml:2:12: templates\.0\.files: must be string or array$/, /^\.reportlint\.yaml:4:5: templates\.1: must have required property 'files'$/] },
  { name: 'configuration: a placeholder pattern that could hang', files: F('.reportlint.yaml', 'rules:\n  placeholder:\n    patterns: ["(a+)+$"]\n'), expect: [/^\.reportlint\.yaml:3:15: rules\.placeholder\.patterns: pattern may take exponential time/] },
  { name: 'configuration: a template that does not exist', files: F('.reportlint.yaml', 'templates:\n  - files: "*.md"\n    template: ./missing.yaml\n'), expect: [/^\.reportlint\.yaml:3:15: templates\.0\.template: file not found: .*missing\.yaml$/] },
  { name: 'configuration: a figures file that does not exist', files: F('.reportlint.yaml', 'figures: ./missing.csv\n'), expect: [/^\.reportlint\.yaml:1:10: figures: file not found: .*missing\.csv$/] },
  // figures files
  { name: 'figures: a value of the wrong type', files: F('f.yaml', 'figures:\n  - {label: 学习, value: x, unit: 次}\n'), frontMatter: 'figures: ./f.yaml', expect: [/^f\.yaml:2:24: figures\.0\.value: must be number$/] },
  { name: 'figures: an unknown property', files: F('f.yaml', 'figures:\n  - {label: 学习, value: 1, unit: 次, colour: red}\n'), frontMatter: 'figures: ./f.yaml', expect: [/^f\.yaml:2:36: figures\.0: unknown property "colour"$/] },
  { name: 'figures: an alias bomb', files: F('f.yaml', ALIAS_BOMB + 'figures: []\n'), frontMatter: 'figures: ./f.yaml', expect: [/^f\.yaml:2:8: aliases expand to too much data/] },
  { name: 'figures: a duplicate key', files: F('f.yaml', 'figures: []\nfigures: []\n'), frontMatter: 'figures: ./f.yaml', expect: [/^f\.yaml:2:1: Map keys must be unique/] },
  { name: 'figures: an unclosed quote in CSV', files: F('f.csv', 'label,value,unit\n"学习,1,次\n'), frontMatter: 'figures: ./f.csv', expect: [/^f\.csv:2:1: invalid CSV: Quote Not Closed/] },
  { name: 'figures: an unknown CSV column', files: F('f.csv', 'label,value,unit,colour\n学习,1,次,red\n'), frontMatter: 'figures: ./f.csv', expect: [/^f\.csv:1:18: unknown column "colour"/] },
  { name: 'figures: an empty CSV file', files: F('f.csv', ''), frontMatter: 'figures: ./f.csv', expect: [/^f\.csv:1:1: figures file is empty$/] },
  { name: 'figures: binary bytes in CSV', files: F('f.csv', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0])), frontMatter: 'figures: ./f.csv', expect: [/^f\.csv:1:5: not a text file/] },
  { name: 'figures: a 5 MB CSV file', files: F('f.csv', 'label,value,unit\n' + '指标,1,次\n'.repeat(800_000)), frontMatter: 'figures: ./f.csv', expect: [/^f\.csv:1:1: not read: /] },
  { name: 'figures: neither YAML nor CSV', files: F('f.json', '{}'), frontMatter: 'figures: ./f.json', expect: [/^f\.json:-: figures file must be YAML \(\.yaml, \.yml\) or CSV \(\.csv\)$/] },
  { name: 'figures: the file named does not exist', files: {}, frontMatter: 'figures: ./nope.yaml', expect: [/^r\.md:2:10: front matter figures: file not found: .*nope\.yaml$/] },
  { name: 'figures: the path named is a directory', files: F('fdir.yaml', null), frontMatter: 'figures: ./fdir.yaml', expect: [/^r\.md:2:10: front matter figures: file not found: .*fdir\.yaml$/] },
  // front matter
  { name: 'front matter: invalid YAML', files: {}, frontMatter: 'template: [\ndate: 2026-13-45', expect: [/^r\.md:3:1: Flow sequence/] },
  { name: 'front matter: values of the wrong type', files: {}, frontMatter: 'template: 5\ndate: 5\ntitle: []\ncharts: 5', expect: [/^r\.md:2:11: front matter template: must be a non-empty string$/, /^r\.md:4:8: front matter title: must be a non-empty string$/, /^r\.md:3:7: front matter date: "5" is not a date/, /^r\.md:5:9: front matter charts: must map each chart image/] },
];

describe('bad configuration: a precise problem, and the other checks still run', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { root, result } = check(c.files, c.frontMatter);
      const found = where(root, result);
      assert.ok(found.length >= c.expect.length, `expected ${c.expect.length} problem(s), got:\n${found.join('\n')}`);
      for (const pattern of c.expect) assert.ok(found.some((f) => pattern.test(f)), `no problem matches ${pattern}; got:\n${found.join('\n')}`);
      assert.ok(result.problems.every((p) => p.severity === 'error' || p.severity === 'warning'));
      const rules = new Set(result.findings.map((f) => f.ruleId));
      for (const id of STILL_RUN) assert.ok(rules.has(id), `${id} did not run; findings: ${[...rules].join(', ')}`);
    });
  }

  it('finds every problem of a configuration file with several', () => {
    const { root, result } = check(F('.reportlint.yaml', 'rules:\n  no-such-rule: error\n  placeholder: {colour: red}\n  numbering-level: {strict: "yes"}\n  stale-date: {staleAfterDays: -5}\n'));
    assert.deepStrictEqual(where(root, result), [
      '.reportlint.yaml:2:17: rules: unknown rule id "no-such-rule"',
      '.reportlint.yaml:3:25: rules.placeholder: unknown option "colour"',
      '.reportlint.yaml:4:29: rules.numbering-level.strict: must be boolean',
      '.reportlint.yaml:5:32: rules.stale-date.staleAfterDays: must be a whole number of days, 0 or more',
    ]);
  });

  it('ignores a .reportlint.yaml that is a directory', () => {
    const { result } = check(F('.reportlint.yaml', null));
    assert.deepStrictEqual(result.problems, []);
  });

  it('takes a template saved as UTF-16 with BOM or as GB18030 as the text it is', () => {
    const yaml = 'id: t\nsections:\n  - {id: s, title: 总结}\n';
    // GB18030 of the same YAML: 总结 is d7dc bde1.
    const gb18030 = Buffer.concat([Buffer.from('id: t\nsections:\n  - {id: s, title: '), Buffer.from('d7dcbde1', 'hex'), Buffer.from('}\n')]);
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, 'utf16le')]), gb18030]) {
      const { result } = check(T(bytes), USE_T);
      assert.deepStrictEqual(result.problems, []);
      assert.deepStrictEqual(result.template?.sections.map((s) => s.title), ['总结']);
    }
  });

  it('takes a YAML file with a BOM and a few aliases as it is', () => {
    const { result } = check(T('\uFEFFid: t\nsections:\n  - &s {id: s, title: 总结}\n  - {id: u, title: 计划, aliases: [*s]}\n'.replace('aliases: [*s]', 'aliases: [下步]')), USE_T);
    assert.deepStrictEqual(result.problems, []);
    assert.strictEqual(result.template?.id, 't');
  });
});

describe('bad settings values: each dropped with a problem, none thrown', () => {
  const BAD: Array<[unknown, RegExp]> = [
    [{ template: 5 }, /^template: must be a string$/],
    [{ reportDate: 20261120 }, /^reportDate: must be a string$/],
    [{ reportDate: '2026-02-30' }, /^reportDate: "2026-02-30" is not a date/],
    [{ figuresFile: [] }, /^figuresFile: must be a string$/],
    [{ maxDocumentSize: 10 }, /^maxDocumentSize: must be a number of at least 1000$/],
    [{ rules: [] }, /^rules: must be an object/],
    [{ rules: { 'no-such-rule': 'error' } }, /^rules: unknown rule id "no-such-rule"$/],
    [{ rules: { placeholder: 'loud' } }, /^rules\.placeholder: severity must be one of error, warning, info, off$/],
    [{ rules: { placeholder: { colour: 'red' } } }, /^rules\.placeholder: unknown option "colour"$/],
    [{ rules: { placeholder: { patterns: '(a+)+' } } }, /^rules\.placeholder\.patterns: must be string\[\]$/],
    [{ rules: { placeholder: { patterns: ['(a+)+$'] } } }, /^rules\.placeholder\.patterns: pattern may take exponential time/],
    [{ rules: { 'numbering-level': { strict: 'yes' } } }, /^rules\.numbering-level\.strict: must be boolean$/],
    [{ rules: { 'stale-date': { staleAfterDays: Number.NaN } } }, /^rules\.stale-date\.staleAfterDays: must be number$/],
    ['not an object', /^settings must be an object$/],
  ];
  for (const [raw, message] of BAD) {
    it(JSON.stringify(raw) ?? String(raw), () => {
      const { options, problems } = normalizeOptions(raw);
      assert.ok(problems.some((p) => message.test(p.message)), problems.map((p) => p.message).join('\n'));
      assert.ok(options.rules && typeof options.rules === 'object');
    });
  }
});
