import * as assert from 'assert';
import { decodeReport } from '../../../server/src/cli/decode';

describe('decoding reports', () => {
  it('reads as UTF-8 exactly what a fatal TextDecoder reads (BOM dropped), and nothing else', () => {
    const samples = [
      Buffer.from('\ufeff你好\n', 'utf8'), Buffer.from('abc'), Buffer.alloc(0), Buffer.from('\ufeff', 'utf8'), Buffer.from('😀 1.8亿元', 'utf8'),
      Buffer.from([0xe4, 0xbd]), Buffer.from('d7dcbde10a', 'hex'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]),
    ];
    for (const bytes of samples) {
      let expected: string | undefined;
      try {
        expected = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        expected = undefined;
      }
      const decoded = decodeReport(bytes);
      if (expected === undefined) assert.notStrictEqual(decoded.encoding, 'utf-8', bytes.toString('hex'));
      else assert.deepStrictEqual(decoded, { text: expected, encoding: 'utf-8' });
    }
  });
});
