// A Chinese 创建模范机关汇报 of a chosen size. Large reports gather many units' practices (### 办公室 …)
// under 一、主要做法, each with its own （一）（二）… sequence, so the outline grows with the text.
import { cjk, random } from './random.mjs';
import * as S from './sentences.mjs';
import * as V from './vocab.mjs';

/** Above this many bytes the practices are grouped by unit. */
const GROUPED = 48 * 1024;
/** Bytes of one unit's practices in a grouped report. */
const UNIT = 24 * 1024;

/**
 * Options: `bytes` (UTF-8 size to reach), `seed`, `missing` ('none' | 'shortcomings' | 'folded'),
 * `plainShare` (share of sub-sections written as plain lines instead of ### headings), `eol`.
 */
export function makeReport({ bytes, seed = 1, missing = 'none', plainShare = 0.3, eol = '\n' }) {
  const r = random(seed);
  const out = new Writer();
  out.block(`---\ntemplate: zh-model-agency\ndate: 2026-11-${String(r.int(1, 28)).padStart(2, '0')}\n---`);
  const org = r.pick(V.ORGS);
  out.block(`# ${org}创建模范机关工作情况汇报`);
  out.block(`根据${r.pick(V.ISSUERS)}关于开展模范机关创建活动的通知要求，现将我${org.slice(-1)}20xx年创建工作情况汇报如下：`);
  out.block('## 一、主要做法');
  const closing = 2 * 1024;
  const practicesEnd = Math.max(bytes - closing, out.size + 1024);
  if (bytes <= GROUPED) subsections(r, out, practicesEnd, 3, plainShare);
  else {
    while (out.size < practicesEnd) {
      out.block(`### ${r.pick(V.DEPTS)}${r.pick(V.DEPT_SUFFIX)}`);
      out.block(S.paragraph(r));
      subsections(r, out, Math.min(practicesEnd, out.size + UNIT), 4, plainShare);
    }
  }
  let top = 2;
  if (missing === 'none') shortcomings(r, out, `## ${cjk(top++)}、存在的不足`);
  else if (missing === 'folded') out.block(`对照创建标准，我们的工作还存在一些不足：${S.enumeration(r, 3)}`);
  plans(r, out, `## ${cjk(top)}、下步工作思路`);
  return out.text(eol);
}

/** （一）（二）… sub-sections until `end` bytes, as ATX headings of `level` or plain lines. */
function subsections(r, out, end, level, plainShare) {
  let n = 1;
  while (out.size < end) {
    const marker = `（${cjk(n)}）`;
    const title = S.themedTitle(r);
    out.block(r.chance(plainShare) ? marker + title : `${'#'.repeat(level)} ${marker}${title}`);
    n += r.chance(0.04) ? 2 : 1; // now and then a number is skipped
    if (r.chance(0.03)) continue; // an empty section left in the draft
    out.block(S.paragraph(r));
    const items = r.int(1, 5);
    for (let k = 1; k <= items; k++) out.block(S.runIn(r, k));
    if (r.chance(0.08)) out.block(S.figuresTable(r));
    if (r.chance(0.1)) out.block(Array.from({ length: r.int(2, 4) }, () => `- ${S.clause(r)}`).join('\n'));
    if (r.chance(0.7)) out.block(S.paragraph(r));
  }
}

function shortcomings(r, out, heading) {
  out.block(heading);
  const picked = V.SHORTCOMINGS.slice(r.int(0, 2), r.int(3, 4) + 2);
  out.block(`在肯定成绩的同时，我们也清醒地认识到工作中还存在一些不足：${picked.map(([what, how], i) => `${cjk(i + 1)}是${what}${how}。`).join('')}`);
}

function plans(r, out, heading) {
  out.block(heading);
  out.block(`下步，我们将以创建模范机关为抓手，围绕${r.pick(V.FOCUS)}，突出${r.pick(V.FOCUS)}，全力推动各项工作再上新台阶。`);
  out.block(Array.from({ length: r.int(2, 4) }, (_, i) => `${i + 1}. ${r.pick(V.PLANS)}。${S.clause(r)}。`).join('\n'));
  out.block('我们将以更加饱满的热情、更加务实的作风，努力为建设人民满意的模范机关作出新的更大贡献。');
}

/** Collects blocks separated by blank lines and counts their UTF-8 bytes. */
class Writer {
  constructor() {
    this.blocks = [];
    this.size = 0;
  }
  block(text) {
    this.blocks.push(text);
    this.size += Buffer.byteLength(text) + 2;
  }
  text(eol) {
    const text = this.blocks.join('\n\n') + '\n';
    return eol === '\n' ? text : text.replace(/\n/g, eol);
  }
}
