import * as assert from 'assert';
import * as fc from 'fast-check';
import { readMarker } from '../../../server/src/engine/outline/marker-reader';
import type { Marker, NumberingLevel } from '../../../server/src/engine/outline/markers';
import { CJK_NUMERAL, parseCircled, parseCjkNumber, toAsciiDigits } from '../../../server/src/engine/outline/numerals';
import { fuzzParameters } from '../../support/arbitraries';

// The definition of a numbering marker, as the engine read it before `readMarker`: these patterns, tried in
// order; the first that matches and reads a number wins (a decimal number followed by a unit is a quantity).

interface Pattern {
  level: NumberingLevel;
  re: RegExp;
  read(m: RegExpExecArray): { value: number; path?: number[]; variant: string; standard: boolean } | undefined;
}

const TRAIL = '([、.．,，:：])?';
const D = '[0-9０-９]';

const PATTERNS: Pattern[] = [
  { level: 'chapter', re: new RegExp(`^第(${CJK_NUMERAL}+|${D}+)(章|节|部分|篇)`), read: (m) => ordinal(m[1], `第${m[2]}`) },
  { level: 'cn', re: new RegExp(`^(${CJK_NUMERAL}+)([、.．])`), read: (m) => cjk(m[1], m[2], m[2] === '、') },
  {
    level: 'cn-paren',
    re: new RegExp(`^([（(])(${CJK_NUMERAL}+)([）)])${TRAIL}`),
    read: (m) => cjk(m[2], m[1] + m[3] + (m[4] ?? ''), m[1] === '（' && m[3] === '）' && !m[4]),
  },
  {
    level: 'decimal',
    re: new RegExp(`^(${D}{1,3}(?:[.．]${D}{1,3})+)[.．]?(?![0-9０-９%％])`),
    read: (m) => {
      const path = toAsciiDigits(m[1]).split(/[.．]/).map(Number);
      return { value: path[path.length - 1], path, variant: 'decimal:' + m[0].replace(/[0-9]+/g, '#').replace(/[０-９]+/g, '＃'), standard: true };
    },
  },
  { level: 'arabic', re: new RegExp(`^(${D}{1,3})([.．、])(?![0-9０-９])`), read: (m) => arabic(m[1], m[2], m[2] === '.') },
  {
    level: 'arabic-paren',
    re: new RegExp(`^([（(])(${D}{1,3})([）)])${TRAIL}`),
    read: (m) => arabic(m[2], m[1] + m[3] + (m[4] ?? ''), m[1] === '（' && m[3] === '）' && !m[4]),
  },
  {
    level: 'circled',
    re: /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])([、.．,，:：])?/u,
    read: (m) => ({ value: parseCircled(m[1])!, variant: 'circled' + (m[2] ?? ''), standard: !m[2] }),
  },
  { level: 'circled', re: /^([0-9]{1,2})\)(?![0-9])/, read: (m) => ({ value: Number(m[1]), variant: 'n)', standard: false }) },
];

function cjk(numeral: string, variant: string, standard: boolean) {
  const value = parseCjkNumber(numeral);
  return value === undefined || value === 0 ? undefined : { value, variant, standard };
}

function arabic(digits: string, variant: string, standard: boolean) {
  const value = Number(toAsciiDigits(digits));
  const fullWidth = digits !== toAsciiDigits(digits);
  return value === 0 ? undefined : { value, variant: (fullWidth ? 'fw' : '') + variant, standard: standard && !fullWidth };
}

function ordinal(numeral: string, variant: string) {
  const value = /[0-9０-９]/.test(numeral) ? Number(toAsciiDigits(numeral)) : parseCjkNumber(numeral);
  return value ? { value, variant, standard: true } : undefined;
}

const MEASURE = /^[万亿千百十%％倍元个次年月日号时分秒]/;

function byPatterns(text: string): Marker | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.re.exec(text);
    if (!m) continue;
    const read = pattern.read(m);
    if (!read) continue;
    let length = m[0].length;
    if (pattern.level === 'decimal' && MEASURE.test(text.slice(length))) continue;
    while (length < text.length && (text[length] === ' ' || text[length] === '\t' || text[length] === '\u3000')) length++;
    const level = pattern.level === 'chapter' && m[2] === '节' ? 'section' : pattern.level;
    return { level, value: read.value, path: read.path ?? [read.value], text: m[0], length, variant: read.variant, standard: read.standard };
  }
  return undefined;
}

/** Pieces of markers and of what follows them: numerals, digits of both widths, brackets, dots, units, blanks. */
const PIECES = [
  '第', '章', '节', '部分', '部', '分', '篇', '一', '二', '十', '百', '零', '〇', '两', '三', '0', '1', '2', '9', '12', '123', '1234', '０', '１', '２', '１２',
  '、', '.', '．', ',', '，', ':', '：', '(', ')', '（', '）', '①', '⑳', '㉑', '㊿', '%', '％', '亿', '元', '日', '次', ' ', '\t', '\u3000', '\u00a0',
  '是', 'a', '加强', '\n', '😀',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));

describe('numbering marker reader', () => {
  it('reads what the defining patterns read, from any column and up to any end (random text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), text, fc.string({ maxLength: 3 }), fc.nat(3), (before, marker, after, cut) => {
        const line = before + marker + after;
        const end = Math.max(before.length, line.length - cut);
        assert.deepStrictEqual(readMarker(line, before.length, end), byPatterns(line.slice(before.length, end)), JSON.stringify(line));
      }),
      fuzzParameters(20000),
    );
  });

  it('reads numbers with dots as the patterns do, backtracking included (random digits, dots and units)', () => {
    const run = fc.constantFrom('1', '12', '123', '1234', '１', '1２', '0');
    const after = fc.constantFrom('.', '.', '．', '', '%', '％', '亿', '、', ')', ' ');
    const number = fc.array(fc.tuple(run, after), { minLength: 1, maxLength: 5 }).map((p) => p.flat().join(''));
    fc.assert(
      fc.property(number, (line) => assert.deepStrictEqual(readMarker(line, 0), byPatterns(line), JSON.stringify(line))),
      fuzzParameters(5000),
    );
  });

  it('reads the long and odd forms the same way', () => {
    for (const s of ['第12345678901234567890章', '1.2.3%', '1.2.3.4', '1.2345', '１．２．', '1２.3', '(0)', '0)', '0.', '1.0', '（一二）', '第零章', '2023.10.31前', '1.2.3亿']) {
      assert.deepStrictEqual(readMarker(s, 0), byPatterns(s), s);
    }
  });
});
