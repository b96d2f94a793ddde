import * as assert from 'assert';
import { ENUMERATION_PATTERN, lineHits } from '../../../server/src/engine/outline/enumeration-scan';
import type { EnumerationHit } from '../../../server/src/engine/outline/enumerations';
import { parseCjkNumber } from '../../../server/src/engine/outline/numerals';

/** The regex scan the engine used before `lineHits`: the definition of an enumeration marker. */
function byRegex(text: string): EnumerationHit[] {
  const hits: EnumerationHit[] = [];
  const order: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };
  const re = new RegExp(ENUMERATION_PATTERN.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1].length;
    const word = m[0].slice(m[1].length);
    const value = m[2] ? parseCjkNumber(m[2]) : m[3] ? parseCjkNumber(m[3]) : order[m[4]];
    if (!value) continue;
    hits.push({ series: m[2] ? 'shi' : m[3] ? 'di' : 'shouxian', value, text: word, line: 0, start, end: start + word.length });
    re.lastIndex = start + word.length;
  }
  return hits;
}

function found(text: string): EnumerationHit[] {
  const hits: EnumerationHit[] = [];
  lineHits(text, 0, hits);
  return hits;
}

describe('enumeration markers', () => {
  it('finds exactly what the defining regex finds (random lines)', () => {
    const pieces = ['一', '二', '三', '十', '百', '两', '零', '是', '第', '首先', '其次', '再次', '首', '次', '，', '。', '、', '：', ' ', '\u3000', '\t', '“', '（', '—', '统', '时间', 'a', '1', '；'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      assert.deepStrictEqual(found(text), byRegex(text), JSON.stringify(text));
    }
  });

  it('reads the usual forms', () => {
    const text = '一是加强学习。二是严格管理；第三，抓好落实。首先要学，其次要用。第一时间传达，统一是关键。';
    assert.deepStrictEqual(found(text).map((h) => `${h.series}:${h.value}:${h.text}@${h.start}`), ['shi:1:一是@0', 'shi:2:二是@7', 'di:3:第三@14', 'shouxian:1:首先@22', 'shouxian:2:其次@27']);
  });
});
