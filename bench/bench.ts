/** A benchmark prints figures (throughput, latency, peak memory, ratio to a named peer) measured in one run. */
export interface BenchContext {
  /** Absolute path of the data folder (default ../shared/data). */
  readonly dataDir: string;
  readonly log: (line: string) => void;
  /** Cap on documents/pages per benchmark, for a quick run (`--limit N`). */
  readonly limit: number | undefined;
  /**
   * Where a benchmark may keep what is slow to build and does not change between runs (`--cache DIR`):
   * the 100,000-article stores. Unset: everything is built afresh and removed afterwards.
   */
  readonly cacheDir?: string;
  /** The store back ends the scale benchmarks run on (`--backends pglite,postgres`, the default). */
  readonly backends: readonly ('pglite' | 'postgres')[];
}

export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export interface Benchmark {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<readonly BenchFigure[]>;
}

/** The value at quantile `p` (0–1) of ascending `sorted` values (nearest rank; 0 for none). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
