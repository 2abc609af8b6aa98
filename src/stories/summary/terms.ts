/**
 * The terms sentences are compared by: entity keys for the names it mentions (so `Soleimani`,
 * `Gen. Qasem Soleimani` and another outlet's `Qassem Soleimani` are one term), and the other content
 * words, lower-cased and lightly stemmed (so `stormed` / `storming` and `killed` / `killing` match:
 * a paraphrase reorders and re-inflects more often than it changes words).
 */
import type { Entity, Mention } from '../../model/index.ts';

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers him his
  how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
  said says say same she should so some such than that the their them then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your s t mr mrs ms`.split(/\s+/),
);

/** A light suffix stripper (plural, -ed, -ing, -ly, final e); enough to match inflections, not a Porter stemmer. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // `stopped` → `stopp` → `stop`; `setting` → `sett` → `set`.
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [])
    .map((w) => w.replace(/['’](?:s)?$/, '').replace(/['’]/g, ''))
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d{1,2}$/.test(w))
    .map(stem);
}

/**
 * Terms of `text.slice(start, end)` in text order: `@key` for each mention inside (entity key,
 * corpus-wide) and the content words between the mentions.
 */
export function sentenceTerms(text: string, start: number, end: number, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): string[] {
  const terms: string[] = [];
  let at = start;
  for (const m of mentions) {
    if (m.start < at || m.end > end) continue;
    const key = entities.get(m.entity)?.key;
    if (!key) continue;
    terms.push(...contentWords(text.slice(at, m.start)), `@${key}`);
    at = m.end;
  }
  terms.push(...contentWords(text.slice(at, end)));
  return terms;
}

/**
 * Consecutive term pairs: word order survives in them, so a copy with an edit or two keeps most of
 * them while a paraphrase (same words, new order) keeps few. A one-term sentence is its own shingle.
 */
export function termShingles(terms: readonly string[]): Set<string> {
  if (terms.length < 2) return new Set(terms);
  const out = new Set<string>();
  for (let i = 1; i < terms.length; i++) out.add(`${terms[i - 1]} ${terms[i]}`);
  return out;
}
