/**
 * The name spans resolution works on: the tagger's spans minus those in credits and chrome, with their
 * types corrected by the gazetteer, plus countries, capitals and demonyms the tagger missed, plus
 * acronyms defined in the text (`Popular Mobilization Units (PMU)`) wherever they recur.
 */
import type { EntityType, NameSpan } from '../../model/index.ts';
import { lookupDemonym, lookupOrg, lookupPlace, lookupPlaces } from '../gazetteer/index.ts';
import type { GazetteerMatch } from '../gazetteer/index.ts';
import { creditZones, inZone } from './credits.ts';
import type { Candidate, DocView } from './doc-view.ts';
import { leadingTitleTokens } from './roles.ts';
import { repairSpan } from './span-repair.ts';
import { COUNTRY_FACILITY_NOUNS, FACILITY_NOUNS_AFTER } from './data/context-words.ts';
import { ORG_FINAL_WORDS } from './data/organisations.ts';

const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);

/** The type the gazetteer says a span has, or the tagger's type when the gazetteer does not know better. */
export function correctedType(type: EntityType, text: string): EntityType {
  if (!isCapitalised(text)) return type;
  if (type === 'GPE' || type === 'LOC') {
    if (lookupDemonym(text) && !lookupPlace(text)) return 'NORP';
  }
  if (type === 'GPE' || type === 'LOC' || type === 'FACILITY' || type === 'ORG' || type === 'NORP') {
    const place = lookupPlace(text);
    if (!place) {
      if (type === 'ORG' || type === 'NORP') return type;
      // A body of the hand list that is no place (`Kremlin`, `Pentagon`) is an organisation, as OntoNotes has
      // it; so is a name ending in an organisation's word (`Gulf Air`, `Tehran Times`).
      const last = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
      return lookupOrg(text) || (text.includes(' ') && ORG_FINAL_WORDS.has(last)) ? 'ORG' : type;
    }
    // A country named as NORP is the tagger's adjectival reading (`US officials`), which OntoNotes shares.
    if (place.kind === 'country') return type === 'NORP' ? 'NORP' : 'GPE';
    if (type === 'ORG' || type === 'NORP') return type; // `Tehran Times` is one span; `Americana` a NORP
    if (place.kind === 'capital' || place.kind === 'city') return type === 'FACILITY' ? type : 'GPE';
    if (place.kind === 'region') return place.gpe ? 'GPE' : type === 'GPE' ? 'LOC' : type;
  }
  return type;
}

/** Verbs and auxiliaries that open a clause's predicate right after its subject. */
const PREDICATE_OPENERS: ReadonlySet<string> = new Set([
  'had', 'has', 'was', 'is', 'would', 'will', 'did', 'said', 'says', 'told', 'added', 'warned', 'vowed', 'led', 'became', 'remains', 'who',
]);

/**
 * A lone capitalised word that the gazetteer does not know as a demonym, in the singular, right before
 * a verb ("Mahdavi had led the unit"): a surname, whatever the tagger's NORP reading of its `-i`
 * ending says. A nationality adjective does not stand alone before a verb, and its noun is plural.
 */
function loneWordBeforeVerb(view: DocView, ts: number, te: number, text: string): boolean {
  if (te - ts !== 1 || /s$/.test(text) || lookupDemonym(text)) return false;
  const next = view.words[te];
  return next !== undefined && PREDICATE_OPENERS.has(next);
}

function fromNames(view: DocView, names: readonly NameSpan[], zones: ReturnType<typeof creditZones>): Candidate[] {
  const out: Candidate[] = [];
  for (const n of names) {
    if (n.type === 'OTHER' || inZone(zones, n.start, n.end)) continue;
    const ts = view.tokenAtOrAfter(n.start);
    const te = view.tokenAtOrAfter(n.end);
    if (te <= ts) continue;
    const [a, b] = trimmed(view, n.type, ts, te);
    if (b <= a || insideTitle(view, a, b, n.type)) continue;
    for (const piece of repairSpan(view, n.type, a, b)) {
      if (piece.type !== n.type && piece.type === 'PERSON' && insideTitle(view, piece.ts, piece.te, piece.type)) continue;
      const start = (view.tokens[piece.ts] as { start: number }).start + piece.cut;
      const end = (view.tokens[piece.te - 1] as { end: number }).end;
      const text = view.text.slice(start, end);
      const type = loneWordBeforeVerb(view, piece.ts, piece.te, text) && piece.type === 'NORP' ? 'PERSON' : correctedType(piece.type, text);
      out.push({ start, end, ts: piece.ts, te: piece.te, type, text, from: 'tagger' });
    }
  }
  return out;
}

/** A span that is part of a title (`State` of `Secretary of State`, `Defense` of `Defense Secretary`) or a bare title. */
function insideTitle(view: DocView, ts: number, te: number, type: EntityType): boolean {
  const m = view.gazetteerCovering(ts);
  if (m === undefined || !m.kinds.includes('title') || m.start > ts || te > m.end) return false;
  // A whole title taken for a name (`President` as PERSON) goes too, unless the title is also a name.
  return m.end - m.start > te - ts || ((type === 'PERSON' || type === 'ORG') && m.kinds.length === 1);
}

const PARTICLE = /^(?:al|el|bin|ibn|bint|de|del|da|di|van|von|der|du|la|le|ul|abu)$|^(?:al|el|ad|ash|as|an|ar|at|az|ul)-/;

/**
 * The tokens of a tagger span that are the name: no leading article, no trailing possessive or
 * punctuation; for people, no leading titles (`General`, `Mr.`) and nothing up to the last lower-case
 * word that is not a name particle (`… gegen Qassem Soleimani` → `Qassem Soleimani`).
 */
function trimmed(view: DocView, type: EntityType, ts: number, te: number): [number, number] {
  const w = view.words;
  while (te > ts && /^(?:['’]s|['’]|[^\p{L}\p{N}])$/u.test(w[te - 1] as string)) te--;
  while (te - ts > 1 && /^(?:the|The|THE|[^\p{L}\p{N}])$/u.test(w[ts] as string)) ts++;
  if (type !== 'PERSON') return [ts, te];
  for (let i = te - 2; i > ts; i--) {
    const word = w[i] as string;
    if (/^\p{Ll}/u.test(word) && !PARTICLE.test(word)) {
      ts = i + 1;
      break;
    }
  }
  return [ts + leadingTitleTokens(view, ts, te), te];
}

const FALLBACK_KINDS = new Set(['country', 'capital', 'demonym']);
/** Function words: a demonym before them is used as a noun (`in Chinese and English`), often a language. */
const CLOSED_CLASS = new Set([
  'and', 'or', 'but', 'nor', 'in', 'at', 'to', 'of', 'for', 'from', 'with', 'by', 'on', 'as', 'than', 'because', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'that', 'which', 'who',
  'if', 'when', 'while', 'so', 'too', 'very', 'well', 'not', 'also', 'only', 'then', 'there', 'here', 'into', 'about',
]);
/** A country or demonym before one of these is part of a currency or a language name, not a name. */
const NOT_AFTER_FALLBACK = new Set([
  'dollar', 'dollars', 'yuan', 'pound', 'pounds', 'rial', 'rials', 'riyal', 'riyals', 'dinar', 'dinars', 'euro', 'euros',
  'yen', 'won', 'rupee', 'rupees', 'lira', 'ruble', 'rubles', 'rouble', 'roubles', 'franc', 'francs', 'shekel', 'shekels',
  'language', 'languages', 'dialect', 'translation', 'speakers', 'speaking', 'speaker',
]);

/** A gazetteer hit the tagger missed that is unambiguously a country, capital or country demonym. */
function fallbackType(view: DocView, m: GazetteerMatch, taken: Uint8Array): EntityType | null {
  if (!m.kinds.every((k) => FALLBACK_KINDS.has(k))) return null;
  const text = view.textOf(m.start, m.end);
  if (!isCapitalised(text)) return null;
  // Part of a longer capitalised name the tagger and the gazetteer do not know (`Iran Air`, `Hotel Baghdad`).
  const next = view.words[m.end];
  if (next && isCapitalised(next) && /\p{L}/u.test(next) && !view.gazetteerStartingAt(m.end) && !taken[m.end]) return null;
  const prevIndex = m.start - 1;
  const prev = view.words[prevIndex];
  if (prev && prevIndex >= view.sentenceStart(m.start) + 1 && isCapitalised(prev) && /\p{L}/u.test(prev)) {
    if (!view.gazetteerEndingAt(prevIndex) && !taken[prevIndex]) return null;
  }
  const after = next?.toLowerCase() ?? '';
  if (NOT_AFTER_FALLBACK.has(after)) return null; // `US dollars`, `Chinese language`
  if (m.kinds.includes('demonym')) {
    // Adjectival (`Iranian officials`) or plural (`Iraqis`); a bare singular is often a language (`in English`).
    const adjectival = next !== undefined && /^\p{Ll}/u.test(next) && !CLOSED_CLASS.has(next);
    return lookupDemonym(text) && (adjectival || /s$/.test(text)) ? 'NORP' : null;
  }
  const places = lookupPlaces(text);
  const first = places[0];
  if (!first || !(first.kind === 'country' || first.kind === 'capital')) return null;
  if (places.some((p) => p.country !== first.country && (p.kind === 'country' || p.kind === 'capital'))) return null;
  return 'GPE';
}

/** Tokens of a lower-case facility noun right after token `te` (`airport`, `air base`), or 0. */
function facilityNounAfter(view: DocView, te: number): number {
  const one = view.words[te] ?? '';
  const two = `${one} ${view.words[te + 1] ?? ''}`;
  if (FACILITY_NOUNS_AFTER.has(two)) return 2;
  return FACILITY_NOUNS_AFTER.has(one) ? 1 : 0;
}

const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;

/** `Long Name (ACR)` where the acronym starts with the long name's initial. */
function acronymAfter(view: DocView, c: Candidate): string | null {
  if (view.words[c.te] !== '(' || view.words[c.te + 2] !== ')') return null;
  const acr = view.words[c.te + 1] ?? '';
  if (!ACRONYM.test(acr)) return null;
  const initial = c.text.replace(/^the\s+/i, '').charAt(0).toUpperCase();
  return acr.charAt(0) === initial ? acr : null;
}

export interface Candidates {
  readonly list: Candidate[];
  /** Acronym → the candidate of its long form. */
  readonly acronyms: Map<string, Candidate>;
}

export function collectCandidates(view: DocView, names: readonly NameSpan[]): Candidates {
  const zones = creditZones(view.text);
  const list = fromNames(view, names, zones);
  const taken = new Uint8Array(view.words.length + 1);
  const mark = (c: Candidate): void => {
    for (let i = c.ts; i < c.te; i++) taken[i] = 1;
  };
  list.forEach(mark);
  const free = (ts: number, te: number): boolean => {
    for (let i = ts; i < te; i++) if (taken[i]) return false;
    return true;
  };
  const add = (ts: number, te: number, type: EntityType, from: Candidate['from']): Candidate | null => {
    const start = view.tokens[ts]?.start ?? 0;
    const end = view.tokens[te - 1]?.end ?? 0;
    if (!free(ts, te) || inZone(zones, start, end)) return null;
    const c: Candidate = { start, end, ts, te, type, text: view.text.slice(start, end), from };
    list.push(c);
    mark(c);
    return c;
  };

  for (const m of view.gazetteerMatches()) {
    if (!free(m.start, m.end)) continue;
    const type = fallbackType(view, m, taken);
    if (type) add(m.start, m.end, type, 'gazetteer');
  }

  for (const c of list) {
    if (c.type !== 'GPE' && c.type !== 'LOC') continue;
    const noun = facilityNounAfter(view, c.te);
    if (noun === 0 || !free(c.te, c.te + noun)) continue;
    // `a US base` is a description; a country names only its missions (`US embassy`) this way.
    const article = view.words[c.ts - 1]?.toLowerCase();
    if (article === 'a' || article === 'an') continue;
    if (lookupPlace(c.text)?.kind === 'country' && !COUNTRY_FACILITY_NOUNS.has(view.words[c.te] ?? '')) continue;
    // `Baghdad airport`, `Balad base`, `US embassy`: the place names a facility.
    c.te += noun;
    c.end = (view.tokens[c.te - 1] as { end: number }).end;
    c.text = view.text.slice(c.start, c.end);
    c.type = 'FACILITY';
    mark(c);
  }

  const acronyms = new Map<string, Candidate>();
  for (const c of [...list]) {
    if (c.type === 'PERSON' || c.te - c.ts < 2) continue;
    const acr = acronymAfter(view, c);
    if (!acr || acronyms.has(acr)) continue;
    acronyms.set(acr, c);
  }
  if (acronyms.size > 0) {
    for (let i = 0; i < view.words.length; i++) {
      const word = view.words[i] as string;
      const owner = acronyms.get(word) ?? (/^[A-Z]{2,}s$/.test(word) ? acronyms.get(word.slice(0, -1)) : undefined);
      if (owner && !taken[i]) add(i, i + 1, owner.type, 'acronym');
    }
  }
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  return { list, acronyms };
}
