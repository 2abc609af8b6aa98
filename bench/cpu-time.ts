/**
 * CPU time spent while a load runs, to say where a request's cost goes: this process (the server
 * under test runs in it) and the local PostgreSQL server's processes. Under a closed-loop load on a
 * small machine, latency follows CPU per request, so these figures name what to make cheaper.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  /** This process's user + system CPU, seconds. */
  readonly self: number;
  /** The `postgres` processes' user + system CPU, seconds; null where /proc cannot tell (not Linux). */
  readonly postgres: number | null;
}

export function sampleCpu(): CpuSample {
  const { user, system } = process.cpuUsage();
  return { self: (user + system) / 1e6, postgres: postgresCpuSeconds() };
}

/** Milliseconds of CPU a request: this process's, and PostgreSQL's (null where /proc cannot tell). */
export interface CpuPerRequest {
  readonly self: number;
  readonly postgres: number | null;
}

/** The CPU a request between two samples. */
export function cpuPerRequest(from: CpuSample, to: CpuSample, requests: number): CpuPerRequest {
  const per = (seconds: number) => (requests > 0 ? (seconds * 1000) / requests : Number.NaN);
  return { self: per(to.self - from.self), postgres: from.postgres === null || to.postgres === null ? null : per(to.postgres - from.postgres) };
}

/** Sums utime + stime of every process named `postgres` (the server and its backends) from /proc. */
function postgresCpuSeconds(): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / ticksPerSecond;
}
