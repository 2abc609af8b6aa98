/**
 * Repairs of a tagger span that is not one clean name: a title fragment (`Foreign Affairs` before
 * `Minister`), a generic head noun alone (`Army`, `Embassy`), a time-zone name (`Universal Time`), two
 * names glued by a possessive (`… Guard Corps' Quds Force`), an organisation with a titled person in it
 * (`UN Special Rapporteur Jane Doe`), a stance prefix (`pro-Iran`) or a trailing function word.
 * Each rule is general; developed on OntoNotes dev and the seeds' system output.
 */
import type { EntityType } from '../../model/index.ts';
import { lookupDemonym, lookupPlace } from '../gazetteer/index.ts';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './data/context-words.ts';
import { COMMODITY_NAMES, GENERIC_HEADS, STANCE_PREFIX, TIME_ZONE, TRAILING_FUNCTION_WORDS } from './data/not-names.ts';
import type { DocView } from './doc-view.ts';

/** One name left after repair: tokens `[ts, te)`; `cut` characters dropped from the first token (`pro-`). */
export interface SpanPiece {
  readonly ts: number;
  readonly te: number;
  readonly type: EntityType;
  readonly cut: number;
}

const isCapitalisedWord = (w: string): boolean => /^\p{Lu}/u.test(w);
const POSSESSIVE = /^(?:['’]s?)$/;

/** True when token `i` is (inside) a title: a gazetteer title or a capitalised role noun. */
function titleAt(view: DocView, i: number): { from: number; to: number } | null {
  const gm = view.gazetteerCovering(i);
  if (gm && gm.kinds.includes('title')) return { from: gm.start, to: gm.end };
  const w = view.words[i] ?? '';
  if (isCapitalisedWord(w) && ROLE_NOUNS.has(w.toLowerCase())) return { from: i, to: i + 1 };
  return null;
}

/** A word that only qualifies a title (`Foreign`, `Affairs`, `Junior`, `Deputy`). */
const isModifier = (w: string): boolean => ROLE_MODIFIERS.has(w.toLowerCase());

/** A country or nationality word (`French`, `US`), which may open a title (`French Foreign Minister`). */
const isCountryWord = (w: string): boolean => {
  if (!isCapitalisedWord(w)) return false;
  if (lookupDemonym(w)) return true;
  return lookupPlace(w)?.kind === 'country';
};

function textOf(view: DocView, ts: number, te: number): string {
  return view.textOf(ts, te);
}

/** A span that is not a name at all: time zone, commodity benchmark, a generic head noun alone. */
function isNotAName(view: DocView, ts: number, te: number, cut: number): boolean {
  const text = textOf(view, ts, te).slice(cut).toLowerCase();
  if (TIME_ZONE.test(text) || COMMODITY_NAMES.has(text)) return true;
  return te - ts === 1 && GENERIC_HEADS.has(text);
}

/**
 * `French Junior Foreign Affairs` right before `Minister`: the modifiers belong to the title. Trailing
 * modifiers are cut off; what is left is kept only if it is more than modifiers (`French`).
 */
function cutTitleModifiers(view: DocView, ts: number, te: number): number {
  if (!titleAt(view, te)) return te;
  let end = te;
  while (end > ts && isModifier(view.words[end - 1] ?? '')) end--;
  if (end === te) return te;
  // Only when the span is a title's front: modifiers and country words, nothing else.
  for (let i = ts; i < end; i++) if (!isCountryWord(view.words[i] ?? '')) return te;
  return end;
}

/** `UN Special Rapporteur Jane Doe` tagged as one organisation: the organisation, then the person. */
function splitTitledPerson(view: DocView, ts: number, te: number, type: EntityType): SpanPiece[] | null {
  if (COMPANY_SUFFIX.test(view.words[te - 1] ?? '')) return null;
  for (let i = ts + 1; i < te - 2; i++) {
    const title = titleAt(view, i);
    if (!title || title.from <= ts || title.to > te - 2) continue;
    const person = view.words.slice(title.to, te);
    if (!person.every((w) => isCapitalisedWord(w) && !isModifier(w) && !ROLE_NOUNS.has(w.toLowerCase()))) continue;
    let headEnd = title.from;
    while (headEnd > ts && isModifier(view.words[headEnd - 1] ?? '')) headEnd--;
    const pieces: SpanPiece[] = [];
    if (headEnd > ts) pieces.push({ ts, te: headEnd, type, cut: 0 });
    pieces.push({ ts: title.to, te, type: 'PERSON', cut: 0 });
    return pieces;
  }
  return null;
}

/**
 * Splits at a possessive inside the span when the owner is a name of its own: a gazetteer entry (`Iran's
 * Revolutionary Guards` → `Iran`, `Revolutionary Guards`) or a longer name with a plural possessive
 * (`… Guard Corps' Quds Force`). `St. Paul's Cathedral`, `Moody's Investors Service` stay whole.
 */
function splitAtPossessive(view: DocView, ts: number, te: number): [number, number] | null {
  for (let k = ts + 1; k < te - 1; k++) {
    const mark = view.words[k] ?? '';
    if (!POSSESSIVE.test(mark) || !isCapitalisedWord(view.words[k + 1] ?? '')) continue;
    const known = view.gazetteerStartingAt(ts);
    const ownerKnown = known !== undefined && known.end === k && !known.kinds.includes('title');
    const pluralOwner = (mark === "'" || mark === '’') && k - ts >= 2;
    if (ownerKnown || pluralOwner) return [k, k + 1];
  }
  return null;
}

/** Company suffixes: a span ending in one is an organisation, never a titled person (`General Motors Corp.`). */
const COMPANY_SUFFIX = /^(?:co|corp|inc|ltd|plc|llc|ag|sa|gmbh|group|company|corporation)\.?$/i;

/** The names a (trimmed) non-person tagger span `[ts, te)` really holds: none, itself, or its parts. */
export function repairSpan(view: DocView, type: EntityType, ts: number, te: number): SpanPiece[] {
  if (type === 'PERSON') return isNotAName(view, ts, te, 0) ? [] : [{ ts, te, type, cut: 0 }];
  while (te - ts > 1 && TRAILING_FUNCTION_WORDS.has(view.words[te - 1] ?? '')) te--;
  const split = splitAtPossessive(view, ts, te);
  if (split) return [...repairSpan(view, type, ts, split[0]), ...repairSpan(view, type, split[1], te)];
  const titled = splitTitledPerson(view, ts, te, type);
  if (titled) return titled.flatMap((p) => (p.type === 'PERSON' ? [p] : repairSpan(view, p.type, p.ts, p.te)));
  const uncut = te;
  te = cutTitleModifiers(view, ts, te);
  if (te <= ts) return [];
  // What is left of `French Junior Foreign Affairs` is the nationality or country opening the title.
  if (te < uncut && te - ts === 1) type = lookupDemonym(view.words[ts] ?? '') ? 'NORP' : 'GPE';
  const prefix = STANCE_PREFIX.exec(view.words[ts] ?? '');
  const cut = prefix ? prefix[0].length : 0;
  if (isNotAName(view, ts, te, cut)) return [];
  if (cut > 0) {
    // `pro-Iran militias`: the country itself is named (a tagger NORP reading of the compound is dropped).
    const rest = textOf(view, ts, te).slice(cut);
    const place = lookupPlace(rest);
    return [{ ts, te, type: place?.kind === 'country' ? 'GPE' : type, cut }];
  }
  return [{ ts, te, type, cut: 0 }];
}
