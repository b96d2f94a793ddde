import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import { proseLine } from '../markdown/inline';
import { HOLDS_LATIN, HOLDS_SURROGATE, MAY_HOLD_REPEAT, proseKinds } from './prose-kinds';
import { isHan } from './quantities';

const REPEATS = memoKey('repeats', true);

/** A word written twice in a row, line relative to its block. */
export interface RepeatHit {
  line: number;
  /** Start of the first copy. */
  start: number;
  /** End of the first copy, where the removal of the second begins (spaces included for Latin words). */
  firstEnd: number;
  end: number;
  word: string;
  latin: boolean;
}

/**
 * Legitimate ABAB reduplication: verbs tried out briefly (研究研究, 讨论讨论) and intensified
 * adjectives (雪白雪白). One-character reduplication (看看, 常常, 天天, 人人, 谢谢, 试试) and AABB
 * (认认真真) never match, since the repeated unit is two to four characters.
 */
export const CJK_ALLOWED: ReadonlySet<string> = new Set([
  '研究', '讨论', '学习', '考虑', '商量', '休息', '锻炼', '打扫', '收拾', '整理', '介绍', '了解', '关心', '帮助',
  '检查', '活动', '准备', '认识', '交流', '沟通', '总结', '反思', '琢磨', '比划', '溜达', '热闹', '高兴', '凉快',
  '暖和', '轻松', '放松', '打听', '请教', '体验', '尝试', '表扬', '鼓励', '梳理', '提醒', '指点', '雪白', '通红',
  '笔直', '冰凉', '火热', '漆黑', '碧绿', '蜡黄', '代表',
]);

/** English words that are correctly doubled: "that that", "had had", "is is" (what it is is …). */
export const LATIN_ALLOWED: ReadonlySet<string> = new Set(['that', 'had', 'is', 'do', 'does', 'bye', 'no', 'so', 'ha', 'yeah', 'hey']);

const CJK = /(\p{Script=Han}{2,4})\1/gu;
const LATIN = /\b([A-Za-z]{2,})(\s+)\1\b/gi;

/** Repeated words of a prose block (code spans excluded), before any user allowlist, memoised on the block. */
export function blockRepeats(block: Block, lines: readonly string[]): readonly RepeatHit[] {
  return memo(block, REPEATS, lines, computeBlockRepeats);
}

/** Hits of the block being read: one list for all blocks (most have none), copied out when not empty. */
const scratch: RepeatHit[] = [];

function computeBlockRepeats(block: Block, lines: readonly string[]): readonly RepeatHit[] {
  // A plain loop and hits pushed by module-level functions: no closure or list per block or line.
  // Most blocks have no two characters that recur as a doubled Chinese word's do, and no Latin letter:
  // their bits in `proseKinds` say so, and the lines are not read again (those of code and HTML blocks are 0).
  const kinds = proseKinds(block, lines);
  const cjk = (kinds & (MAY_HOLD_REPEAT | HOLDS_SURROGATE)) !== 0; // with surrogates, the regular expression reads the line (see cjkRepeats)
  const latin = (kinds & HOLDS_LATIN) !== 0;
  if (!cjk && !latin) return NO_FACTS;
  if (scratch.length) scratch.length = 0; // setting the length is a builtin call: skipped when already empty, as it is after most blocks
  for (let line = 0; line < block.end - block.start; line++) {
    const t = proseLine(block, lines, line);
    if (cjk) cjkRepeats(t, line, scratch);
    if (latin) latinRepeats(t, line, scratch);
  }
  return scratch.length ? scratch.slice() : NO_FACTS;
}

function hit(line: number, start: number, firstEnd: number, end: number, word: string, latin: boolean): RepeatHit {
  return { line, start, firstEnd, end, word, latin };
}

/** A Chinese repeat that is a word doubled by mistake, not reduplication. */
function addCjk(hits: RepeatHit[], line: number, start: number, word: string): void {
  if (CJK_ALLOWED.has(word) || new Set(word).size === 1 || (word.length === 2 && word[0] === '一')) return;
  hits.push(hit(line, start, start + word.length, start + 2 * word.length, word, false));
}

const HAS_LATIN = /[A-Za-z]/;

function latinRepeats(text: string, line: number, hits: RepeatHit[]): void {
  if (!HAS_LATIN.test(text)) return;
  // exec, not matchAll: matchAll copies the pattern for every line
  LATIN.lastIndex = 0;
  for (let m = LATIN.exec(text); m; m = LATIN.exec(text)) {
    const word = m[1];
    if (!LATIN_ALLOWED.has(word.toLowerCase())) hits.push(hit(line, m.index, m.index + word.length, m.index + m[0].length, word, true));
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Each match of `CJK` on a line, left to right. Lines without surrogates (nearly all) are read by
 * character: at each offset, the longest of 4, 3, 2 Han characters that the next ones repeat — what the
 * regex's greedy `{2,4}` and backreference find, without running it at every offset.
 */
function cjkRepeats(text: string, line: number, hits: RepeatHit[]): void {
  if (SURROGATE.test(text)) {
    CJK.lastIndex = 0;
    for (let m = CJK.exec(text); m; m = CJK.exec(text)) addCjk(hits, line, m.index, m[1]);
    return;
  }
  const n = text.length;
  let i = 0;
  while (i + 4 <= n) {
    // A repeat at i needs c[i] (Han) again at i+2, i+3 or i+4. The last five characters are kept in
    // locals and each is read once: reading four afresh at every offset made this loop 2.5 times
    // slower (charCodeAt on a line, a slice of the file's text, unwraps the slice at every call).
    let a = text.charCodeAt(i);
    let b = text.charCodeAt(i + 1);
    let c = text.charCodeAt(i + 2);
    let d = text.charCodeAt(i + 3);
    for (;;) {
      const e = i + 4 < n ? text.charCodeAt(i + 4) : -1;
      if (a >= 0x2e80 && (a === c || a === d || a === e)) break;
      if (++i + 4 > n) return;
      a = b;
      b = c;
      c = d;
      d = e;
    }
    const k = repeatLength(text, i);
    if (k) {
      addCjk(hits, line, i, text.slice(i, i + k));
      i += 2 * k;
    } else i++;
  }
}

/** The longest k of 4, 3, 2 such that the k Han characters at `i` are repeated right after them; 0 if none. */
function repeatLength(text: string, i: number): number {
  const n = text.length;
  for (let k = 4; k >= 2; k--) {
    if (i + 2 * k > n) continue;
    let same = true;
    for (let j = 0; j < k && same; j++) same = text.charCodeAt(i + j) === text.charCodeAt(i + k + j);
    for (let j = 0; j < k && same; j++) same = isHan(text, i + j);
    if (same) return k;
  }
  return 0;
}
