/** Invented articles for the timeline tests: sentences are the lines of `text`; timexes are given per line as [word, value]. */
import type { Document, Sentence, Timex } from '../../../src/model/index.ts';
import type { AnnotatedArticle } from '../../../src/stories/timeline/index.ts';

export function article(id: string, source: string, published: string, lines: readonly (readonly [string, ...(readonly [string, string])[]])[]): AnnotatedArticle {
  const text = lines.map((l) => l[0]).join('\n\n');
  const doc: Document = {
    id, origin: id, url: null, title: null, published: { value: published, precision: 'day' }, source, agencies: [], author: null,
    language: 'en', kind: 'article', text, rawSha256: '', passages: [],
  };
  const sentences: Sentence[] = [];
  const timexes: Timex[] = [];
  let offset = 0;
  for (const [line, ...marks] of lines) {
    sentences.push({ start: offset, end: offset + line.length });
    for (const [word, value] of marks) {
      const at = offset + line.indexOf(word);
      timexes.push({ id: `t${timexes.length}`, start: at, end: at + word.length, text: word, type: 'DATE', value, anchor: published });
    }
    offset += line.length + 2;
  }
  return { doc, annotations: { sentences, timexes, events: [] } };
}
