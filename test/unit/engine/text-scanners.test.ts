import * as assert from 'assert';
import * as fc from 'fast-check';
import { ReportDocument } from '../../../server/src/engine/document';
import { inlineFacts } from '../../../server/src/engine/markdown/inline';
import { BEFORE, dateFacts, UNTIL_AFTER } from '../../../server/src/engine/text/as-of';
import { dateBounds } from '../../../server/src/engine/text/calendar';
import { PATTERN as DATE_PATTERN, scanDates } from '../../../server/src/engine/text/dates';
import { PATTERNS } from '../../../server/src/engine/text/placeholders';
import { blockRepeats, CJK_ALLOWED, LATIN_ALLOWED } from '../../../server/src/engine/text/repeats';
import { fuzzParameters } from '../../support/arbitraries';

// The text scanners are hand-written for speed; each is checked here against the plain regular
// expression that defines it, on generated text made of the pieces that matter to it.

/** Text from `pieces`, with now and then arbitrary UTF-16 (lone surrogates included). */
function textOf(pieces: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 40 })
    .map((parts) => parts.join(''));
}

describe('text scanners (fast-check)', () => {
  /** What `blockRepeats` finds, by definition: the two regular expressions run over each line. */
  function definition(text: string): string[] {
    const out: string[] = [];
    const doc = new ReportDocument(text);
    for (const block of doc.blocks) {
      inlineFacts(block, doc.lines).text.forEach((line, i) => {
        for (const m of line.matchAll(/(\p{Script=Han}{2,4})\1/gu)) {
          const word = m[1];
          if (CJK_ALLOWED.has(word) || new Set(word).size === 1 || (word.length === 2 && word[0] === '一')) continue;
          out.push(`${block.start + i}:${m.index}:${word}`);
        }
        for (const m of line.matchAll(/\b([A-Za-z]{2,})(\s+)\1\b/gi)) if (!LATIN_ALLOWED.has(m[1].toLowerCase())) out.push(`${block.start + i}:${m.index}:${m[1]}`);
      });
    }
    return out.sort();
  }

  function found(text: string): string[] {
    const doc = new ReportDocument(text);
    return doc.blocks.flatMap((b) => blockRepeats(b, doc.lines).map((h) => `${b.start + h.line}:${h.start}:${h.word}`)).sort();
  }

  it('repeated words: finds what the regular expressions find', () => {
    const pieces = ['党员', '党', '员', '研究', '人大代表', '代表', '的', '一', '一个', '工作', '𠀀', '㐀', '⺀', '〇', 'ー', '。', ' ', 'the', 'The', ' the', 'is', '\n', '\n\n', '`', '- '];
    fc.assert(fc.property(textOf(pieces), (text) => assert.deepStrictEqual(found(text), definition(text))), fuzzParameters(400));
  });

  it('dates: a day exists when Date.UTC has it (years 0–99 are 1900–1999 there), and a month ends on its last day', () => {
    const date = fc.record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 28, max: 31 }) });
    fc.assert(
      fc.property(date, ({ year, month, day }) => {
        const written = `${String(year).padStart(year < 100 ? 2 : 4, '0')}年${month}月`;
        const exists = day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
        assert.strictEqual(scanDates(`${written}${day}日`).length, exists ? 1 : 0);
        if (year >= 100) assert.strictEqual(dateBounds(scanDates(written)[0], '2026-11-20').last.slice(8), String(new Date(Date.UTC(year, month, 0)).getUTCDate()));
      }),
      { ...fuzzParameters(400), examples: [[{ year: 0, month: 2, day: 29 }], [{ year: 2000, month: 2, day: 29 }], [{ year: 1900, month: 2, day: 29 }], [{ year: 24, month: 2, day: 29 }]] },
    );
  });

  it('dates: the pattern finds what it finds with its look-behinds and \\b before the first character', () => {
    const D = '[0-9０-９]';
    const month = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
    const definition = new RegExp(
      [
        `(?<!${D})(${D}{4}|${D}{2})[ \\t]*年(?:[ \\t]*(${D}{1,2})[ \\t]*月(?:[ \\t]*(${D}{1,2})[ \\t]*[日号])?)?(底|末)?`,
        `(?<![0-9０-９年])(${D}{1,2})[ \\t]*月[ \\t]*(?:(${D}{1,2})[ \\t]*[日号]|(底|末))`,
        `(?<![0-9０-９.．])(${D}{4})([-/.．])(${D}{1,2})\\9(${D}{1,2})(?![0-9０-９])`,
        `\\b(${month})\\.?[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})\\b`,
        `\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${month})\\.?,?[ \\t]+(\\d{4})\\b`,
        `\\b(${month})[ \\t]+(\\d{4})\\b`,
      ].join('|'),
      'gi',
    );
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m.join('|')}`);
    const pieces = ['2026', '26', '1', '０', '9', '年', '月', '日', '号', '底', ' ', '\t', '.', '．', '-', '/', 'a', '_', 'x', 'Oct', 'oct ', 'JUNE', 'Jul', 'Sept', 'May', 'st', ', ', '汉'];
    fc.assert(fc.property(textOf(pieces), (text) => assert.deepStrictEqual(all(DATE_PATTERN, text), all(definition, text))), fuzzParameters(400));
  });

  it('as-of phrases: read by hand, they are what BEFORE and UNTIL_AFTER find', () => {
    /** The phrase by definition: BEFORE in the 12 characters before the date; 到/至 only with UNTIL_AFTER after it. */
    function definition(line: string, start: number, end: number): string {
      const from = Math.max(0, start - 12);
      const m = BEFORE.exec(line.slice(from, start));
      if (!m || ((m[1] === '到' || m[1] === '至') && !UNTIL_AFTER.test(line.slice(end)))) return '-';
      return `${m[1]}@${from + m.index}`;
    }
    const pieces = ['截至', '截止', '截', '至', '止', '到', '为止', '为', ' ', '\t', '\u3000', '\u00a0', 'as', 'As', 's', 'a', 'of', 'at', ' of', '2026年10月31日', '10月', '31日', '2026-10-31', 'Oct 31, 2026', '汉字', '1', '\n'];
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        const doc = new ReportDocument(text);
        for (const block of doc.blocks) {
          const lines = inlineFacts(block, doc.lines).text;
          for (const d of dateFacts(block, doc.lines).dates) assert.strictEqual(d.asOf ? `${d.asOf.text}@${d.asOf.start}` : '-', definition(lines[d.line], d.start, d.end), JSON.stringify(lines[d.line]));
        }
      }),
      fuzzParameters(400),
    );
  });

  it('placeholders: the X pattern, its first character read before its look-behinds, finds what the plain pattern finds', () => {
    const definition = /(?<![A-Za-z0-9])(?:[XxＸｘ]{2}(?=\p{Script=Han})|(?<=\p{Script=Han})[XxＸｘ]{2}(?![A-Za-z0-9])|[XxＸｘ]{1,2}(?=\s?[年月日号时分秒人次个项件家名条篇期场户元份本%％万亿]))/gu;
    const pattern = PATTERNS[3][0];
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    const pieces = ['X', 'x', 'XX', 'ｘ', 'Ｘ', 'xxx', '人', '月', '%', ' ', '党', '𠀀', 'a', '1', 'ax', 'X1', '\uD800'];
    fc.assert(fc.property(textOf(pieces), (text) => assert.deepStrictEqual(all(pattern, text), all(definition, text))), fuzzParameters(400));
  });
});
