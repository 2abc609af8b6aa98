/**
 * The engine: the rules of the four tables are tried where their trigger words occur, overlapping
 * candidates are settled (earliest start, then longest, then rule order), each survivor is resolved
 * in document order against its anchor with the last mentioned date at hand, and clock times join
 * their dates. The compiled regexes below are shared, so every use sets `lastIndex` first.
 */
import type { Timex } from '../../model/index.ts';
import { parseAnchor, type Anchor } from './anchor.ts';
import { mergeClockWithDate, type Found } from './merge.ts';
import { CLOCK_RULES } from './rules-clock.ts';
import { DATE_RULES } from './rules-dates.ts';
import { DURATION_RULES } from './rules-durations.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { firstChars, mayBegin } from './first-chars.ts';
import { startsWord } from './patterns.ts';
import { directionAt, type Direction } from './tense.ts';
import type { ResolveContext, Rule } from './types.ts';

/** All rules; at equal span the earlier rule wins. */
export const RULES: readonly Rule[] = [...CLOCK_RULES, ...DATE_RULES, ...RELATIVE_RULES, ...DURATION_RULES];

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly rule: number;
  readonly match: RegExpExecArray;
}

/** Tells which anchor governs a text offset (a live-blog entry's time, else the publication date). */
export type AnchorAt = (offset: number) => string | null;

/** How far before its trigger word a match may start (`the comparable year-earlier quarter`). */
const LOOKBACK = 56;

/** Each rule's pattern, sticky: tried at one position at a time. */
const STICKY: readonly RegExp[] = RULES.map((rule) => new RegExp(rule.pattern.source, 'iy'));

/**
 * Per rule, 1 where a match may begin with that character: ASCII code units (a letter in either case),
 * slot 128 for `’`, the only other character a word start can hold (see first-chars.ts).
 */
const BEGIN_SLOTS = 129;
const CAN_BEGIN: Uint8Array = (() => {
  const table = new Uint8Array(RULES.length * BEGIN_SLOTS);
  RULES.forEach((rule, index) => {
    const first = firstChars(rule.pattern.source);
    for (let c = 0; c < 128; c++) table[index * BEGIN_SLOTS + c] = mayBegin(first, c) ? 1 : 0;
    table[index * BEGIN_SLOTS + 128] = mayBegin(first, 0x2019) ? 1 : 0;
  });
  return table;
})();

/** Whether rule `index` can match from a character `code` (any other character: not ruled out). */
function canBegin(index: number, code: number): boolean {
  const slot = code < 128 ? code : code === 0x2019 ? 128 : -1;
  return slot < 0 || CAN_BEGIN[index * BEGIN_SLOTS + slot] === 1;
}

/** Trigger word → the rules (indexes into RULES) it can start. */
const RULES_BY_TRIGGER: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  RULES.forEach((rule, index) => {
    for (const word of new Set(rule.trigger)) {
      const list = map.get(word) ?? [];
      list.push(index);
      map.set(word, list);
    }
  });
  return map;
})();

const NUMBER_RULES: readonly number[] = RULES_BY_TRIGGER.get('#') ?? [];
const YEAR_NUMBER_RULES: readonly number[] = [...NUMBER_RULES, ...(RULES_BY_TRIGGER.get('#4') ?? [])];

/**
 * Trigger words by shape: bit `last letter` of `TRIGGER_SHAPES[first letter * 16 + length]` is set when
 * some trigger word has that first letter, length and last letter. Most words fail this test, so they
 * are never cut out of the text, lower-cased and looked up (see README, Speed).
 */
const MAX_TRIGGER = 16;
const TRIGGER_SHAPES = new Uint32Array(26 * MAX_TRIGGER);
for (const word of RULES_BY_TRIGGER.keys()) {
  if (!/^[a-z]+$/.test(word) || word.length >= MAX_TRIGGER) continue; // `#`, `#4`: numbers are handled apart
  TRIGGER_SHAPES[(word.charCodeAt(0) - 97) * MAX_TRIGGER + word.length]! |= 1 << (word.charCodeAt(word.length - 1) - 97);
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The rules a trigger word `text.slice(from, to)` (ASCII letters) can start, if any. */
function rulesOfWord(text: string, from: number, to: number): readonly number[] | undefined {
  const length = to - from;
  if (length >= MAX_TRIGGER) return undefined;
  const shapes = TRIGGER_SHAPES[((text.charCodeAt(from) | 32) - 97) * MAX_TRIGGER + length]!;
  if ((shapes & (1 << ((text.charCodeAt(to - 1) | 32) - 97))) === 0) return undefined;
  return RULES_BY_TRIGGER.get(text.slice(from, to).toLowerCase());
}

/**
 * Every rule match in the text. A full regex scan per rule was slow (the patterns open with optional
 * words, so V8 cannot skip ahead), so the text is cut once into words (runs of ASCII letters or of
 * digits, by hand: a regex allocated a match per word) and each rule is tried, sticky, only at the word
 * starts shortly before one of its trigger words whose first character can begin it (CAN_BEGIN); a
 * match counts when it covers the trigger.
 */
function candidatesIn(text: string): Candidate[] {
  const found: Candidate[] = [];
  const starts: number[] = [];
  const tried = new Set<number>();
  const n = text.length;
  for (let p = 0; p < n; ) {
    const c = text.charCodeAt(p);
    const letter = isAsciiLetter(c);
    if (!letter && !isDigit(c)) {
      p++;
      continue;
    }
    const at = p++;
    if (letter) while (p < n && isAsciiLetter(text.charCodeAt(p))) p++;
    else while (p < n && isDigit(text.charCodeAt(p))) p++;
    if (startsWord(text, at)) starts.push(at);
    else if (at > 0 && isApostrophe(text.charCodeAt(at - 1)) && startsWord(text, at - 1)) starts.push(at - 1);
    const rules = letter ? rulesOfWord(text, at, p) : p - at === 4 ? YEAR_NUMBER_RULES : NUMBER_RULES;
    if (!rules || rules.length === 0) continue;
    // starts is sorted; walk back over the word starts within LOOKBACK of this trigger
    let first = starts.length - 1;
    while (first > 0 && starts[first - 1]! >= at - LOOKBACK) first--;
    for (const index of rules) {
      for (let i = first; i < starts.length; i++) {
        const start = starts[i]!;
        if (!canBegin(index, text.charCodeAt(start))) continue;
        const key = start * RULES.length + index;
        if (tried.has(key)) continue;
        const sticky = STICKY[index]!;
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        if (!match || match[0].length === 0 || start + match[0].length <= at) continue;
        tried.add(key);
        found.push({ start, end: start + match[0].length, rule: index, match });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Finds and normalises the time expressions of `text` against the anchor(s); offsets are into `text`. */
export function findTimexesWith(text: string, anchorAt: AnchorAt): Timex[] {
  return traceTimexes(text, anchorAt).map(({ rule: _rule, ...timex }) => timex);
}

/** As findTimexesWith, with the name of the rule behind each timex (error analysis in eval). */
export function traceTimexes(text: string, anchorAt: AnchorAt): (Timex & { readonly rule: string })[] {
  const parsed = new Map<string, Anchor | null>();
  const anchorFor = (offset: number): Anchor | null => {
    const value = anchorAt(offset);
    if (value === null) return null;
    if (!parsed.has(value)) parsed.set(value, parseAnchor(value));
    return parsed.get(value)!;
  };
  const accepted: Found[] = [];
  let covered = -1;
  let lastMentioned: string | null = null;
  let lastStated: string | null = null;
  for (const candidate of candidatesIn(text)) {
    if (candidate.start < covered) continue;
    let direction: Direction | null = null;
    const ctx: ResolveContext = {
      anchor: anchorFor(candidate.start),
      lastMentioned,
      lastStated,
      direction: () => (direction ??= directionAt(text, candidate.start, candidate.end)),
    };
    const resolution = RULES[candidate.rule]!.resolve(candidate.match, ctx);
    if (!resolution) continue;
    covered = candidate.end;
    accepted.push({
      start: candidate.start,
      end: candidate.end,
      type: resolution.type,
      value: resolution.value,
      anchor: resolution.anchored ? (ctx.anchor?.value ?? null) : null,
      rule: RULES[candidate.rule]!.name,
      ...(resolution.clock !== undefined ? { clock: resolution.clock } : {}),
    });
    if ((resolution.type === 'DATE' || resolution.type === 'TIME') && !resolution.relative && /^\d{4}/.test(resolution.value) && !resolution.value.includes('X')) {
      lastMentioned = resolution.value;
      if (!resolution.anchored) lastStated = resolution.value;
    }
  }
  return mergeClockWithDate(text, accepted).map((found, index) => ({
    id: `t${index}`,
    start: found.start,
    end: found.end,
    text: text.slice(found.start, found.end),
    type: found.type,
    value: found.value,
    anchor: found.anchor,
    rule: found.rule,
  }));
}

/** One anchor for the whole text (a TimeML/ISO value such as `2020-01-03` or `2020-01-03T07:05Z`), or null. */
export function findTimexes(text: string, anchor: string | null): Timex[] {
  return findTimexesWith(text, () => anchor);
}
