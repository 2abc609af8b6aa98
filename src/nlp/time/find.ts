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

const TOKEN = /[a-z]+|\d+/gi;

/**
 * Every rule match in the text. A full regex scan per rule was slow (the patterns open with optional
 * words, so V8 cannot skip ahead), so the text is tokenised once and each rule is tried, sticky, only
 * at the word starts shortly before one of its trigger words; a match counts when it covers the trigger.
 */
function candidatesIn(text: string): Candidate[] {
  const found: Candidate[] = [];
  const starts: number[] = [];
  const tried = new Set<number>();
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(text); token; token = TOKEN.exec(text)) {
    const at = token.index;
    if (startsWord(text, at)) starts.push(at);
    else if (at > 0 && /['’]/.test(text.charAt(at - 1)) && startsWord(text, at - 1)) starts.push(at - 1);
    const word = token[0];
    const isNumber = word.charCodeAt(0) <= 57;
    const rules = isNumber ? (word.length === 4 ? YEAR_NUMBER_RULES : NUMBER_RULES) : RULES_BY_TRIGGER.get(word.toLowerCase());
    if (!rules || rules.length === 0) continue;
    // starts is sorted; walk back over the word starts within LOOKBACK of this trigger
    let first = starts.length - 1;
    while (first > 0 && starts[first - 1]! >= at - LOOKBACK) first--;
    for (const index of rules) {
      for (let i = first; i < starts.length; i++) {
        const start = starts[i]!;
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
