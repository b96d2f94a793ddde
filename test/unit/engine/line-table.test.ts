import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { lineTable } from '../../../server/src/engine/markdown/block-parser';

/** A deterministic pseudo-random generator, so failures reproduce. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const PIECES = ['\n', ' ', '  ', '\t', '    ', 'a', '中文', '# ', '- ', '\u3000', '\n\n', ' \t '];
const FIELDS = ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount', 'lineMax'] as const;

describe('block parser line table', () => {
  it('is the table markdown-it builds, for every text (random texts of blanks, tabs and breaks)', () => {
    const md = new MarkdownIt();
    const next = random(7);
    const texts = ['', '\n', ' ', ' \n', 'a', 'a\n', 'a\n ', 'a\n\t', '\t\ta\n  b', 'a\n\n'];
    for (let i = 0; i < 20000; i++) texts.push(Array.from({ length: Math.floor(next() * 10) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
    for (const text of texts) {
      const expected = new md.block.State(text, md, {}, []);
      // As parseBlocks passes them: the text's lines, whole, or as a part of a longer document.
      const lines = text.split('\n');
      for (const [all, from] of [[lines, 0], [['x', ...lines, 'y'], 1]] as const) {
        const table = { bMarks: [], eMarks: [], tShift: [], sCount: [], bsCount: [], lineMax: 0 };
        lineTable(table, text, all, from, from + lines.length);
        for (const field of FIELDS) assert.deepStrictEqual(field === 'lineMax' ? table[field] : Array.from(table[field]), expected[field], `${field} of ${JSON.stringify(text)} (from ${from})`);
      }
    }
  });
});
