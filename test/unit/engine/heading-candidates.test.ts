import * as assert from 'assert';
import * as fc from 'fast-check';
import { ReportDocument } from '../../../server/src/engine/document';
import { ATX_OPEN, atxClosingStart, trimBlanksEnd } from '../../../server/src/engine/markdown/atx';
import type { Block } from '../../../server/src/engine/markdown/blocks';
import { headingCandidates, MAX_PLAIN_HEADING, MAX_RUNIN_TITLE, type HeadingCandidate } from '../../../server/src/engine/outline/candidates';
import { parseMarker } from '../../../server/src/engine/outline/markers';
import { fuzzParameters } from '../../support/arbitraries';

// The definition of a block's heading candidates, as the engine found them before they were read by index
// (no slices, no regex per title character): slices, regexes and `trim`.

const INDENT = /^[ \t\u3000]*/;
const PREFIX = /^(?:##[a-z]+##|\*\*|__)+/i;
const STRONG_END = /[。！？!?；;]/;
const TRAILING_PUNCT = /[\s。：:；;，,！？!?*_]/;

function plainCandidates(block: Block, lines: readonly string[]): HeadingCandidate[] {
  switch (block.kind) {
    case 'heading':
      return [markdownHeading(block, lines)];
    case 'paragraph': {
      const out: HeadingCandidate[] = [];
      for (let i = block.start; i < block.end; i++) {
        const found = numberedLine(lines[i], i - block.start, 'plain');
        if (found) out.push(found);
      }
      return out;
    }
    case 'list':
      if (!block.ordered) return [];
      return block.items!.flatMap((item) => numberedLine(lines[block.start + item.line], item.line, 'list') ?? []);
    default:
      return [];
  }
}

function markdownHeading(block: Block, lines: readonly string[]): HeadingCandidate {
  const line = lines[block.start];
  let start: number;
  let end: number;
  let endLine = 0;
  let endChar: number;
  if (block.setext) {
    start = INDENT.exec(line)![0].length;
    end = line.trimEnd().length;
    endLine = block.end - block.start - 1;
    endChar = lines[block.end - 1].length;
  } else {
    start = ATX_OPEN.exec(line)![0].length;
    const close = atxClosingStart(line, start);
    end = close >= 0 ? close : trimBlanksEnd(line, start);
    endChar = line.length;
  }
  const heading: HeadingCandidate = {
    kind: block.setext ? 'setext' : 'atx', line: 0, mdLevel: block.headingLevel, marker: undefined, markerStart: start,
    title: '', titleStart: start, titleEnd: Math.max(start, end), endLine, endChar, numberedParagraph: undefined,
  };
  const text = line.slice(start, end);
  const prefix = PREFIX.exec(text)?.[0].length ?? 0;
  const marker = parseMarker(text.slice(prefix));
  if (marker) {
    heading.marker = marker;
    heading.markerStart = start + prefix;
    heading.titleStart = start + prefix + marker.length;
  }
  heading.title = cleanTitle(line.slice(heading.titleStart, heading.titleEnd));
  return heading;
}

function numberedLine(line: string, rel: number, kind: 'plain' | 'list'): HeadingCandidate | undefined {
  let col = INDENT.exec(line)![0].length;
  col += PREFIX.exec(line.slice(col))?.[0].length ?? 0;
  const marker = parseMarker(line.slice(col));
  if (!marker) return undefined;
  const titleStart = col + marker.length;
  const trimmed = line.slice(titleStart).trimEnd();
  if (!trimmed) return undefined;
  const strong = trimmed.search(STRONG_END);
  const c: HeadingCandidate = {
    kind: kind === 'list' ? 'list' : 'plain', line: rel, mdLevel: undefined, marker, markerStart: col,
    title: '', titleStart, titleEnd: 0, endLine: rel, endChar: 0, numberedParagraph: undefined,
  };
  let titleLength: number;
  if (trimmed.length <= MAX_PLAIN_HEADING && (strong < 0 || strong === trimmed.length - 1)) {
    c.title = cleanTitle(trimmed);
    c.titleEnd = titleStart + trimmed.length;
    c.endChar = line.length;
    return c;
  }
  if (kind !== 'list') c.kind = 'runin';
  if (strong > 0 && strong <= MAX_RUNIN_TITLE) {
    c.numberedParagraph = strong === trimmed.length - 1 || undefined;
    titleLength = strong;
    c.endChar = titleStart + strong + 1;
  } else {
    c.numberedParagraph = true;
    titleLength = firstClause(line.slice(titleStart));
    c.endChar = titleStart + titleLength;
  }
  c.title = cleanTitle(line.slice(titleStart, titleStart + titleLength));
  c.titleEnd = titleStart + titleLength;
  return c;
}

function firstClause(text: string): number {
  const colon = text.search(/[：:]/);
  if (colon > 0 && colon <= MAX_PLAIN_HEADING) return colon;
  const comma = text.search(/[，,]/);
  if (comma > 0 && comma <= 40) return comma;
  const cut = Math.min(text.length, 30);
  const high = text.charCodeAt(cut - 1);
  return high >= 0xd800 && high <= 0xdbff ? cut - 1 : cut;
}

function cleanTitle(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCT.test(text[end - 1])) end--;
  return text.slice(0, end).trim();
}

/** Lines of headings, numbered lines and list items, with the punctuation, blanks and lengths titles are cut at. */
const start = fc.constantFrom('', '', '# ', '## ', '### ', '1. ', '2) ', '- ', '  ', '\u3000', '\t', '**', '__', '##paid##', '#');
const word = fc.constantFrom(
  '一、', '（二）', '(三)', '1.', '２．', '（4）', '⑤', '第六章', '1.2', '加强', '学习', '。', '！', '?', '；', '：', ':', '，', ',', ' ', '\u3000',
  '\u00a0', '\u2003', '*', '_', '#', ' ##', '😀', '工作情况汇报如下，现将全年主要工作总结如下', 'x'.repeat(35), '长'.repeat(70),
);
const line = fc.tuple(start, fc.array(word, { maxLength: 8 })).map(([s, words]) => s + words.join(''));
const text = fc.array(fc.oneof(line, fc.constantFrom('', '===', '---')), { maxLength: 12 }).map((lines) => lines.join('\n'));

describe('heading candidates', () => {
  it('are what the plain definition finds, block by block (random reports)', () => {
    fc.assert(
      fc.property(text, (src) => {
        const doc = new ReportDocument(src);
        for (const block of doc.blocks) assert.deepStrictEqual(headingCandidates(block, doc.lines), plainCandidates(block, doc.lines), JSON.stringify(src));
      }),
      fuzzParameters(3000),
    );
  });
});
