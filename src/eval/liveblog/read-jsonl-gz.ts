/** Reads a gzip JSON Lines file into parsed records (eval only: files are a few MB). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function readJsonlGz<T>(path: string): T[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
