/**
 * `npm run eval -- [--data DIR] [--only NAME,...] [--json]`: runs every suite whose dataset is
 * present under DIR (default ../shared/data), prints the figures, and exits 1 below a pinned floor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Baseline } from './gate.ts';
import { checkFloors } from './gate.ts';
import type { Metric, SuiteContext } from './suite.ts';
import { suites } from './suites/index.ts';

const DEFAULT_DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const BASELINE = new URL('./baseline.json', import.meta.url);

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`npm run eval -- [--data DIR] [--only NAME,...] [--json]\n\nsuites: ${suites.map((s) => `${s.name} (${s.description})`).join('\n        ')}\n`);
    return 0;
  }
  const dataDir = resolve(values.data ?? DEFAULT_DATA);
  if (!existsSync(dataDir)) {
    process.stderr.write(`eval: data folder ${dataDir} does not exist (give --data DIR laid out like ../shared/data)\n`);
    return 1;
  }
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((name) => !suites.some((s) => s.name === name)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(`eval: unknown suite(s) ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const ctx: SuiteContext = { dataDir, log: (line) => process.stderr.write(`${line}\n`) };
  const metrics: Metric[] = [];
  const ran: string[] = [];
  for (const suite of suites) {
    if (only && !only.includes(suite.name)) continue;
    if (!suite.isAvailable(ctx)) {
      ctx.log(`${suite.name}: skipped — its dataset is not under ${dataDir}`);
      continue;
    }
    const started = Date.now();
    ctx.log(`${suite.name}: ${suite.description}`);
    metrics.push(...(await suite.run(ctx)));
    ran.push(suite.name);
    ctx.log(`${suite.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
  const gate = checkFloors(metrics, baseline, ran);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ dataDir, suites: ran, metrics, gate }, null, 2)}\n`);
  } else {
    printTable(metrics, baseline);
    for (const f of gate.failures) {
      const limit = f.floor === undefined ? `above ceiling ${fmt(f.ceiling ?? Number.NaN)}` : `below floor ${fmt(f.floor)}`;
      process.stdout.write(`FAILED: ${f.metric} = ${fmt(f.value)}, ${limit}\n`);
    }
    if (gate.unmeasured.length > 0) process.stdout.write(`not measured (dataset absent): ${gate.unmeasured.join(', ')}\n`);
    process.stdout.write(gate.failures.length === 0 ? `eval: ${metrics.length} figures, every floor and ceiling met\n` : `eval: ${gate.failures.length} figure(s) past their limit\n`);
  }
  return gate.failures.length === 0 ? 0 : 1;
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function printTable(metrics: readonly Metric[], baseline: Baseline): void {
  const width = Math.max(10, ...metrics.map((m) => m.name.length));
  for (const m of metrics) {
    const floor = baseline.floors[m.name];
    const ceiling = baseline.ceilings?.[m.name];
    const floorText = floor !== undefined ? `  floor ${fmt(floor)}` : ceiling !== undefined ? `  ceiling ${fmt(ceiling)}` : '';
    process.stdout.write(`${m.name.padEnd(width)}  ${fmt(m.value).padStart(8)}${floorText}${m.note ? `  (${m.note})` : ''}\n`);
  }
}

process.exitCode = await main();
