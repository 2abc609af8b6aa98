/** Flags shared by every command, parsed with node:util parseArgs (no dependency needed for this). */
import { parseArgs } from 'node:util';
import type { StoreLocation } from '../store/index.ts';
import { resolveStoreLocation } from '../store/index.ts';
import { UsageError } from './io.ts';

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: boolean }>;

export interface ParsedArgs {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly json: boolean;
  readonly help: boolean;
  readonly store: StoreLocation;
}

export function parseCommandArgs(args: readonly string[], extra: OptionSpec, env: NodeJS.ProcessEnv): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...extra }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as ParsedArgs['values'];
  const flags = { dataDir: values['data-dir'] as string | undefined, databaseUrl: values['database-url'] as string | undefined };
  if (flags.dataDir && flags.databaseUrl) throw new UsageError('give either --data-dir or --database-url, not both');
  return {
    positionals: parsed.positionals,
    values,
    json: values.json === true,
    help: values.help === true,
    store: resolveStoreLocation(flags, env),
  };
}

/** A positive integer flag, with a message that says what was wrong. */
export function integerFlag(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} expects a positive whole number, got "${String(value)}"`);
  return n;
}

/** `20MB`, `500KB`, `1048576` → bytes. */
export function sizeFlag(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(String(value).trim());
  if (!m) throw new UsageError(`--${name} expects a size like 20MB or 500KB, got "${String(value)}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}
