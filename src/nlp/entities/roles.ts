/**
 * Titles before a person's name become roles: `US Secretary of State Mike Pompeo` →
 * {title: 'Secretary of State', org: 'US'}; `Top US diplomat Mike Pompeo` → {title: 'Top diplomat', org: 'US'}.
 * The title is read backwards from the name over a chain of title words, modifiers (`top`, `former`) and
 * organisation/country names, within the sentence; the word next to the name must be a title.
 */
import type { Role } from '../../model/index.ts';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './data/context-words.ts';
import type { DocView } from './doc-view.ts';
import { canonicalTitle } from '../gazetteer/index.ts';

/** Listed titles keep the list's spelling (`secretary of state` → `Secretary of State`). */
function titleText(text: string): string {
  return canonicalTitle(text) ?? text;
}

interface Unit {
  readonly kind: 'title' | 'mod' | 'org';
  readonly from: number;
  readonly to: number; // inclusive token index
}

export interface TitleChain {
  /** Usually one; two when titles are stacked (`Supreme Leader Ayatollah Ali Khamenei`). */
  readonly roles: readonly Role[];
  /** First token of the chain (for callers that strip titles inside a name span). */
  readonly from: number;
  /** The single capitalised title word right before the name (`General`), for the `General Soleimani` alias. */
  readonly adjacentTitle: string | null;
}

/** Reads the title chain that ends right before token `nameStart`, not crossing `sentenceStart`. */
export function titleChainBefore(view: DocView, nameStart: number, sentenceStart: number): TitleChain {
  const { words } = view;
  const units: Unit[] = [];
  let j = nameStart - 1;
  while (j >= sentenceStart) {
    const w = words[j] as string;
    const lower = w.toLowerCase();
    const name = view.nameEndingAt(j);
    if (name && name.type !== 'PERSON' && name.ts >= sentenceStart) {
      units.push({ kind: 'org', from: name.ts, to: j });
      j = name.ts - 1;
      continue;
    }
    const gm = view.gazetteerEndingAt(j);
    if (gm && gm.kinds.includes('title')) {
      units.push({ kind: 'title', from: gm.start, to: j });
      j = gm.start - 1;
      continue;
    }
    if (ROLE_NOUNS.has(lower)) {
      units.push({ kind: 'title', from: j, to: j });
      j--;
      continue;
    }
    if (ROLE_MODIFIERS.has(lower)) {
      units.push({ kind: 'mod', from: j, to: j });
      j--;
      continue;
    }
    if ((w === "'s" || w === '’s') && units.length > 0) {
      j--;
      continue;
    }
    if (gm && gm.kinds.some((k) => k === 'country' || k === 'demonym' || k === 'org' || k === 'capital')) {
      units.push({ kind: 'org', from: gm.start, to: j });
      j = gm.start - 1;
      continue;
    }
    break;
  }
  units.reverse();
  // The word next to the name must be a title (`Iran's Soleimani` gives no role).
  const last = units[units.length - 1];
  if (!last || last.kind !== 'title') return { roles: [], from: nameStart, adjacentTitle: null };
  // Two titles in a row are two roles (`Supreme Leader Ayatollah` → `Supreme Leader`, `Ayatollah`); an
  // organisation belongs to the title after it.
  const roles: Role[] = [];
  let titleWords: string[] = [];
  let org: string | null = null;
  let previous: Unit['kind'] | null = null;
  const flush = (): void => {
    let title = titleWords.join(' ');
    if (title && !HONORIFICS.has(title.toLowerCase())) {
      title = title.charAt(0).toUpperCase() + title.slice(1);
      roles.push(org ? { title, org } : { title });
    }
    titleWords = [];
    org = null;
  };
  for (const u of units) {
    if (u.kind === 'title' && previous === 'title') flush();
    if (u.kind === 'org') org = view.textOf(u.from, u.to + 1);
    else titleWords.push(titleText(view.textOf(u.from, u.to + 1)));
    previous = u.kind;
  }
  flush();
  const adjacent = last.from === last.to && /^\p{Lu}/u.test(words[last.from] as string) ? (words[last.from] as string) : null;
  return { roles, from: units[0]?.from ?? nameStart, adjacentTitle: HONORIFICS.has(adjacent?.toLowerCase() ?? '') ? null : adjacent };
}

const ROYAL = new Set(['prince', 'princess', 'queen', 'king', 'emperor', 'empress', 'crown']);

/**
 * How many leading tokens of a PERSON span are titles or honorifics (`General Qassem Soleimani` → 1),
 * never the whole span.
 */
export function leadingTitleTokens(view: DocView, ts: number, te: number): number {
  let i = ts;
  while (i < te - 1) {
    if (ROYAL.has((view.words[i] as string).toLowerCase())) break; // `Prince Charles` is how he is named
    const gm = view.gazetteerStartingAt(i);
    if (gm && gm.kinds.includes('title') && gm.end < te) {
      i = gm.end;
      continue;
    }
    const lower = (view.words[i] as string).toLowerCase();
    if (HONORIFICS.has(lower) || ROLE_MODIFIERS.has(lower) || ROLE_NOUNS.has(lower)) {
      i++;
      continue;
    }
    break;
  }
  return i - ts;
}

const APPOSITION_END = new Set([',', '.', ';', ')', '—', '–', ':']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A title in apposition after the name: `Mike Pompeo, the US secretary of state,` or `Qassem Soleimani,
 * commander of the Quds Force,`. Read forward from the comma over the same units as before a name, plus
 * `of (the) <organisation>`; the chain must end the clause and contain a title.
 */
export function titleAfter(view: DocView, nameEnd: number, sentenceEnd: number): Role | null {
  const { words } = view;
  if (words[nameEnd] !== ',') return null;
  let j = nameEnd + 1;
  if (ARTICLES.has((words[j] ?? '').toLowerCase())) j++;
  const titleWords: string[] = [];
  let org: string | null = null;
  let sawTitle = false;
  while (j < sentenceEnd) {
    const w = words[j] as string;
    const lower = w.toLowerCase();
    const gm = view.gazetteerStartingAt(j);
    const name = view.nameStartingAt(j);
    if (name && name.type !== 'PERSON') {
      if (org !== null) return null;
      org = view.textOf(name.ts, name.te);
      j = name.te;
    } else if (gm && gm.kinds.includes('title')) {
      titleWords.push(titleText(view.textOf(gm.start, gm.end)));
      sawTitle = true;
      j = gm.end;
    } else if (gm && gm.kinds.some((k) => k === 'country' || k === 'demonym' || k === 'org' || k === 'capital')) {
      if (org !== null) return null;
      org = view.textOf(gm.start, gm.end);
      j = gm.end;
    } else if (ROLE_NOUNS.has(lower)) {
      titleWords.push(w);
      sawTitle = true;
      j++;
    } else if (ROLE_MODIFIERS.has(lower) && !sawTitle) {
      titleWords.push(w);
      j++;
    } else if ((w === "'s" || w === '’s') && org !== null) {
      j++;
    } else if (lower === 'of' && sawTitle && org === null) {
      j++;
      if (ARTICLES.has((words[j] ?? '').toLowerCase())) j++;
      // `of Iran's Quds Force`: the organisation nearest the end wins.
      const n2 = view.nameStartingAt(j);
      const g2 = view.gazetteerStartingAt(j);
      if (n2 && n2.type !== 'PERSON') {
        org = view.textOf(n2.ts, n2.te);
        j = n2.te;
      } else if (g2 && !g2.kinds.includes('title') && !g2.kinds.includes('person')) {
        org = view.textOf(g2.start, g2.end);
        j = g2.end;
      } else return null;
      if (words[j] === "'s" || words[j] === '’s') {
        const n3 = view.nameStartingAt(j + 1);
        const g3 = view.gazetteerStartingAt(j + 1);
        if (n3 && n3.type !== 'PERSON') {
          org = view.textOf(n3.ts, n3.te);
          j = n3.te;
        } else if (g3 && !g3.kinds.includes('title')) {
          org = view.textOf(g3.start, g3.end);
          j = g3.end;
        } else return null;
      }
      break;
    } else break;
  }
  if (!sawTitle || titleWords.length === 0) return null;
  const end = words[j];
  if (j < sentenceEnd && !(end !== undefined && APPOSITION_END.has(end))) return null;
  let title = titleWords.join(' ');
  if (HONORIFICS.has(title.toLowerCase())) return null;
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return org ? { title, org } : { title };
}
