/**
 * A story's documents grouped as the duplicates stage related them: each group is one text in its
 * versions and copies (version, wire, exact, near pairs joined transitively), newest version first
 * marked `current`; a document related to nothing is a group of one. Shared by `show`-like views.
 */
import type { LoadedStory } from './story-articles.ts';

export interface DocumentGroup {
  /** Member ids, oldest publication first. */
  readonly docs: readonly string[];
  /** The kinds of relation inside the group (`version`, `wire`, `exact`, `near`); empty for a single document. */
  readonly kinds: readonly string[];
  /** The member no newer version replaces (the one the story views read). */
  readonly current: readonly string[];
}

export function storyDocumentGroups(loaded: LoadedStory, memberIds: readonly string[]): DocumentGroup[] {
  const parent = new Map<string, string>(memberIds.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
    return root;
  };
  const kinds = new Map<string, Set<string>>();
  for (const p of loaded.pairs) {
    const [a, b] = p.docs;
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  for (const p of loaded.pairs) {
    if (!parent.has(p.docs[0])) continue;
    const root = find(p.docs[0]);
    kinds.set(root, (kinds.get(root) ?? new Set()).add(p.kind));
  }
  const replaced = new Set(loaded.pairs.filter((p) => p.kind === 'version').map((p) => p.docs[0]));
  const order = new Map(memberIds.map((id, i) => [id, i]));
  const published = new Map(loaded.articles.map((a) => [a.doc.id, a.doc.published?.value ?? '']));
  const groups = new Map<string, string[]>();
  for (const id of memberIds) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.entries()].map(([root, docs]) => {
    const sorted = [...docs].sort((x, y) => (published.get(x) ?? '').localeCompare(published.get(y) ?? '') || (order.get(x) ?? 0) - (order.get(y) ?? 0));
    return { docs: sorted, kinds: [...(kinds.get(root) ?? [])].sort(), current: sorted.filter((id) => !replaced.has(id)) };
  });
}
