import { Writable } from 'node:stream';

/** A pino destination that keeps every JSON line, parsed. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      this.raw.push(line);
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    callback();
  }

  withCorrelationId(id: string): Record<string, unknown>[] {
    return this.lines.filter((line) => line.correlationId === id);
  }
}
