/** Reads records of ../shared/data/news-sample (JSON Lines, gzip), streaming, up to a limit. */
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export interface NewsRecord {
  readonly id: string;
  readonly time: string;
  readonly title: string | null;
  readonly text: string;
  readonly outlet: string;
}

/** The default BENCH set of news-sample/README.md: the three long-form files. */
export const LONG_FORM_FILES = ['entities-guardian.jsonl.gz', 't17.jsonl.gz', 'polnear.jsonl.gz'];

export function newsSampleAvailable(dataDir: string): boolean {
  return LONG_FORM_FILES.every((f) => existsSync(join(dataDir, 'news-sample', f)));
}

/** Interleaves the files so a small limit still sees every outlet. */
export async function readNewsSample(dataDir: string, limit: number, files = LONG_FORM_FILES): Promise<NewsRecord[]> {
  const perFile = Math.ceil(limit / files.length);
  const lists = await Promise.all(files.map((f) => readFirst(join(dataDir, 'news-sample', f), perFile)));
  const out: NewsRecord[] = [];
  for (let i = 0; out.length < limit && lists.some((l) => i < l.length); i++) {
    for (const list of lists) if (list[i] && out.length < limit) out.push(list[i] as NewsRecord);
  }
  return out;
}

async function readFirst(path: string, n: number): Promise<NewsRecord[]> {
  const records: NewsRecord[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (records.length >= n) break;
    if (line.trim()) records.push(JSON.parse(line) as NewsRecord);
  }
  lines.close();
  return records;
}
