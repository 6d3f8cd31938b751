/**
 * What the importer reads of a file: its size and byte ranges. A `Blob` (a dropped file) is
 * one; an `ArrivingFile` is another, filled while a `data=` link still downloads, so the
 * reading starts with the first megabyte instead of after the last (issue 13: a million
 * events' CSV took about 3 s to download before any of it was read).
 */
import { ImportRefused } from './refused';

export interface ByteFile {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

interface Waiter {
  until: number;
  wake(): void;
}

/**
 * A file of a size announced up front (the response's Content-Length), its bytes added as
 * they arrive. A read of bytes not yet here waits for them; a download that ends short or
 * runs long, or fails, fails every read waiting and every read after it, with the reason.
 */
export class ArrivingFile implements ByteFile {
  private readonly bytes: Uint8Array;
  private received = 0;
  private ended = false;
  private error: Error | null = null;
  private waiting: Waiter[] = [];

  constructor(readonly size: number) {
    this.bytes = new Uint8Array(size);
  }

  /** The next bytes of the file, in order. */
  add(chunk: Uint8Array): void {
    if (this.error || this.ended) return;
    if (this.received + chunk.byteLength > this.size) {
      this.fail(
        new ImportRefused(
          `The linked file is longer than the ${this.size.toLocaleString('en')} bytes it announced.`,
        ),
      );
      return;
    }
    this.bytes.set(chunk, this.received);
    this.received += chunk.byteLength;
    this.wake();
  }

  /** The download is over: short of the announced size, the file is refused as cut off. */
  end(): void {
    if (this.error || this.ended) return;
    if (this.received < this.size) {
      this.fail(
        new ImportRefused(
          `The linked file ended after ${this.received.toLocaleString('en')} of the ${this.size.toLocaleString('en')} bytes it announced.`,
        ),
      );
      return;
    }
    this.ended = true;
    this.wake();
  }

  fail(error: Error): void {
    if (this.error) return;
    this.error = error;
    this.wake();
  }

  slice(start: number, end: number) {
    return {
      arrayBuffer: async (): Promise<ArrayBuffer> => {
        const to = Math.min(Math.max(end, 0), this.size);
        await this.arrived(to);
        const from = Math.min(Math.max(start, 0), to);
        return this.bytes.slice(from, to).buffer;
      },
    };
  }

  private arrived(until: number): Promise<void> {
    if (this.error) return Promise.reject(this.error);
    if (this.received >= until) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({
        until,
        wake: () => (this.error ? reject(this.error) : resolve()),
      });
    });
  }

  private wake() {
    const ready = this.waiting.filter((w) => this.error || this.received >= w.until);
    this.waiting = this.waiting.filter((w) => !ready.includes(w));
    for (const w of ready) w.wake();
  }
}
