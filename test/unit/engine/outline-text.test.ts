import * as assert from 'assert';
import { isBlank, isWhiteSpace, trimmedEnd, WHITE_SPACE } from '../../../server/src/engine/outline/text';

describe('trimmedEnd and isWhiteSpace', () => {
  it('ends where trimEnd ends, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = 'a' + String.fromCharCode(c) + String.fromCharCode(c);
      assert.strictEqual(trimmedEnd(text, 0), text.trimEnd().length, `U+${c.toString(16)}`);
    }
  });

  it('isWhiteSpace is what \\s matches, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('WHITE_SPACE lists exactly the code units isWhiteSpace accepts', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(WHITE_SPACE.includes(String.fromCharCode(c)), isWhiteSpace(c), `U+${c.toString(16)}`);
  });

  it('isBlank is !trim()', () => {
    for (const line of ['', ' ', '\t\u3000', ' a ', 'a', '\u00a0', '\u200b', '　x', '\ufeff \u2028']) assert.strictEqual(isBlank(line), !line.trim(), JSON.stringify(line));
  });

  it('does not go before `from`', () => {
    assert.strictEqual(trimmedEnd('ab   ', 3), 3);
    assert.strictEqual(trimmedEnd('ab \u3000', 1), 2);
  });
});
