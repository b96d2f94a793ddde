import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeText } from '../../../server/src/engine/encoding/decode';
import { nodeFileSystem } from '../../../server/src/engine/host';
import { fuzzParameters } from '../../support/arbitraries';

describe('decoding reports and data files', () => {
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
      const decoded = decodeText(bytes);
      if (expected === undefined) assert.notStrictEqual(decoded.encoding, 'utf-8', bytes.toString('hex'));
      else assert.deepStrictEqual(decoded, { text: expected, encoding: 'utf-8' });
    }
  });

  it('reads any valid UTF-8 as TextDecoder does: one to four bytes a character, with or without BOM, past the scratch size too (fast-check)', () => {
    const char = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0x7ff }), fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0xe000, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff }));
    const text = fc.tuple(fc.boolean(), fc.array(char, { maxLength: 200 }), fc.nat({ max: 40_000 })).map(([bom, points, pad]) => (bom ? '\ufeff' : '') + String.fromCodePoint(...points) + (pad % 7 === 0 ? '汇报'.repeat(pad) : ''));
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Buffer.from(t, 'utf8');
        assert.deepStrictEqual(decodeText(bytes), { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' });
      }),
      fuzzParameters(300),
    );
    const large = Buffer.from('第一季度😀 1.8亿元\n'.repeat(120_000), 'utf8'); // more units than the kept scratch array holds
    assert.strictEqual(decodeText(large).text, large.toString('utf8'));
  });

  it('refuses as binary exactly the files with a NUL byte or over 10% control characters in the first 8 KB (fast-check)', () => {
    const plain = (bytes: Uint8Array): boolean => {
      const head = [...bytes.subarray(0, 8192)];
      if (head.includes(0)) return true;
      const control = head.filter((b) => b < 9 || (b > 13 && b < 32)).length;
      return head.length > 0 && control / head.length > 0.1;
    };
    const byte = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 32, max: 255 }) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 31 }) }, { weight: 1, arbitrary: fc.constant(0) });
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.array(byte, { maxLength: 300 }).map((a) => Uint8Array.from(a)), fc.array(byte, { minLength: 8150, maxLength: 8250 }).map((a) => Uint8Array.from(a)));
    fc.assert(
      fc.property(bytes, (b) => {
        if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return; // UTF-16 with a BOM is read before the binary test
        assert.strictEqual(decodeText(b).error === 'binary file (not a text report)', plain(b), Buffer.from(b).toString('hex').slice(0, 80));
      }),
      fuzzParameters(200),
    );
  });

  it('is how templates, configuration and figures files are read: GB18030 and UTF-16 as text, a UTF-8 BOM dropped, binary bytes as UTF-8', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-encodings-'));
    const csv = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/stale-figure/figures.csv'), 'utf8');
    const files: Record<string, Buffer> = {
      'gb18030.csv': fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/stale-figure/figures-gb18030.csv')),
      'utf16le.csv': Buffer.from('\ufeff' + csv, 'utf16le'),
      'bom.csv': Buffer.from('\ufeff' + csv, 'utf8'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      fs.writeFileSync(path.join(dir, name), bytes);
      assert.strictEqual(nodeFileSystem.readFile(path.join(dir, name)), csv, name);
    }
    assert.notStrictEqual(files['gb18030.csv'].toString('utf8'), csv); // the fixture is not UTF-8
    const binary = Buffer.from([0x6c, 0x61, 0x62, 0x65, 0x6c, 0x00, 0xe4, 0xbd, 0xa0]);
    fs.writeFileSync(path.join(dir, 'binary.csv'), binary);
    assert.strictEqual(nodeFileSystem.readFile(path.join(dir, 'binary.csv')), 'label\0你');
    assert.strictEqual(nodeFileSystem.readFile(path.join(dir, 'none.csv')), undefined);
  });
});
