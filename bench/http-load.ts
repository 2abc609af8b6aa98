/**
 * A small HTTP load generator meant to run in its own process (so it does not share the server's
 * event loop): N keep-alive clients request one URL (or a list, round robin) for a while and report
 * requests/s and latency percentiles as one JSON line. Used by bench/server-libs.bench.ts.
 *
 *   node --import tsx bench/http-load.ts URL[,URL...] [--clients 16] [--seconds 5] [--warmup 1] [--header 'K: V']
 */
import http from 'node:http';
import { parseArgs } from 'node:util';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** The line the CLI prints when the measured window opens (after the warm-up). */
export const MEASURE_START = 'measure-start';

/** The result in the CLI's output: its last line (a `MEASURE_START` line may come before it). */
export function loadResultOf(stdout: string): LoadResult {
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as LoadResult;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function once(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

export async function load(urls: readonly URL[], clients: number, seconds: number, warmup: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const measureFrom = Date.now() + warmup * 1000;
  const stopAt = measureFrom + seconds * 1000;
  const client = async () => {
    while (Date.now() < stopAt) {
      const url = urls[next++ % urls.length] as URL;
      const t0 = performance.now();
      const status = await once(agent, url, headers).catch(() => 0);
      const ms = performance.now() - t0;
      if (Date.now() < measureFrom) continue;
      if (status < 200 || status >= 300) errors++;
      latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length, errors, seconds, rps: latencies.length / seconds,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { clients: { type: 'string', default: '16' }, seconds: { type: 'string', default: '5' }, warmup: { type: 'string', default: '1' }, header: { type: 'string', multiple: true } },
  });
  const urls = (positionals[0] ?? '').split(',').filter(Boolean).map((u) => new URL(u));
  const headers = Object.fromEntries((values.header ?? []).map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]));
  // a line when the measured window opens, so the caller can sample what it costs (cpu-time.ts)
  setTimeout(() => process.stdout.write(`${MEASURE_START}\n`), Number(values.warmup) * 1000);
  const result = await load(urls, Number(values.clients), Number(values.seconds), Number(values.warmup), headers);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
