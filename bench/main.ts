/**
 * `npm run bench -- [--data DIR] [--only NAME,...] [--limit N] [--cache DIR] [--backends pglite,postgres] [--json]`: throughput, latency and
 * peak memory, each beside a named peer where there is one, measured in this one run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchContext, BenchFigure } from './bench.ts';
import { benchmarks } from './index.ts';

const DEFAULT_DATA = fileURLToPath(new URL('../../shared/data', import.meta.url));

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, only: { type: 'string' }, limit: { type: 'string' }, cache: { type: 'string' }, backends: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`npm run bench -- [--data DIR] [--only NAME,...] [--limit N] [--cache DIR] [--backends pglite,postgres] [--json]\n\nbenchmarks: ${benchmarks.map((b) => `${b.name} (${b.description})`).join('\n            ')}\n`);
    return 0;
  }
  const dataDir = resolve(values.data ?? DEFAULT_DATA);
  if (!existsSync(dataDir)) {
    process.stderr.write(`bench: data folder ${dataDir} does not exist (give --data DIR)\n`);
    return 1;
  }
  const only = values.only?.split(',').map((s) => s.trim());
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const backends = (values.backends ?? 'pglite,postgres').split(',').map((b) => b.trim());
  if (backends.some((b) => b !== 'pglite' && b !== 'postgres')) {
    process.stderr.write(`bench: --backends takes pglite and/or postgres, got "${values.backends}"\n`);
    return 1;
  }
  const ctx: BenchContext = { dataDir, limit, log: (line) => process.stderr.write(`${line}\n`), backends: backends as ('pglite' | 'postgres')[], ...(values.cache ? { cacheDir: resolve(values.cache) } : {}) };
  const results: { bench: string; figures: readonly BenchFigure[] }[] = [];
  for (const bench of benchmarks) {
    if (only && !only.includes(bench.name)) continue;
    ctx.log(`${bench.name}: ${bench.description}`);
    const figures = await bench.run(ctx);
    results.push({ bench: bench.name, figures });
    if (!values.json) for (const f of figures) process.stdout.write(`${f.name.padEnd(44)} ${format(f.value).padStart(10)} ${f.unit}${f.note ? `  (${f.note})` : ''}\n`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ dataDir, node: process.version, results }, null, 2)}\n`);
  return 0;
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

process.exitCode = await main();
