/** One printed benchmark figure. `target` is what the issue asks for; `met` is computed from it. */
export type BenchRow = {
  name: string;
  value: number;
  unit: 'ms' | 'KiB' | 'MiB' | 'x' | '%' | 'frames';
  /** Lower is better; the figure meets its target when value <= target. */
  target?: number;
  note?: string;
};

/** A benchmark module exports `run`, returning its figures (each the median of several runs). */
export type BenchModule = { run: () => Promise<BenchRow[]> };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Time `fn` `runs` times (after `warmup` untimed runs) and return the median in milliseconds. */
export function timeMedian(fn: () => void, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
