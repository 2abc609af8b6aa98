/** The text the CLI shows for each stored record, sliced here (JavaScript offsets) so the store never slices. */
import type { Annotations, Document, Span } from '../model/index.ts';

const MAX_SNIPPET = 400;

function slice(text: string, span: Span): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return s.length > MAX_SNIPPET ? `${s.slice(0, MAX_SNIPPET - 1)}…` : s;
}

/**
 * The snippets of mentions and time expressions: their own `text`, so a worker need not send them
 * again beside the annotations (a hundred-odd strings per article less to clone across threads).
 */
export function wordSnippets(a: Annotations): Map<string, string> {
  const out = new Map<string, string>();
  a.mentions.forEach((m, i) => out.set(`mention/m${i}`, m.text));
  for (const t of a.timexes) out.set(`timex/${t.id}`, t.text);
  return out;
}

/** The snippets sliced from the document text: quotes, events, facts, stances. */
export function slicedSnippets(doc: Document, a: Annotations): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of a.quotes) out.set(`quote/${q.id}`, slice(doc.text, q.content));
  for (const e of a.events) out.set(`event/${e.id}`, slice(doc.text, e));
  for (const f of a.facts) out.set(`fact/${f.id}`, slice(doc.text, f));
  for (const s of a.stances) out.set(`stance/${s.id}`, slice(doc.text, s));
  return out;
}
