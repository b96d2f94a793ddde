import * as assert from 'assert';
import * as fc from 'fast-check';
import { type ImageSyntax, inlineImages, referenceImages } from '../../../server/src/engine/text/image-syntax';
import { fuzzParameters } from '../../support/arbitraries';

// The images of a line as they were found before the scanner was made linear: two regular expressions,
// the definition the scanner must agree with on any line (they backtrack to the line's end at every `![`
// that nothing closes, which is why they are not used any more).
const INLINE = /!\[[^\]\n]*\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
const REFERENCE = /!\[([^\]\n]*)\]\[([^\]\n]*)\]|!\[([^\]\n]+)\](?![(\[:])/g;

function plainInline(line: string): ImageSyntax[] {
  return [...line.matchAll(INLINE)].map((m) => {
    // The destination follows `](` and the blanks after it (the label holds no `]`).
    const destinationStart = m.index! + m[0].indexOf('](') + 2 + /^\s*/.exec(m[0].slice(m[0].indexOf('](') + 2))![0].length;
    return { start: m.index!, end: m.index! + m[0].length, destination: m[1], destinationStart };
  });
}

function plainReference(line: string): ImageSyntax[] {
  const out: ImageSyntax[] = [];
  for (const m of line.matchAll(REFERENCE)) {
    const label = m[2] || m[1] || m[3];
    if (label) out.push({ start: m.index!, end: m.index! + m[0].length, label, shortcut: m[3] !== undefined });
  }
  return out;
}

/** Lines made of the pieces images are written with, and of what breaks them. */
const imageLine = fc
  .array(fc.constantFrom('![', '!', '[', ']', '](', '(', ')', '<', '>', '"', "'", ' ', '\u3000', 'a', '图', ':', '][', 'a.png', ' "t"', " 't'", ' (t)', '![a](b.png)', '![a][r]', '![r]'), { maxLength: 24 })
  .map((pieces) => pieces.join(''));

describe('image syntax: the linear scanner finds what the patterns found', () => {
  it('inline images (fast-check)', () => {
    fc.assert(fc.property(imageLine, (line) => assert.deepStrictEqual(inlineImages(line), plainInline(line))), fuzzParameters(2000));
  });

  it('reference images (fast-check)', () => {
    fc.assert(fc.property(imageLine, (line) => assert.deepStrictEqual(referenceImages(line), plainReference(line))), fuzzParameters(2000));
  });

  it('reads destinations, titles and labels', () => {
    assert.deepStrictEqual(inlineImages('见![图1](<a b.png> "标题")和![图2]( c.png (t) )。'), [
      { start: 1, end: 22, destination: '<a b.png>', destinationStart: 7 },
      { start: 23, end: 41, destination: 'c.png', destinationStart: 30 },
    ]);
    assert.deepStrictEqual(referenceImages('![图][chart] ![chart][] ![chart] ![][] ![a](b) ![a]: x'), [
      { start: 0, end: 11, label: 'chart', shortcut: false },
      { start: 12, end: 22, label: 'chart', shortcut: false },
      { start: 23, end: 31, label: 'chart', shortcut: true },
    ]);
  });

  it('reads a line of 300,000 characters that nothing closes in one pass (the patterns took minutes)', () => {
    // No clock: the patterns' backtracking made this quadratic; linear, it is a few milliseconds. A
    // regression shows as the test suite's timeout, and the counts say the line was read to its end.
    for (const unit of ['![a](b', '![a](b (t', '![a](<b', '![a]( b "t', '![', '![a][']) {
      const line = unit.repeat(Math.ceil(300_000 / unit.length));
      assert.deepStrictEqual(inlineImages(line), [], unit);
      // `![a][![a][…` pairs its units into full references (`![a][![a]`, label `![a`); the others hold none.
      assert.strictEqual(referenceImages(line).length, unit === '![a][' ? 30_000 : 0, unit);
    }
  });
});
