/**
 * Pairs → the export's `duplicates` records (EXPORT.md: `kind, docs[], passages[]?, score`): the
 * pairs of one kind that chain together become one group (three outlets running one agency story
 * are one `wire` record of three documents). `docs` is oldest first for versions; `score` is the
 * weakest pair's score in the group; `passages` lists the shared passages, one id pair per match.
 */
import type { DuplicateKind } from './classify.ts';
import type { DuplicatePair } from './duplicate-index.ts';

/** What the record builders read of a pair (a stored pair has no jaccard or coverage). */
export type PairLike = Pick<DuplicatePair, 'kind' | 'docs' | 'score' | 'passages'>;

export interface DuplicateRecord {
  readonly kind: DuplicateKind;
  readonly docs: readonly string[];
  readonly passages?: readonly (readonly [string, string])[];
  readonly score: number;
}

export function toDuplicateRecords(pairs: readonly PairLike[]): DuplicateRecord[] {
  const records: DuplicateRecord[] = [];
  for (const kind of ['exact', 'version', 'wire', 'near'] as const) {
    const ofKind = pairs.filter((p) => p.kind === kind);
    for (const group of components(ofKind)) {
      const docs = kind === 'version' ? oldestFirst(group) : [...new Set(group.flatMap((p) => p.docs))];
      const passages = group.flatMap((p) => p.passages.map((m) => m.passages));
      const score = Math.min(...group.map((p) => p.score));
      records.push({ kind, docs, ...(passages.length > 0 ? { passages } : {}), score: Math.round(score * 1000) / 1000 });
    }
  }
  return records;
}

/**
 * Each document's newer version, following chains to the newest: the view shows the value, the
 * store keeps both ("an updated version replaces the older one in views").
 */
export function newestVersions(pairs: readonly PairLike[]): Map<string, string> {
  const next = new Map<string, string>();
  for (const p of pairs) if (p.kind === 'version') next.set(p.docs[0], p.docs[1]);
  const newest = new Map<string, string>();
  for (const start of next.keys()) {
    let id = start;
    const seen = new Set<string>([id]);
    while (next.has(id) && !seen.has(next.get(id) as string)) {
      id = next.get(id) as string;
      seen.add(id);
    }
    newest.set(start, id);
  }
  return newest;
}

/** `version_of` for the export: each newer document → the version just before it. */
export function versionOf(pairs: readonly PairLike[]): Map<string, string> {
  const older = new Map<string, { id: string; score: number }>();
  for (const p of pairs) {
    if (p.kind !== 'version') continue;
    const current = older.get(p.docs[1]);
    if (!current || p.score > current.score) older.set(p.docs[1], { id: p.docs[0], score: p.score });
  }
  return new Map([...older].map(([k, v]) => [k, v.id]));
}

function components(pairs: readonly PairLike[]): PairLike[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  for (const p of pairs) for (const d of p.docs) if (!parent.has(d)) parent.set(d, d);
  for (const p of pairs) parent.set(find(p.docs[0]), find(p.docs[1]));
  const groups = new Map<string, PairLike[]>();
  for (const p of pairs) {
    const root = find(p.docs[0]);
    const g = groups.get(root);
    if (g) g.push(p);
    else groups.set(root, [p]);
  }
  return [...groups.values()];
}

/** Documents of a version group, each after every version it is newer than. */
function oldestFirst(group: readonly PairLike[]): string[] {
  const newerThan = new Map<string, number>();
  for (const p of group) {
    newerThan.set(p.docs[0], newerThan.get(p.docs[0]) ?? 0);
    newerThan.set(p.docs[1], (newerThan.get(p.docs[1]) ?? 0) + 1);
  }
  return [...newerThan].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

/**
 * Copies of one text across outlets (`wire`, and `exact` or `near` groups): document id → the key of
 * its group (`copies:<first doc id>`). A group counts as one source, not as independent corroboration
 * (issue 8: wire copies of one agency story count once). Versions are one outlet's anyway.
 */
export function copyGroups(records: readonly DuplicateRecord[]): Map<string, string> {
  const groups = new Map<string, string>();
  for (const record of records) {
    if (record.kind === 'version') continue;
    const key = `copies:${record.docs[0]}`;
    for (const doc of record.docs) if (!groups.has(doc)) groups.set(doc, key);
  }
  return groups;
}
