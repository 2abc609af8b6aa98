/**
 * Turns one number in a sentence into a Fact, or explains why not: reads the number, any range,
 * currency, qualifier and unit around it, then finds what it is about and whether it moved.
 */
import type { Fact } from '../../model/index.ts';
import { formatAbout } from './about.ts';
import { CHANGE_NOUNS, CHANGE_VERBS, LEVEL_VERBS, type Change } from './data/change-words.ts';
import { DURATION_PREPOSITIONS } from './data/phrase-words.ts';
import { ADDITIONAL_WORDS, QUALIFIERS } from './data/qualifiers.ts';
import { RELATIVE_DATE_PREPOSITIONS, RELATIVE_TIME_WORDS, WINDOW_WORDS } from './data/time-context.ts';
import { CURRENCY_BEFORE, UNITS_AFTER, type UnitEntry, type UnitKind } from './data/units.ts';
import { rejectReason } from './guards.ts';
import { readNumeral, type Numeral } from './numeral.ts';
import { clauseBefore, locativeAfter, phraseAfter, phraseAfterPreposition, phraseBefore, type TokenRange } from './phrase.ts';
import type { TokenContext } from './token-context.ts';

export type FactDraft = Omit<Fact, 'id'>;

export type ReadResult =
  | { readonly fact: FactDraft; readonly last: number }
  | { readonly skipped: string; readonly last: number };

/** Entries indexed by their first token, longest first: built once. */
function indexByFirst<T extends { tokens: readonly string[] }>(entries: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const e of entries) {
    const key = e.tokens[0] ?? '';
    const list = map.get(key) ?? [];
    list.push(e);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
}
const UNIT_INDEX = indexByFirst(UNITS_AFTER);
const QUALIFIER_BY_LAST = (() => {
  const map = new Map<string, (typeof QUALIFIERS)[number][]>();
  for (const q of QUALIFIERS) {
    const key = q.tokens[q.tokens.length - 1] ?? '';
    map.set(key, [...(map.get(key) ?? []), q].sort((a, b) => b.tokens.length - a.tokens.length));
  }
  return map;
})();

function matches(lower: readonly string[], at: number, tokens: readonly string[], end: number): boolean {
  if (at < 0 || at + tokens.length > end) return false;
  return tokens.every((t, k) => lower[at + k] === t);
}

function unitAfter(ctx: TokenContext, at: number, end: number): { entry: UnitEntry; last: number } | null {
  for (const entry of UNIT_INDEX.get(ctx.lower[at] ?? '') ?? []) {
    if (matches(ctx.lower, at, entry.tokens, end)) return { entry, last: at + entry.tokens.length - 1 };
  }
  return null;
}

function qualifierBefore(ctx: TokenContext, before: number, begin: number): { canonical: string; first: number } | null {
  for (const q of QUALIFIER_BY_LAST.get(ctx.lower[before] ?? '') ?? []) {
    const first = before - q.tokens.length + 1;
    if (first >= begin && matches(ctx.lower, first, q.tokens, before + 1)) return { canonical: q.canonical, first };
  }
  return null;
}

const RANGE_WORDS = new Set(['-', '–', '—', 'to']);

/** Reads the fact whose number starts at token `i` of the sentence `[begin, end)`. */
export function readFact(ctx: TokenContext, i: number, begin: number, end: number): ReadResult | null {
  const { lower, tokens } = ctx;
  const n: Numeral | null = readNumeral(tokens, lower, i, end);
  if (!n) return null;
  const reason = rejectReason(ctx, n, begin, end);
  if (reason) return { skipped: reason, last: n.last };

  let inDuration = false;
  for (let k = n.first; k <= n.last; k++) {
    const t = ctx.timexAt[k] ?? -1;
    if (t < 0) continue;
    if (ctx.timexes[t]?.type !== 'DURATION') return { skipped: 'inside a time expression', last: n.last };
    inDuration = true;
  }

  let quantity = n.value;
  let last = n.last;
  let qualifier: string | null = null;
  let unit: string | undefined;
  let unitKind: UnitKind | undefined;

  // Currency before: `$1.5 billion`, `US$ 3`.
  let first = n.first;
  const currency = CURRENCY_BEFORE.get(lower[first - 1] ?? '');
  if (currency && first - 1 >= begin) {
    unit = currency;
    unitKind = 'currency';
    first--;
    if (lower[first] === '$' && lower[first - 1] === 'us' && tokens[first - 1]?.end === tokens[first]?.start) first--;
  }

  // Range: `3,000-3,500`, `between 2 and 3 million`.
  const between = lower[first - 1] === 'between';
  const joiner = lower[last + 1] ?? '';
  if (RANGE_WORDS.has(joiner) || (between && joiner === 'and')) {
    const upper = readNumeral(tokens, lower, last + 2, end);
    if (upper) {
      const lowerValue = n.scaled ? n.value : Number((n.base * (upper.value / upper.base)).toPrecision(12));
      if (upper.value > lowerValue) {
        quantity = lowerValue;
        qualifier = `between ${lowerValue} and ${upper.value}`;
        last = upper.last;
        if (between) first--;
      }
    }
  }
  if (!qualifier) {
    const q = qualifierBefore(ctx, first - 1, begin);
    if (q) { qualifier = q.canonical; first = q.first; }
  }
  const additional = ADDITIONAL_WORDS.has(lower[first - 1] ?? '') && lower[first - 1] !== 'more';

  // Unit after: `4.5 %`, `444 days`, `10km`.
  let unitLast = last;
  if (n.gluedUnit) { unit = n.gluedUnit.unit; unitKind = n.gluedUnit.kind; }
  else if (!unit || unitKind === 'currency') {
    const found = unitAfter(ctx, last + 1, end);
    if (found && !(unitKind === 'currency' && found.entry.kind === 'currency')) {
      unit = found.entry.unit;
      unitKind = found.entry.kind;
      unitLast = found.last;
    } else if (found && unitKind === 'currency') {
      unitLast = found.last; // `$5 million dollars`
    }
  }

  if (inDuration && unitKind !== 'time') return { skipped: 'inside a time expression', last: unitLast };
  if (unitKind === 'time') {
    // `nine month earnings`, `a 30 year old`: a singular unit after a plural number is a modifier.
    if (quantity !== 1 && !/s$/.test(lower[unitLast] ?? '')) return { skipped: 'modifier', last: unitLast };
    if (RELATIVE_TIME_WORDS.has(lower[unitLast + 1] ?? '')) return { skipped: 'relative date', last: unitLast };
    const before = lower[first - 1] === 'the' ? first - 2 : first - 1;
    if (WINDOW_WORDS.has(lower[before] ?? '') || WINDOW_WORDS.has(lower[first - 1] ?? '')) return { skipped: 'time window', last: unitLast };
    if (RELATIVE_DATE_PREPOSITIONS.has(lower[first - 1] ?? '') && lower[unitLast + 1] !== 'of') return { skipped: 'relative date', last: unitLast };
  }

  // Change: `soared by 4.5%`, `cut 3,000 jobs`, `a 4.5% rise in`, `an increase of 3,000`.
  let change: Change | undefined;
  let verb = first - 1;
  if (lower[verb] === 'by' || lower[verb] === 'to' || lower[verb] === 'at') verb--;
  change = verb >= begin ? CHANGE_VERBS.get(lower[verb] ?? '') : undefined;
  let subjectVerb = change ? verb : -1;
  if (subjectVerb < 0 && first - 1 >= begin && LEVEL_VERBS.has(lower[first - 1] ?? '') && lower[first - 1] !== 'of') subjectVerb = first - 1;
  if (subjectVerb < 0 && verb >= begin && verb !== first - 1 && LEVEL_VERBS.has(lower[verb] ?? '')) subjectVerb = verb;
  let after = unitLast + 1;
  // A conversion in brackets after a unit (`30 km (14 miles) outside`) is read past.
  if (unitKind !== undefined && lower[after] === '(') {
    for (let k = after + 1; k < Math.min(end, after + 6); k++) if (lower[k] === ')') { after = k + 1; break; }
  }
  const nounChange = CHANGE_NOUNS.get(lower[after] ?? '');
  if (nounChange && unitKind !== undefined) { change = nounChange; after++; }
  if (!change && lower[first - 1] === 'of') change = CHANGE_NOUNS.get(lower[first - 2] ?? '');

  // What it is about.
  let about: TokenRange | null = null;
  let side: 'right' | 'left' = 'right';
  const next = lower[after] ?? '';
  if (nounChange && unitKind !== undefined) {
    if (next === 'in' || next === 'of') about = phraseAfterPreposition(ctx, after, end);
  } else if (unitKind === undefined) {
    if (next === 'of' && !n.spelled) about = phraseAfterPreposition(ctx, after, end);
    else if (next !== 'of') about = phraseAfter(ctx, after, end);
  } else if (next === 'of' || (next === 'in' && unitKind === 'currency')) {
    about = phraseAfterPreposition(ctx, after, end);
  } else if (unitKind === 'currency' && ['a', 'an', 'the'].includes(lower[first - 1] ?? '')) {
    about = phraseAfter(ctx, after, end);
  } else if (unitKind === 'length') {
    about = locativeAfter(ctx, after, end);
  }
  // A bare count with nothing after it (`equates to five`) stays unread; a measure or a change looks left.
  if (!about && subjectVerb >= begin && (unitKind !== undefined || change)) {
    about = phraseBefore(ctx, subjectVerb, begin);
    side = 'left';
  }
  // A measure with nothing after it takes the words before it (`a bribe of 140 million rupees`).
  if (!about && unitKind !== undefined && unitKind !== 'percent' && !change) {
    const k = DURATION_PREPOSITIONS.has(lower[first - 1] ?? '') ? first - 2 : first - 1;
    about = clauseBefore(ctx, k, begin);
    side = 'left';
  }
  if (!about) return { skipped: 'nothing it is about', last: unitLast };
  if (side === 'right' && unitKind === undefined && isProperName(ctx, about)) return { skipped: 'a ranked name', last: about.last };
  // A bare `one` is mostly an article (`one place`, `one highlight`); it counts only a named thing (`one American`).
  if (n.spelled && n.value === 1 && !n.scaled && unitKind === undefined && findEntity(ctx, about, side) === undefined) {
    return { skipped: 'bare one', last: n.last };
  }

  const aboutFirst = tokens[about.first];
  const aboutLast = tokens[about.last];
  const spanFirst = tokens[first];
  const spanLast = tokens[unitLast];
  if (!aboutFirst || !aboutLast || !spanFirst || !spanLast) return null;
  let subject = ctx.text.slice(aboutFirst.start, aboutLast.end);
  if (side === 'right' && lower[about.first] === 'more') subject = `additional${subject.slice(4)}`;
  if (additional && !subject.startsWith('additional')) subject = `additional ${subject}`;
  if (subject === 'additional') return { skipped: 'nothing it is about', last: about.last }; // `39 more`

  const entity = findEntity(ctx, about, side);
  const fact: FactDraft = {
    start: Math.min(spanFirst.start, aboutFirst.start),
    end: Math.max(spanLast.end, aboutLast.end),
    quantity,
    ...(unit ? { unit } : {}),
    about: formatAbout(subject, qualifier),
    ...(entity ? { entity } : {}),
    ...(change ? { change } : {}),
  };
  return { fact, last: Math.max(unitLast, side === 'right' ? about.last : unitLast) };
}

/**
 * A phrase of capitalised words only (`1 Lauren Bacall`, `50 Coolest Moments`, `100 G`) is a
 * ranking or a title, not a count — unless it names a people (`15 Pakistanis`, `one American`).
 */
function isProperName(ctx: TokenContext, about: TokenRange): boolean {
  for (let k = about.first; k <= about.last; k++) if (!/^\p{Lu}/u.test(ctx.tokens[k]?.text ?? '')) return false;
  const m = ctx.mentionAt[about.last] ?? -1;
  const type = m >= 0 ? ctx.entityType.get(ctx.mentions[m]?.entity ?? '') : undefined;
  if (type === 'NORP') return false;
  const single = about.first === about.last;
  return !(single && /\p{Ll}s$/u.test(ctx.tokens[about.last]?.text ?? ''));
}

/**
 * The entity counted or measured: on the left (`Brent oil soared`) any named mention in the
 * subject; on the right only a mention that is the phrase's head (`one American`), since a
 * modifier (`52 Iranian sites`) names an owner, not the thing counted.
 */
function findEntity(ctx: TokenContext, about: TokenRange, side: 'right' | 'left'): string | undefined {
  if (side === 'right') {
    const m = ctx.mentionAt[about.last] ?? -1;
    return m >= 0 ? ctx.mentions[m]?.entity : undefined;
  }
  for (let k = about.first; k <= about.last; k++) {
    const m = ctx.mentionAt[k] ?? -1;
    if (m >= 0) return ctx.mentions[m]?.entity;
  }
  return undefined;
}
