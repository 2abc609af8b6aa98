/**
 * Spelling: one entity written differently by different sources (`Qasem` vs `Qassem`). Variants are
 * found by aligning the names the documents use token by token; a contradiction needs two sources
 * that each use a spelling the other does not (one document mixing both is not a disagreement
 * between sources).
 */
import { plain } from '../../nlp/entities/index.ts';
import { sourceKey, type StoryArticle } from '../story-article.ts';
import { getOrCreate } from './claims.ts';
import { displayName, type EntityRef } from './entity-groups.ts';
import { nameTokens, spellingDifferences } from './similarity.ts';
import type { Claim, Contradiction } from './types.ts';

/** Claims per spelling (one per source, first sources first). */
const SOURCES_PER_SPELLING = 3;

interface Form {
  readonly article: StoryArticle;
  readonly tokens: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function findSpellingContradictions(groups: readonly EntityRef[][]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const group of groups) {
    const forms = formsOf(group);
    for (const spellings of variantClasses(forms)) {
      const c = contradictionOf(group, forms, spellings);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Every mention of the group's entities, tokenised. */
function formsOf(group: readonly EntityRef[]): Form[] {
  const forms: Form[] = [];
  for (const { article, entity } of group) {
    for (const m of article.annotations.mentions) {
      if (m.entity === entity.id) forms.push({ article, tokens: nameTokens(m.text), start: m.start, end: m.end, text: m.text });
    }
  }
  return forms;
}

/** Sets of plain-lower spellings that are one token written differently, from aligned forms of different sources. */
function variantClasses(forms: readonly Form[]): string[][] {
  const distinct = new Map<string, Form>();
  for (const f of forms) if (!distinct.has(f.tokens.join(' '))) distinct.set(f.tokens.join(' '), f);
  const list = [...distinct.values()];
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    if (!parent.has(k)) parent.set(k, k);
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      for (const [x, y] of spellingDifferences((list[i] as Form).tokens, (list[j] as Form).tokens) ?? []) parent.set(find(plain(x)), find(plain(y)));
    }
  }
  const classes = new Map<string, string[]>();
  for (const k of parent.keys()) getOrCreate(classes, find(k), () => []).push(k);
  return [...classes.values()].filter((c) => c.length > 1).map((c) => c.sort());
}

function contradictionOf(group: readonly EntityRef[], forms: readonly Form[], spellings: readonly string[]): Contradiction | null {
  // spelling → source → first form using it
  const uses = new Map<string, Map<string, Form>>();
  for (const f of forms) {
    for (const t of f.tokens) {
      const p = plain(t);
      if (spellings.includes(p)) {
        const bySource = getOrCreate(uses, p, () => new Map<string, Form>());
        if (!bySource.has(sourceKey(f.article))) bySource.set(sourceKey(f.article), f);
      }
    }
  }
  if (!sourcesDisagree(uses)) return null;
  const claims: Claim[] = [];
  const written: string[] = [];
  for (const s of spellings) {
    const bySource = uses.get(s);
    if (!bySource) continue;
    const sample = [...bySource.values()].slice(0, SOURCES_PER_SPELLING);
    written.push(sample[0]?.tokens.find((t) => plain(t) === s) ?? s);
    for (const f of sample) claims.push({ text: f.text, citation: { doc: f.article.doc.id, start: f.start, end: f.end } });
  }
  return { kind: 'spelling', about: `spelling of ${displayName(group)}: ${written.map((w) => `"${w}"`).join(' vs ')}`, claims };
}

/** Two sources each using a spelling the other does not. */
function sourcesDisagree(uses: ReadonlyMap<string, ReadonlyMap<string, Form>>): boolean {
  const spellingsOf = new Map<string, Set<string>>();
  for (const [s, bySource] of uses) for (const src of bySource.keys()) getOrCreate(spellingsOf, src, () => new Set<string>()).add(s);
  const sets = [...spellingsOf.values()];
  return sets.some((a) => sets.some((b) => a !== b && [...a].some((s) => !b.has(s)) && [...b].some((s) => !a.has(s))));
}
