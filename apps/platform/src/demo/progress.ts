// Progress of the demo history on stderr: a cli-progress bar on a terminal, a plain line every tenth
// otherwise (a log file or CI would get a bar's control characters), nothing in the tests.
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  /** `total` may grow while running: acts add later acts. */
  update(done: number, total: number, label: string): void;
  stop(): void;
}

export const silentProgress: Progress = { start: () => undefined, update: () => undefined, stop: () => undefined };

/** A bar when `stream` is a terminal, plain lines otherwise. */
export function progressOn(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream);
}

class BarProgress implements Progress {
  private readonly bar: cliProgress.SingleBar;

  constructor(stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      { stream, format: 'Dữ liệu mẫu / demo history [{bar}] {percentage}% | {value}/{total} | {act}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number): void {
    this.bar.start(total, 0, { act: '' });
  }

  update(done: number, total: number, label: string): void {
    this.bar.setTotal(total);
    this.bar.update(done, { act: label });
  }

  stop(): void {
    this.bar.stop();
  }
}

class LineProgress implements Progress {
  private nextTenth = 1;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  start(total: number): void {
    this.stream.write(`Dữ liệu mẫu / demo history: ${total} acts to record\n`);
  }

  update(done: number, total: number, label: string): void {
    if (done * 10 < this.nextTenth * total) return;
    this.nextTenth = Math.floor((done * 10) / total) + 1;
    this.stream.write(`Dữ liệu mẫu / demo history: ${Math.floor((done * 100) / total)}% (${done}/${total}) ${label}\n`);
  }

  stop(): void {
    this.nextTenth = 1;
  }
}
