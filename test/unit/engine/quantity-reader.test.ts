import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseNumber, type Quantity } from '../../../server/src/engine/text/numbers';
import { scanQuantities } from '../../../server/src/engine/text/quantity-reader';
import { fuzzParameters } from '../../support/arbitraries';

// Numbers with units as they were read before the reader was made fast (a regex test or slice per
// check), the definition the fast code must agree with on any text.

const D = '[0-9０-９]';
const NUM = `(?:${D}{1,3}(?:[,，]${D}{3}){1,6}(?!${D})|${D}+)(?:[.．]${D}+)?`;
const UNITS: Record<string, string> = {
  个百分点: '个百分点', 人次: '人次', 场次: '场次', 次: '次', 篇: '篇', 期: '期', 场: '场', 个: '个', 项: '项', 件: '件',
  家: '家', 人: '人', 名: '名', 条: '条', 户: '户', 元: '元', 份: '份', 本: '本', '%': '%', '％': '%',
  people: 'people', persons: 'people', person: 'people', participants: 'people', items: 'items', item: 'items',
  sessions: 'sessions', session: 'sessions', times: 'times', percent: '%',
};
const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
const NOT_UNIT: Record<string, RegExp> = { 个: /(?:月|小时|工作日)/y, 人: /民/y, 期: /(?:间|限)/y, 场: /(?:所|景|地)/y, 次: /日/y, 元: /(?:素|旦)/y };
const UNIT = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const RANGE = '\\s*(?:至|到|~|～|-|－|—|–)\\s*';
// `gi`, not `giu`: with `u`, `i` folds ſ into s and K into k, so 3 perſons was read with no unit at all.
const PATTERN = new RegExp(`(?<![0-9０-９.．A-Za-z])(${NUM})(?:${RANGE}(${NUM}))?(多|余)?(万亿|千万|百万|十万|万|亿|千|百)?(多|余)?\\s?(${UNIT})`, 'gi');
const APPROX_BEFORE = /(?:近|约|超过|超|逾|大约|不到|不足|将近)$/;
const APPROX_AFTER = /(?:以上|以下|左右|上下|之多)/y;

const followedBy = (sticky: RegExp | undefined, line: string, at: number) => (sticky ? ((sticky.lastIndex = at), sticky.test(line)) : false);
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function plainScan(line: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of line.matchAll(PATTERN)) {
    const [whole, first, second, , magnitude, , unitText] = m;
    const end = m.index! + whole.length;
    if (isLetter(unitText.charCodeAt(0)) ? isLetter(line.charCodeAt(end)) : followedBy(NOT_UNIT[unitText], line, end)) continue;
    if (line[m.index! - 1] === '第') continue;
    const point = first.search(/[.．]/);
    const decimals = point < 0 ? '' : first.slice(point + 1);
    const digits = first.replace(/[^0-9０-９]/g, '');
    out.push({
      start: m.index!, numberEnd: m.index! + (second ? whole.indexOf(second, first.length) + second.length : first.length), end, value: parseNumber(first),
      high: second ? parseNumber(second) : undefined, magnitude: magnitude ? MAGNITUDES[magnitude] : 1, unit: UNITS[unitText.toLowerCase()] ?? UNITS[unitText],
      decimals: /^[0-9]+$/.test(decimals) || /^[０-９]+$/.test(decimals) ? decimals.length : 0,
      significant: digits.replace(/^[0０]+/, '').length || 1, separators: /[,，]/.test(first),
      approximate: Boolean(m[3] || m[5]) || APPROX_BEFORE.test(line.slice(Math.max(0, m.index! - 2), m.index)) || followedBy(APPROX_AFTER, line, end),
    });
  }
  return out;
}

const opt = (...words: string[]) => fc.constantFrom('', ...words);
/** A number with a unit, each part present or not, in the forms report writers use and a few they do not. */
const quantity = fc
  .tuple(
    opt('第', '近', '约', '超过', '超', '逾', '大约', '不到', '不足', '将近', 'H', 'x', '.', '．', '9', '９', '开展'),
    fc.constantFrom('19', '１９', '1,200', '1，200', '1,2345', '1.8', '１．８', '0.05', '０．０５', '18000', '3', '1.2.3'),
    opt('至5', '到10', '~7', '-9', ' — 12', '～３'),
    opt('多', '余'),
    opt('万', '亿', '千万', '万亿', '百', '十万', '十'),
    opt('多', '余'),
    opt(' ', '\u3000'),
    fc.constantFrom('次', '人次', '场次', '人', '个', '个百分点', '期', '场', '元', '%', '％', '篇', '项', 'people', 'People', 'PERSONS', 'items', 'session', 'times', 'percent', '年'),
    opt('民', '月', '小时', '工作日', '工作', '间', '限', '所', '景', '地', '日', '素', '旦', '以上', '以下', '左右', '上下', '之多', 's', 'X', '，', '。'),
  )
  .map((parts) => parts.join(''));
const text = fc
  .array(fc.oneof({ weight: 6, arbitrary: quantity }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 8 })
  .map((parts) => parts.join(''));
/** Any string of the characters a quantity is read from, and a few others: the parts' orders no report writer would type. */
const soup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...'0129０９'.split(''), '1,234', '1,234,567', '1，234，567，890，123，456，789', '12,3456') },
      { weight: 2, arbitrary: fc.constantFrom(...',，.．至到~～-－—– \u00a0\u3000\t'.split('')) },
      { weight: 2, arbitrary: fc.constantFrom(...'多余万亿千百十'.split('')) },
      { weight: 3, arbitrary: fc.constantFrom(...'个百分点人次场期元%％'.split(''), 'people', 'PERSONS', 'Sessions', 'items', 'percent', 'participants', 'item', 'times') },
      { weight: 2, arbitrary: fc.constantFrom(...'第近约以上左右月民日AaPpEeOoLlSsIiTtNnMmRrCcſKx'.split('')) },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('quantity reader (fast-check against the plain definition)', () => {
  it('reads the quantities a line names as they were read before', () => {
    fc.assert(
      fc.property(text, (line) => assert.deepStrictEqual(scanQuantities(line), plainScan(line))),
      fuzzParameters(2000),
    );
  });

  it('reads them as the pattern did in any order of their characters', () => {
    fc.assert(
      fc.property(soup, (line) => assert.deepStrictEqual(scanQuantities(line), plainScan(line))),
      fuzzParameters(2000),
    );
  });
});
