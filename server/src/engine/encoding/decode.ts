import { isUtf8 } from 'buffer';
import { decodeValidUtf8 } from './utf8';

/** How a file's bytes were read. */
export interface Decoded {
  text?: string;
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Why the file could not be read as text. */
  error?: string;
}

/**
 * Decodes a report, or a template, configuration or figures file. UTF-8 (with or without BOM) and UTF-16
 * with BOM are read as such; other bytes are tried as GB18030, the usual encoding of Chinese files saved by
 * older Windows tools (a CSV saved by Excel on Chinese Windows is GBK, which GB18030 contains). Files that
 * look binary are refused with a reason instead of producing nonsense findings.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { error: 'binary file (not a text report)' };
  if (isUtf8(bytes)) {
    // The same text as TextDecoder('utf-8', { fatal: true }), BOM dropped. Validating first with simdutf lets
    // invalid files skip straight to GB18030, and lets a decoder for valid UTF-8 only do the rest (utf8.ts).
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { text: decodeValidUtf8(bom ? bytes.subarray(bom) : bytes), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { error: 'not valid UTF-8 or GB18030 text; convert the file to UTF-8' };
  }
}

/** What a byte says about binary content: 1 a control character (not tab, line or page break), 2 NUL. */
const BYTE_KIND = new Uint8Array(256);
for (let b = 1; b < 32; b++) if (b < 9 || b > 13) BYTE_KIND[b] = 1;
BYTE_KIND[0] = 2;

/**
 * NUL bytes or many control characters in the first 8 KB mean a binary file. The loop has no branch on the
 * byte: with one, the path for a control byte has no type feedback in most reports, and the optimized loop
 * was thrown away each time a report had one (dozens of deoptimizations in a corpus run).
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const kind = BYTE_KIND[bytes[i]];
    control += kind & 1;
    nul |= kind;
  }
  return (nul & 2) !== 0 || (n > 0 && control / n > 0.1);
}
