// Output conventions shared by every benchmark: one JSON line per figure on stdout, everything a
// human reads (progress, notes, skipped parts) on stderr, so `npm run bench | jq` sees only figures.

import { performance } from 'node:perf_hooks';

const started = performance.now();

/** One progress or note line on stderr, prefixed with the bench name and the elapsed time. */
export function progress(bench: string, message: string): void {
  const elapsed = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`[${bench} +${elapsed}s] ${message}\n`);
}

/** One figure, as one JSON line on stdout. */
export function emitFigure(figure: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

/** Nearest-rank percentile (q in 0..1) of a list of durations; 0 for an empty list. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Rounds to `digits` decimals (figures are read by people and diffed between runs). */
export function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
