/**
 * The quality gate (trafilatura's eval_gate): measured figures against floors pinned in
 * baseline.json. A figure below its floor fails the run; a floor is only lowered by editing the
 * file in a reviewed change that says why.
 */
import type { Metric } from './suite.ts';

export interface Baseline {
  /** metric name → the lowest acceptable value (all our metrics are higher-is-better). */
  readonly floors: Readonly<Record<string, number>>;
  /** metric name → the highest acceptable value, for lower-is-better figures (false-positive rates). */
  readonly ceilings?: Readonly<Record<string, number>>;
}

export interface GateResult {
  readonly failures: readonly { readonly metric: string; readonly value: number; readonly floor?: number; readonly ceiling?: number }[];
  /** Floors whose metric was not measured (dataset absent): reported, not failed. */
  readonly unmeasured: readonly string[];
}

export function checkFloors(metrics: readonly Metric[], baseline: Baseline, suitesRun: readonly string[]): GateResult {
  const byName = new Map(metrics.map((m) => [m.name, m.value]));
  const failures: { metric: string; value: number; floor?: number; ceiling?: number }[] = [];
  const unmeasured: string[] = [];
  for (const [metric, floor] of Object.entries(baseline.floors)) {
    const value = byName.get(metric);
    if (value === undefined) {
      if (suitesRun.some((s) => metric.startsWith(`${s}.`))) failures.push({ metric, value: Number.NaN, floor });
      else unmeasured.push(metric);
    } else if (!(value >= floor)) failures.push({ metric, value, floor });
  }
  for (const [metric, ceiling] of Object.entries(baseline.ceilings ?? {})) {
    const value = byName.get(metric);
    if (value === undefined) {
      if (!suitesRun.some((s) => metric.startsWith(`${s}.`))) unmeasured.push(metric);
      else failures.push({ metric, value: Number.NaN, ceiling });
    } else if (!(value <= ceiling)) failures.push({ metric, value, ceiling });
  }
  return { failures, unmeasured };
}
