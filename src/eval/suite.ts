/**
 * An evaluation suite scores one stage on one dataset under `--data DIR` (laid out like ../shared/data),
 * reading the dataset by the layout its README documents.
 */
export interface Metric {
  /** Dotted, stable name: `html.zyte.f1`. Floors in baseline.json refer to it. */
  readonly name: string;
  readonly value: number;
  /** Shown beside the figure: counts, published anchors. */
  readonly note?: string;
}

export interface SuiteContext {
  /** Absolute path of the data folder (default ../shared/data). */
  readonly dataDir: string;
  /** Prints a progress line on stderr. */
  readonly log: (line: string) => void;
}

export interface EvalSuite {
  readonly name: string;
  /** What it measures, one line. */
  readonly description: string;
  /** True when the dataset files it needs are present under the data folder. */
  isAvailable(ctx: SuiteContext): boolean;
  run(ctx: SuiteContext): Promise<readonly Metric[]>;
}
