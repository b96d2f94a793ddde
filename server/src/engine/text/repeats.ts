import { type Block, memo, memoKey } from '../markdown/blocks';
import { inlineFacts, isProse } from '../markdown/inline';
import { isHan } from './quantities';

const REPEATS = memoKey('repeats');

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
export function blockRepeats(block: Block, lines: readonly string[]): RepeatHit[] {
  return memo(block, REPEATS, lines, computeBlockRepeats);
}

function computeBlockRepeats(block: Block, lines: readonly string[]): RepeatHit[] {
  if (!isProse(block)) return [];
  const hits: RepeatHit[] = [];
  inlineFacts(block, lines).text.forEach((text, line) => {
    cjkRepeats(text, (start, word) => {
      if (CJK_ALLOWED.has(word) || new Set(word).size === 1 || (word.length === 2 && word[0] === '一')) return;
      hits.push({ line, start, firstEnd: start + word.length, end: start + 2 * word.length, word, latin: false });
    });
    if (!/[A-Za-z]/.test(text)) return;
    for (const m of text.matchAll(LATIN)) {
      const word = m[1];
      if (LATIN_ALLOWED.has(word.toLowerCase())) continue;
      hits.push({ line, start: m.index!, firstEnd: m.index! + word.length, end: m.index! + m[0].length, word, latin: true });
    }
  });
  return hits;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Each match of `CJK` on a line, left to right, as `(start, word)`. Lines without surrogates (nearly all)
 * are read by character: at each offset, the longest of 4, 3, 2 Han characters that the next ones
 * repeat — what the regex's greedy `{2,4}` and backreference find, without running it at every offset.
 */
function cjkRepeats(text: string, visit: (start: number, word: string) => void): void {
  if (SURROGATE.test(text)) {
    for (const m of text.matchAll(CJK)) visit(m.index!, m[1]);
    return;
  }
  for (let i = 0; i + 4 <= text.length; ) {
    const k = repeatAt(text, i);
    if (k) {
      visit(i, text.slice(i, i + k));
      i += 2 * k;
    } else i++;
  }
}

function repeatAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x2e80) return 0; // not Han
  const n = text.length;
  if (c !== text.charCodeAt(i + 2) && c !== text.charCodeAt(i + 3) && (i + 4 >= n || c !== text.charCodeAt(i + 4))) return 0;
  for (let k = 4; k >= 2; k--) {
    if (i + 2 * k > n) continue;
    let same = true;
    for (let j = 0; j < k && same; j++) same = text.charCodeAt(i + j) === text.charCodeAt(i + k + j);
    for (let j = 0; j < k && same; j++) same = isHan(text, i + j);
    if (same) return k;
  }
  return 0;
}
