/**
 * Shared memory in which checking threads hand their files' formatted output to the main thread as UTF-8:
 * one slot for each file a thread may be ahead of the main thread (the pool's window), used by file index
 * modulo the window. Posted as strings instead, every report was copied into a message and made again as a
 * string on the main thread, whose young generation and allocator then grew with the output: 170 MB for a
 * SARIF run over 2,000 reports against 142 MB for text (SARIF writes five times as much).
 *
 * A slot is free again once the main thread has written the file that used it: the pool lets a thread take
 * file `i` only when the main thread has taken every file before `i - window`, and takes the next file only
 * after writing the one before. An output larger than a slot goes as a string.
 */
export class OutputSlots {
  /** The slots' memory, given to each checking thread. */
  readonly memory: SharedArrayBuffer;
  private readonly bytes: Buffer;

  constructor(readonly count: number, readonly size: number, memory?: SharedArrayBuffer) {
    this.memory = memory ?? new SharedArrayBuffer(count * size);
    this.bytes = Buffer.from(this.memory);
  }

  /** Writes `text` as UTF-8 into file `index`'s slot: the number of bytes, or -1 when it does not fit. */
  put(index: number, text: string): number {
    // A UTF-16 unit takes at most 3 bytes; only a text that might not fit is measured.
    if (text.length * 3 > this.size && Buffer.byteLength(text, 'utf8') > this.size) return -1;
    const start = (index % this.count) * this.size;
    return this.bytes.write(text, start, this.size, 'utf8');
  }

  /** The `length` bytes in file `index`'s slot (a view, valid until that slot is used again). */
  get(index: number, length: number): Uint8Array {
    const start = (index % this.count) * this.size;
    return this.bytes.subarray(start, start + length);
  }
}
