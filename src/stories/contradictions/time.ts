/**
 * Time: the same live-blog entry (a passage pair from duplicates/) stamped with different times by two
 * documents. A shift shared by several entries of one pair of documents (a time-zone or clock change
 * between two snapshots) is one contradiction with example claims, not one per entry.
 */
import type { Passage, Span } from '../../model/index.ts';
import type { StoryArticle } from '../story-article.ts';
import { claimAt, getOrCreate, oneLine } from './claims.ts';
import type { Claim, Contradiction, PassageMatches } from './types.ts';

interface Located {
  readonly article: StoryArticle;
  readonly passage: Passage;
}

interface SharedEntry {
  readonly a: Located;
  readonly b: Located;
  /** Minutes from a's time to b's time. */
  readonly shift: number;
}

/** Examples cited for a collapsed shift (each gives two claims). */
const EXAMPLES = 2;
/** A clock label at the head of an entry: `08:05`, `8.05 pm`, `20h05 GMT`. */
const LABEL = /\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|CET|CEST|[ECMP][SD]?T))?\b/i;
/** How far from the passage start a label is looked for (labels open the entry or sit on the line before). */
const LABEL_WINDOW = 40;

export function findTimeContradictions(articles: readonly StoryArticle[], matches: readonly PassageMatches[]): Contradiction[] {
  const located = new Map<string, Located>();
  for (const article of articles) for (const passage of article.doc.passages) located.set(passage.id, { article, passage });
  const byPair = new Map<string, SharedEntry[]>();
  for (const record of matches) {
    for (const [idA, idB] of record.passages ?? []) {
      const a = located.get(idA);
      const b = located.get(idB);
      if (!a || !b || a.article === b.article || !a.passage.time || !b.passage.time) continue;
      const shift = minutesBetween(a.passage.time, b.passage.time);
      if (shift === null) continue;
      getOrCreate(byPair, `${a.article.doc.id}\u0000${b.article.doc.id}`, () => []).push({ a, b, shift });
    }
  }
  const out: Contradiction[] = [];
  for (const entries of byPair.values()) out.push(...contradictionsOfPair(entries));
  return out;
}

function contradictionsOfPair(entries: readonly SharedEntry[]): Contradiction[] {
  const byShift = new Map<number, SharedEntry[]>();
  for (const e of entries) if (e.shift !== 0) getOrCreate(byShift, e.shift, () => []).push(e);
  const out: Contradiction[] = [];
  for (const [shift, group] of byShift) {
    const first = group[0] as SharedEntry;
    const sorted = [...group].sort((x, y) => x.a.passage.start - y.a.passage.start);
    if (group.length === 1) {
      out.push({ kind: 'time', about: `${who(first)} give the same live-blog entry different times (${duration(shift)} apart)`, claims: entryClaims(first) });
      continue;
    }
    const share = group.length === entries.length ? `all ${entries.length}` : `${group.length} of ${entries.length}`;
    out.push({
      kind: 'time',
      about: `${who(first)} place the same ${group.length} live-blog entries ${duration(shift)} apart (${share} shared entries, a systematic shift)`,
      claims: sorted.slice(0, EXAMPLES).flatMap(entryClaims),
    });
  }
  return out;
}

function entryClaims(e: SharedEntry): Claim[] {
  return [labelClaim(e.a), labelClaim(e.b)];
}

/** The entry's time label (text and span), followed in the text by the entry's opening words. */
function labelClaim({ article, passage }: Located): Claim {
  const label = findLabel(article.doc.text, passage);
  const opening = oneLine(article.doc.text.slice(label.end, Math.min(passage.end, label.end + 80)), 60);
  const claim = claimAt(article, label);
  return { text: opening ? `${claim.text} (${opening})` : claim.text, citation: claim.citation };
}

function findLabel(text: string, passage: Passage): Span {
  const windows: Span[] = [
    { start: passage.start, end: Math.min(passage.end, passage.start + LABEL_WINDOW) },
    { start: Math.max(0, passage.start - LABEL_WINDOW), end: passage.start },
  ];
  for (const w of windows) {
    const m = LABEL.exec(text.slice(w.start, w.end));
    if (m) return { start: w.start + m.index, end: w.start + m.index + m[0].length };
  }
  // No label printed: cite the passage's first line.
  const lineEnd = text.indexOf('\n', passage.start);
  return { start: passage.start, end: lineEnd > passage.start && lineEnd < passage.end ? lineEnd : passage.end };
}

function who(e: SharedEntry): string {
  const sa = e.a.article.doc.source;
  const sb = e.b.article.doc.source;
  const versions = e.a.article.newerVersion === e.b.article.doc.id || e.b.article.newerVersion === e.a.article.doc.id;
  if (sa && sa === sb) return versions ? `${sa}'s two snapshots` : `two ${sa} documents`;
  if (versions) return 'two snapshots of one live blog';
  return `${sa ?? e.a.article.doc.id} and ${sb ?? e.b.article.doc.id}`;
}

function minutesBetween(a: string, b: string): number | null {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? null : Math.round((tb - ta) / 60_000);
}

/** `one hour`, `2 hours 30 minutes`, `one day`: the size of a shift, without its sign. */
export function duration(minutes: number): string {
  const m = Math.abs(minutes);
  const parts: string[] = [];
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const unit = (n: number, word: string): string => (n === 1 ? `one ${word}` : `${n} ${word}s`);
  if (days) parts.push(unit(days, 'day'));
  if (hours) parts.push(unit(hours, 'hour'));
  if (mins) parts.push(unit(mins, 'minute'));
  return parts.join(' ') || '0 minutes';
}
