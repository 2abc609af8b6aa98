/**
 * Reader for the token-per-line CoNLL files of ../shared/data/ner (gzip; blank line between sentences;
 * `-DOCSTART-` between documents). Columns are tab- or space-separated; the tag is the last column.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface ConllSentence {
  readonly words: string[];
  readonly tags: string[];
}

export type ConllDocument = ConllSentence[];

export function readConll(path: string): ConllDocument[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) doc.push({ words, tags });
    words = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed.length === 0) {
      endSentence();
      continue;
    }
    const cols = trimmed.includes('\t') ? trimmed.split('\t') : trimmed.split(' ');
    if (cols[0] === '-DOCSTART-') {
      endDocument();
      continue;
    }
    words.push(cols[0] as string);
    tags.push(cols.length > 1 ? (cols[cols.length - 1] as string) : 'O');
  }
  endDocument();
  return docs;
}
