import * as fs from 'fs';

/**
 * Below this many characters, output waits for more (one system call for many small files); a file's findings
 * are usually more and go out at once, so the main thread holds little.
 */
const CHUNK = 8 * 1024;
/** How long to wait before retrying a write to a non-blocking descriptor that is full. */
const RETRY_MS = 2;

/**
 * Writes text to a file descriptor synchronously. Writing blocks while a pipe is full (and retries when the
 * descriptor is non-blocking), so a slow reader slows the run instead of the output piling up in memory, and
 * nothing is left unwritten when the process exits. A reader that goes away (EPIPE: `reportlint . | head`)
 * ends the output quietly, and `onClosed` is told (the command line stops checking: nobody reads the rest).
 */
export class FdWriter {
  private pending: string[] = [];
  private size = 0;
  private closed = false;

  constructor(private readonly fd: number, private readonly chunk = CHUNK, private readonly onClosed?: () => void) {}

  write(text: string): void {
    if (this.closed || !text) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) this.flush();
  }

  /** Writes UTF-8 bytes as they are, after the text waiting before them. */
  writeBytes(bytes: Uint8Array): void {
    if (this.closed || !bytes.length) return;
    this.flush();
    this.writeAll(bytes);
  }

  flush(): void {
    if (!this.size) return;
    const data = Buffer.from(this.pending.length === 1 ? this.pending[0] : this.pending.join(''));
    this.pending = [];
    this.size = 0;
    this.writeAll(data);
  }

  private writeAll(data: Uint8Array): void {
    for (let offset = 0; offset < data.length && !this.closed; ) {
      try {
        offset += fs.writeSync(this.fd, data, offset);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') sleep(RETRY_MS);
        else if (code === 'EPIPE') {
          this.closed = true;
          this.onClosed?.();
        }
        else throw e;
      }
    }
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
