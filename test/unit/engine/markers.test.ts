import * as assert from 'assert';
import { formatMarker, LEVEL_RANK, markerRank, parseMarker, type Marker, type NumberingLevel } from '../../../server/src/engine/outline/markers';
import { formatCjkNumber, parseCjkNumber } from '../../../server/src/engine/outline/numerals';

describe('numbering markers', () => {
  const cases: Array<[string, string | undefined, number?, string?]> = [
    ['一、主要做法', 'cn', 1, '一、'],
    ['十二、其他', 'cn', 12, '十二、'],
    ['（三）加强建设', 'cn-paren', 3, '（三）'],
    ['(三)加强建设', 'cn-paren', 3, '(三)'],
    ['1.突出重点', 'arabic', 1, '1.'],
    ['1、突出重点', 'arabic', 1, '1、'],
    ['１．突出重点', 'arabic', 1, '１．'],
    ['10. 深化改革', 'arabic', 10, '10.'],
    ['（2）具体措施', 'arabic-paren', 2, '（2）'],
    ['(２)具体措施', 'arabic-paren', 2, '(２)'],
    ['③落实', 'circled', 3, '③'],
    ['2) item', 'circled', 2, '2)'],
    ['第二章 总则', 'chapter', 2, '第二章'],
    ['第三节 范围', 'section', 3, '第三节'],
    ['1.2.3 细则', 'decimal', 3, '1.2.3'],
    ['1.8亿元资金已到位', undefined],
    ['10.31日前完成', undefined],
    ['2023.10.31前', undefined],
    ['一是加强学习', undefined],
    ['十分重要', undefined],
    ['（一二）错', undefined],
  ];
  for (const [text, level, value, marker] of cases) {
    it(`reads ${text}`, () => {
      const m = parseMarker(text);
      if (!level) return assert.strictEqual(m, undefined);
      assert.ok(m);
      assert.strictEqual(m.level, level);
      assert.strictEqual(m.value, value);
      assert.strictEqual(m.text, marker);
    });
  }

  it('counts the spaces after a marker into its length', () => {
    assert.strictEqual(parseMarker('1. 深化')!.length, 3);
    assert.strictEqual(parseMarker('一、\u3000总则')!.length, 3);
  });

  it('writes numbers in the sibling’s own spelling', () => {
    assert.strictEqual(formatMarker(parseMarker('(一)x')!, 11), '(十一)');
    assert.strictEqual(formatMarker(parseMarker('１．x')!, 12), '１２．');
    assert.strictEqual(formatMarker(parseMarker('（1）、x')!, 3), '（3）、');
    assert.strictEqual(formatMarker(parseMarker('②x')!, 21), '㉑');
    assert.strictEqual(formatMarker(parseMarker('第一章 x')!, 2), '第二章');
    assert.strictEqual(formatMarker(parseMarker('1.2. 细则')!, 3), '1.3.');
    assert.strictEqual(formatMarker(parseMarker('１．２ 细则')!, 4), '１．４');
  });

  it('reads and writes Chinese numerals', () => {
    for (let n = 1; n < 1000; n++) assert.strictEqual(parseCjkNumber(formatCjkNumber(n)), n);
    assert.strictEqual(parseCjkNumber('一百零五'), 105);
    assert.strictEqual(parseCjkNumber('二十'), 20);
  });

  it('ranks levels as LEVEL_RANK says, decimal numbers one deeper per component', () => {
    for (const level of Object.keys(LEVEL_RANK) as NumberingLevel[]) {
      const marker = { level, path: level === 'decimal' ? [1, 2] : [1] } as Marker;
      assert.strictEqual(markerRank(marker), level === 'decimal' ? LEVEL_RANK.arabic + 1 : LEVEL_RANK[level], level);
    }
    assert.strictEqual(markerRank({ level: 'decimal', path: [1, 2, 3] } as Marker), LEVEL_RANK.arabic + 2);
  });
});
