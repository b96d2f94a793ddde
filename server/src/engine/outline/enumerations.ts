import { memo, type Block } from '../markdown/blocks';
import type { ReportDocument } from '../document';
import { CJK_NUMERAL, parseCjkNumber } from './numerals';

/** Which kind of in-paragraph enumeration a marker belongs to. */
export type EnumerationSeries = 'shi' | 'di' | 'shouxian';

/** An enumeration marker inside a paragraph: 一是, 第二，, 其次. */
export interface EnumerationHit {
  series: EnumerationSeries;
  value: number;
  text: string;
  line: number;
  start: number;
  end: number;
}

/** 一是 / 第一， / 首先 at the start of a clause; 第一时间, 第一责任人 and 统一是 are not enumerations. */
const PATTERN = new RegExp(
  `(^|[\\s\\u3000。；;：:，,、！？!?“”"（）()—…])(?:(${CJK_NUMERAL}{1,3})是|第(${CJK_NUMERAL}{1,3})(?=[，,、：:])|(首先|其次|再次))`,
  'g',
);
const ORDER: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };

/** Enumeration markers of a block, lines relative to the block, memoised on it. */
function blockHits(block: Block, lines: readonly string[]): EnumerationHit[] {
  return memo(block, 'enumerations', () => {
    if (block.kind !== 'paragraph' && block.kind !== 'list' && block.kind !== 'quote') return [];
    const hits: EnumerationHit[] = [];
    for (let i = block.start; i < block.end; i++) {
      const text = lines[i];
      if (!/是|第|首先|其次|再次/.test(text)) continue;
      PATTERN.lastIndex = 0;
      for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
        const start = m.index + m[1].length;
        const word = m[0].slice(m[1].length);
        const value = m[2] ? parseCjkNumber(m[2]) : m[3] ? parseCjkNumber(m[3]) : ORDER[m[4]];
        if (!value) continue;
        hits.push({ series: m[2] ? 'shi' : m[3] ? 'di' : 'shouxian', value, text: word, line: i - block.start, start, end: start + word.length });
        PATTERN.lastIndex = start + word.length;
      }
    }
    return hits;
  });
}

/** The enumeration markers of one block, with absolute lines (for a look at one place, not the whole document). */
export function enumerationHitsIn(block: Block, lines: readonly string[]): EnumerationHit[] {
  return blockHits(block, lines).map((hit) => ({ ...hit, line: hit.line + block.start }));
}

/** Every enumeration marker of the document in order, with absolute lines. */
export function enumerationHits(doc: ReportDocument): EnumerationHit[] {
  const out: EnumerationHit[] = [];
  for (const block of doc.blocks) {
    for (const hit of blockHits(block, doc.lines)) out.push({ ...hit, line: hit.line + block.start });
  }
  return out;
}
