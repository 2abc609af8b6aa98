/**
 * The layers of ARCHITECTURE.md, enforced: scan every import in src/ and fail on an arrow that
 * points up (a stage importing the store, the store importing a stage, …).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Which top-level folders of src/ each folder may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  text: ['model'],
  ingest: ['model', 'text'],
  clean: ['model', 'text'],
  nlp: ['model', 'text'],
  stories: ['model', 'text', 'nlp'],
  store: ['model'],
  pipeline: ['model', 'text', 'ingest', 'clean', 'nlp', 'stories', 'store'],
  // `storyline serve` starts the server; the server never imports the CLI.
  cli: ['model', 'pipeline', 'store', 'server'],
  server: ['model', 'pipeline', 'store'],
  eval: ['model', 'text', 'ingest', 'clean', 'nlp', 'stories'],
};

/** Stages are pure: no file system, no network. */
const STAGES = new Set(['text', 'ingest', 'clean', 'nlp', 'stories', 'model']);
const FORBIDDEN_IN_STAGES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(pattern)) specifiers.push((m[1] ?? m[2]) as string);
  return specifiers;
}

function layerOf(file: string): string {
  return relative(SRC, file).split(sep)[0] ?? '';
}

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    if (!allowed) {
      found.push(`${relative(SRC, file)}: folder src/${layer} has no layer in ARCHITECTURE.md`);
      continue;
    }
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), spec));
        if (target !== layer && !allowed.includes(target)) found.push(`${relative(SRC, file)} imports ${target} (${spec})`);
        else if (target !== layer && STAGES.has(target) && target !== 'model' && target !== 'text' && !spec.endsWith('/index.ts')) {
          found.push(`${relative(SRC, file)} reaches into the internals of ${target} (${spec}); import its index.ts`);
        }
      } else if (STAGES.has(layer) && FORBIDDEN_IN_STAGES.test(spec)) {
        found.push(`${relative(SRC, file)} is a pure stage but imports ${spec}`);
      }
    }
  }
  return found;
}

test('architecture: every import in src/ follows the layers', () => {
  assert.deepEqual(violations(), []);
});

test('architecture: the scanner sees imports (guards against a scanner that finds nothing)', () => {
  const sample = `import { a } from '../store/index.ts';\nexport type { B } from "./b.ts";\nconst c = await import('../cli/main.ts');`;
  assert.deepEqual(importsOf(sample), ['../store/index.ts', './b.ts', '../cli/main.ts']);
  assert.ok(sourceFiles(SRC).length > 10);
});
