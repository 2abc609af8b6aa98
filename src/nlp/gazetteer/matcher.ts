/**
 * Longest-match lookup of gazetteer entries over a token sequence. Entries are indexed once at module
 * load in a trie of lower-cased tokens (Maps), so each text token costs one Map probe (in a small trie
 * for tokens starting in lower case; under its Title Case spelling for capitalised ASCII tokens), plus a
 * walk as deep as an entry continues there.
 */
import { tokenize } from '../../text/index.ts';
import { isAsciiWithoutCapitals, lowerWord } from '../../text/lower-case.ts';
import { PLACE_NAMES } from './places.ts';
import { PERSONS_TSV, ORGS_TSV } from './data/actors.generated.ts';
import { HAND_ORG_NAMES } from './orgs.ts';
import { PERSONS_HAND_TSV } from './data/persons.ts';
import { TITLES_ANY, TITLES_CAP } from './data/titles.ts';

export type GazetteerKind = 'country' | 'capital' | 'city' | 'region' | 'demonym' | 'org' | 'person' | 'title';

/**
 * How an entry's tokens must match the text:
 * exact — same characters (names from mixed-case sources: `Iran`, `US`);
 * cap — same letters ignoring case, each text token capitalised (names from the upper-case Phoenix
 *   dictionaries: `Hassan Rouhani`), lower-case particles (`al-`, `bin`, `of`) allowed inside;
 * any — same letters ignoring case (`spokesman`, `Secretary of State`).
 */
type Mode = 'exact' | 'cap' | 'any';

interface Entry {
  /** The tokens as written; kept for `exact` entries only (the trie holds the lower-cased ones). */
  readonly surface: readonly string[] | null;
  readonly mode: Mode;
  kinds: readonly GazetteerKind[];
  /** Labels for the first token and for the others, built once. */
  begin: readonly string[];
  inside: readonly string[];
}

/** A gazetteer hit over tokens `[start, end)`. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly GazetteerKind[];
}

/** A trie over lower-cased tokens; `entries` are the entries that end at this node. */
interface Node {
  next: Map<string, Node> | null;
  entries: Entry[] | null;
}
const root: Node = { next: new Map(), entries: null };
/**
 * The same trie restricted to the entries a token starting with `a`–`z` can begin: `any` entries and
 * `exact` ones written in lower case (a `cap` entry needs a capital first token). Four tokens in five
 * start in lower case and almost none of them begins such an entry, so most probes end here, in a small
 * Map. Entries keep their order, so matches are those of `root`.
 */
const lowerStartRoot: Node = { next: new Map(), entries: null };
const byId = new Map<string, Entry>();

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

function add(words: readonly string[], mode: Mode, kind: GazetteerKind): void {
  if (words.length === 0 || words.some((w) => w.length === 0)) return;
  const id = `${mode}\u0001${mode === 'exact' ? words.join(' ') : words.join(' ').toLowerCase()}`;
  const had = byId.get(id);
  if (had) {
    if (!had.kinds.includes(kind)) had.kinds = [...had.kinds, kind];
    return;
  }
  const lower = words.map((w) => w.toLowerCase());
  const entry: Entry = { surface: mode === 'exact' ? words : null, mode, kinds: [kind], begin: [], inside: [] };
  byId.set(id, entry);
  insert(root, lower, entry);
  if (mode === 'any' || (mode === 'exact' && isLowerAscii((words[0] as string).charCodeAt(0)))) insert(lowerStartRoot, lower, entry);
}

function insert(trie: Node, lower: readonly string[], entry: Entry): void {
  let node = trie;
  for (const w of lower) {
    node.next ??= new Map();
    let child = node.next.get(w);
    if (!child) {
      child = { next: null, entries: null };
      node.next.set(w, child);
    }
    node = child;
  }
  (node.entries ??= []).push(entry);
}

const split = (name: string): string[] => name.split(' ');
const tokensOf = (name: string): string[] => tokenize(name).map((t) => t.text);

function load(): void {
  for (const t of TITLES_ANY) add(tokensOf(t), 'any', 'title');
  for (const t of TITLES_CAP) add(tokensOf(t), 'exact', 'title');
  // Only the any-case titles get a canonical spelling: the capitalised-only ones matched as written.
  for (const t of TITLES_ANY) {
    const key = tokensOf(t).join(' ').toLowerCase();
    if (!titleCase.has(key)) titleCase.set(key, t);
  }
  const titles = new Set([...titleCase.keys(), ...TITLES_CAP.map((t) => tokensOf(t).join(' ').toLowerCase())]);
  for (const p of PLACE_NAMES) add(p.words, 'exact', p.kind);
  for (const row of PERSONS_TSV.split('\n')) add(split(row.slice(0, row.indexOf('\t'))), 'cap', 'person');
  for (const row of ORGS_TSV.split('\n')) {
    const name = row.slice(0, row.indexOf('\t'));
    if (titles.has(name.toLowerCase())) continue; // `Secretary Of State` is listed as an actor there
    // Upper-case acronyms (`IRGC`) must match exactly; spelled-out names are title-cased in the data.
    add(split(name), /^[A-Z0-9-]+$/.test(name) ? 'exact' : 'cap', 'org');
  }
  for (const name of HAND_ORG_NAMES) add(tokensOf(name), 'exact', 'org');
  for (const row of PERSONS_HAND_TSV.split('\n')) add(tokensOf(row.slice(0, row.indexOf('|'))), 'exact', 'person');
  // Entries with the same kinds share one kinds array and one pair of label arrays.
  const shared = new Map<string, Pick<Entry, 'kinds' | 'begin' | 'inside'>>();
  for (const e of byId.values()) {
    const sig = e.kinds.join(',');
    let labels = shared.get(sig);
    if (!labels) {
      labels = {
        kinds: Object.freeze([...e.kinds]),
        begin: Object.freeze(e.kinds.map((k) => `B-${k}`)),
        inside: Object.freeze(e.kinds.map((k) => `I-${k}`)),
      };
      shared.set(sig, labels);
    }
    e.kinds = labels.kinds;
    e.begin = labels.begin;
    e.inside = labels.inside;
  }
  entryCount = byId.size;
  byId.clear();
}
let entryCount = 0;
/** Title (lower-cased, space-joined tokens) → its spelling in the title lists. */
const titleCase = new Map<string, string>();
load();

/**
 * The first level of `root` under the Title Case spelling of each ASCII key (`iran` → `Iran`): a
 * capitalised ASCII token finds its node as written, without a lower-cased copy to allocate and hash.
 * For such a token `titleCaseFirst.get(token)` is `root.next.get(token.toLowerCase())`.
 */
const titleCaseFirst = new Map<string, Node>();
for (const [key, node] of root.next ?? []) {
  if (isLowerAscii(key.charCodeAt(0)) && isAsciiWithoutCapitals(key, 1)) titleCaseFirst.set(key.charAt(0).toUpperCase() + key.slice(1), node);
}

/**
 * A title as the lists spell it (`secretary of state` → `Secretary of State`); undefined when the text
 * is not a listed title.
 */
export function canonicalTitle(text: string): string | undefined {
  return titleCase.get(tokensOf(text).join(' ').toLowerCase());
}

/** Lower-case particles allowed inside a capitalised name (`Asaib Ahl al-Haq`, `Mohammed bin Salman`). */
const PARTICLE = /^(?:of|the|and|for|de|del|la|le|du|van|von|der|bin|ibn|bint|al|el|da|di|on|in|ul|e|i)$|^(?:al|el|ad|ash|as|an|ar|at|az|ul)-/;

/** Whether `word` (whose lower case already equals the entry's token `i`) satisfies the entry's mode. */
function tokenMatches(entry: Entry, i: number, word: string): boolean {
  switch (entry.mode) {
    case 'exact':
      return word === entry.surface?.[i];
    case 'any':
      return true;
    case 'cap': {
      const c = word.charCodeAt(0);
      const upper = c >= 65 && c <= 90 ? true : c > 127 ? word[0] !== word[0]?.toLowerCase() : false;
      return upper || (i > 0 && PARTICLE.test(word));
    }
  }
}

/** The first-level node for token `i`, if some entry begins with it. */
function firstNode(words: readonly string[], lower: Lowered, i: number): Node | undefined {
  const word = words[i] as string;
  const c = word.charCodeAt(0);
  if (isLowerAscii(c)) return lowerStartRoot.next?.get(lowerAt(words, lower, i));
  if (c >= 65 && c <= 90 && isAsciiWithoutCapitals(word, 1)) return titleCaseFirst.get(word);
  return root.next?.get(lowerAt(words, lower, i));
}

/** Gazetteer hits over `words`, left to right, longest match first, non-overlapping. */
export function matchGazetteer(words: readonly string[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const lower: Lowered = new Array(words.length);
  for (let i = 0; i < words.length; ) {
    const found = longestAt(words, lower, i);
    if (found) {
      out.push({ start: i, end: i + found.length, kinds: found.kinds });
      i += found.length;
    } else i++;
  }
  return out;
}

interface Found {
  readonly length: number;
  readonly kinds: readonly GazetteerKind[];
  readonly entries: readonly Entry[];
}

const endNodes: Node[] = [];
const endDepths: number[] = [];

/** The longest entry (or entries, when several of one length match) starting at token `i`. */
function longestAt(words: readonly string[], lower: Lowered, i: number): Found | null {
  // Walk the trie as deep as the lower-cased tokens allow, remembering the nodes that end entries
  // (module-level scratch arrays: this runs for every token and should not allocate).
  let node: Node | undefined = firstNode(words, lower, i);
  if (!node) return null;
  let depth = 1;
  let count = 0;
  for (;;) {
    if (node.entries) {
      endNodes[count] = node;
      endDepths[count++] = depth;
    }
    if (!node.next || i + depth >= words.length) break;
    node = node.next.get(lowerAt(words, lower, i + depth));
    if (!node) break;
    depth++;
  }
  // Deepest first: the first depth where some entry's case rule holds wins.
  for (let k = count - 1; k >= 0; k--) {
    const end = endNodes[k] as Node;
    const length = endDepths[k] as number;
    let best: Entry[] | null = null;
    for (const e of end.entries as Entry[]) {
      let ok = true;
      for (let t = 0; t < length && ok; t++) ok = tokenMatches(e, t, words[i + t] as string);
      if (ok) (best ??= []).push(e);
    }
    if (!best) continue;
    const only = best[0] as Entry;
    if (best.length === 1) return { length, kinds: only.kinds, entries: best };
    const kinds: GazetteerKind[] = [];
    for (const e of best) for (const kind of e.kinds) if (!kinds.includes(kind)) kinds.push(kind);
    return { length, kinds, entries: best };
  }
  return null;
}

/** Lower-cased tokens, filled as the walk reaches them (most tokens are never looked up past the first). */
type Lowered = (string | undefined)[];

function lowerAt(words: readonly string[], lower: Lowered, k: number): string {
  return (lower[k] ??= lowerWord(words[k] as string));
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * For each token, the BIO labels of the gazetteer entries matched over the sequence (`B-country`,
 * `I-person`, `B-title`…); an empty array where nothing matched. Longest match wins; a span that is
 * several kinds at once (`Tehran` is a capital) carries all of them.
 */
export function gazetteerLabels(words: readonly string[]): readonly (readonly string[])[] {
  return matchDocument(words).labels;
}

/**
 * The gazetteer over all the tokens of one document, matched once: `matches` as
 * `matchGazetteer(words)` gives them (the entity steps), `labels` as `gazetteerLabels(words)` (the
 * tagger reads them sentence by sentence through `sentenceLabels`).
 */
export interface DocumentGazetteer {
  readonly words: readonly string[];
  readonly matches: readonly GazetteerMatch[];
  readonly labels: readonly (readonly string[])[];
}

/** `matchGazetteer` and `gazetteerLabels` of `words` in one scan. */
export function matchDocument(words: readonly string[]): DocumentGazetteer {
  const matches: GazetteerMatch[] = [];
  const labels: (readonly string[])[] = new Array(words.length);
  const lower: Lowered = new Array(words.length);
  for (let i = 0; i < words.length; ) {
    const found = longestAt(words, lower, i);
    if (!found) {
      labels[i++] = NONE;
      continue;
    }
    matches.push({ start: i, end: i + found.length, kinds: found.kinds });
    if (found.entries.length === 1) {
      const e = found.entries[0] as Entry;
      labels[i] = e.begin;
      for (let k = 1; k < found.length; k++) labels[i + k] = e.inside;
    } else {
      labels[i] = found.kinds.map((k) => `B-${k}`);
      const inside = found.kinds.map((k) => `I-${k}`);
      for (let k = 1; k < found.length; k++) labels[i + k] = inside;
    }
    i += found.length;
  }
  return { words, matches, labels };
}

/** Whether token `i` continues a match that began before it (its labels are `I-…`). */
function continuesMatch(doc: DocumentGazetteer, i: number): boolean {
  const first = doc.labels[i]?.[0];
  return first !== undefined && first.charCodeAt(0) === 73; // 'I'
}

/**
 * `gazetteerLabels` of the words `[from, to)` of a document, read off its document-wide matches; null
 * when a match crosses `from` or `to` (then the caller matches the sentence on its own). Why equal:
 * the scan visits `from` (no match covers it from before), and each longest match it finds inside ends
 * by `to`, so it is also the longest match within the words `[from, to)` — cutting the words off at
 * `to` only removes longer, crossing candidates.
 */
export function sentenceLabels(doc: DocumentGazetteer, from: number, to: number): readonly (readonly string[])[] | null {
  if (continuesMatch(doc, from) || (to < doc.labels.length && continuesMatch(doc, to))) return null;
  return doc.labels.slice(from, to);
}

/** Number of indexed entries (for the README and the load-time report). */
export function gazetteerSize(): number {
  return entryCount;
}
