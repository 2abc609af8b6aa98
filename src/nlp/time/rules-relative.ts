/**
 * Expressions relative to the anchor or to the last mentioned date: today/yesterday/tomorrow,
 * weekdays, last/this/next week/month/year, "earlier this week", "two years ago", "a day later",
 * and the vague references PRESENT_REF / PAST_REF / FUTURE_REF. Developed on TBAQ-cleaned.
 */
import { anchorDay } from './anchor.ts';
import { addDays, formatDay, formatMonth, isoWeekday, pad } from './calendar.ts';
import { wordBefore } from './context.ts';
import { PARTS_OF_DAY, UNITS } from './lexicon.ts';
import { isCapitalised, monthNumber, readAmount, weekdayNumber } from './numbers.ts';
import { AMOUNT, DAY_OF_MONTH, MONTH, MONTH_FULL, PART_OF_DAY, PERIOD, UNIT_PLURAL, WEEKDAY, YEAR4, rule, MONTH_WORDS, WEEKDAY_WORDS } from './patterns.ts';
import { absolute, anchored, reference, resolveWeekday, shiftAnchor, shiftValue, weekdayInWeek, type Granularity } from './resolve.ts';
import type { ResolveContext, Resolution, Rule } from './types.ts';
import { durationValue } from './rules-durations.ts';

function unitName(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.endsWith('s') && UNITS[lower.slice(0, -1)] ? lower.slice(0, -1) : lower;
}

function granularityOf(unit: string): Granularity | null {
  if (unit === 'day' || unit === 'night') return 'day';
  if (unit === 'week' || unit === 'fortnight') return 'week';
  if (unit === 'weekend') return 'weekend';
  if (unit === 'month' || unit === 'quarter' || unit === 'year' || unit === 'decade' || unit === 'century') return unit;
  return null;
}

function partOfDay(raw: string | undefined): string | null {
  return raw ? (PARTS_OF_DAY[raw.toLowerCase()] ?? null) : null;
}

/** A day, plus a part of the day when one is named (`Friday night` → 2020-01-03TNI; TimeBank types these DATE). */
function dayValue(day: ReturnType<typeof anchorDay>, pod: string | null, unknown: string, type: 'DATE' | 'TIME' = 'DATE'): Resolution {
  if (!day) return absolute(type, pod ? `${unknown}T${pod}` : unknown);
  return anchored(type, pod ? `${formatDay(day)}T${pod}` : formatDay(day));
}

const DEICTIC_SHIFT: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, tomorrow: 1, yesterday: -1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

/** `last week` (−1), `this week` (0), `next week` (+1) and their synonyms. */
function shiftWord(raw: string): number {
  const word = raw.toLowerCase();
  if (/^(last|past|previous|preceding|this past)$/.test(word)) return -1;
  if (/^(next|coming|following|this coming|the coming|the next|the following)$/.test(word)) return 1;
  return 0;
}

/** `ago` counts from the anchor; `earlier`/`later` from the last mentioned date when there is one. */
function shiftByAmount(amount: number | null, unit: string, sign: number, fromLast: boolean, ctx: ResolveContext): Resolution | null {
  const granularity = granularityOf(unit);
  if (amount === null || !granularity) return reference(sign);
  if (!Number.isInteger(amount)) return reference(sign);
  const n = sign * amount * (unit === 'fortnight' ? 2 : 1);
  // `a year later` counts from a date the text stated (`in 1990 … a year later`), not from one it took from the anchor
  if (fromLast && ctx.lastStated) {
    const shifted = shiftValue(ctx.lastStated, granularity, n);
    if (shifted) return anchored('DATE', shifted);
  }
  // in quarterly reports `a year ago` is the same quarter a year before (`1988-Q3`)
  if (granularity === 'year' && ctx.lastMentioned && /^\d{4}-Q[1-4]$/.test(ctx.lastMentioned) && ctx.anchor && Number(ctx.lastMentioned.slice(0, 4)) === ctx.anchor.y) {
    return anchored('DATE', shiftValue(ctx.lastMentioned, 'year', n)!);
  }
  return shiftAnchor(granularity, n, ctx);
}

export const RELATIVE_RULES: readonly Rule[] = [
  {
    name: 'deictic-day',
    trigger: ['today', 'tonight', 'tomorrow', 'yesterday'],
    pattern: rule(`(?<word>the day before yesterday|the day after tomorrow|today|tonight|tomorrow|yesterday)(?:\\s(?<pod>${PART_OF_DAY}))?`),
    resolve: (m, ctx) => {
      const word = m.groups!.word!.toLowerCase();
      const shift = DEICTIC_SHIFT[word]!;
      const pod = word === 'tonight' ? 'NI' : partOfDay(m.groups!.pod);
      const day = anchorDay(ctx.anchor);
      if (!day) return pod ? absolute('TIME', `XXXX-XX-XXT${pod}`) : reference(shift);
      return dayValue(addDays(day, shift), pod, 'XXXX-XX-XX');
    },
  },
  {
    name: 'in-the-period',
    trigger: ['week', 'month', 'year', 'day'],
    pattern: rule(`(?<dir>earlier|later)\\s(?<rel>in the|this|that|in that)\\s(?<unit>week|month|year|day)`),
    resolve: (m, ctx) => {
      const rel = m.groups!.rel!.toLowerCase();
      const unit = m.groups!.unit!.toLowerCase() as Granularity;
      if (rel.endsWith('that') && ctx.lastMentioned) {
        const same = shiftValue(ctx.lastMentioned, unit, 0);
        // `later that year` after `June 1998` is 1998: keep only what the unit names
        const cut = unit === 'year' ? 4 : unit === 'month' ? 7 : undefined;
        if (same) return { ...anchored('DATE', cut && /^\d{4}-\d\d/.test(same) ? same.slice(0, cut) : same), relative: true };
      }
      return shiftAnchor(unit, 0, ctx);
    },
  },
  {
    name: 'part-of-day',
    trigger: ['morning', 'afternoon', 'evening'],
    pattern: rule(`(?:early|late|mid)[- ]?(?<pod>morning|afternoon|evening)(?:\\s(?<day>today|yesterday|tomorrow))?`),
    resolve: (m, ctx) => {
      const day = anchorDay(ctx.anchor);
      const shift = DEICTIC_SHIFT[(m.groups!.day ?? 'today').toLowerCase()]!;
      return dayValue(day ? addDays(day, shift) : null, partOfDay(m.groups!.pod), 'XXXX-XX-XX', 'TIME');
    },
  },
  {
    name: 'this-part-of-day',
    trigger: ['morning', 'afternoon', 'evening', 'night'],
    pattern: rule(`(?<rel>this|last|early this|late this|earlier this|later this)\\s(?<pod>morning|afternoon|evening|night)`),
    resolve: (m, ctx) => {
      const last = m.groups!.rel!.toLowerCase() === 'last';
      const day = anchorDay(ctx.anchor);
      return dayValue(day && last ? addDays(day, -1) : day, partOfDay(m.groups!.pod), 'XXXX-XX-XX', 'TIME');
    },
  },
  {
    name: 'weekday',
    trigger: WEEKDAY_WORDS,
    pattern: rule(
      `(?:(?<rel>this past|this coming|last|this|next|coming|past|early|late|earlier|later)\\s)?(?<wd>${WEEKDAY})(?:\\s(?<pod>${PART_OF_DAY}))?(?:,?\\s(?<month>${MONTH})\\s(?<day>${DAY_OF_MONTH})(?:,?\\s(?<year>${YEAR4}))?)?`,
    ),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const weekday = weekdayNumber(g.wd!);
      if (weekday === undefined || !isCapitalised(g.wd!)) return null;
      const pod = partOfDay(g.pod);
      if (g.month && g.day) {
        const month = monthNumber(g.month);
        if (month === undefined) return null;
        const d = Number.parseInt(g.day, 10);
        const y = g.year ? Number(g.year) : ctx.anchor?.y;
        if (y === undefined) return absolute('DATE', `XXXX-${pad(month)}-${pad(d)}`);
        return g.year ? absolute(pod ? 'TIME' : 'DATE', formatDay({ y, m: month, d }) + (pod ? `T${pod}` : '')) : dayValue({ y, m: month, d }, pod, '');
      }
      const rel = (g.rel ?? '').toLowerCase();
      const day = rel === 'last' || rel === 'this past' ? weekdayInWeek(weekday, -1, ctx)
        : rel === 'next' || rel === 'this coming' || rel === 'coming' ? weekdayInWeek(weekday, 1, ctx)
        : resolveWeekday(weekday, ctx);
      return dayValue(day, pod, `XXXX-WXX-${weekday}`);
    },
  },
  {
    name: 'relative-month-name',
    trigger: MONTH_WORDS,
    pattern: rule(`(?<rel>last|this|next|this past|this coming|early last|late last|early next|late next)\\s(?<month>${MONTH_FULL})`),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups!.month!);
      if (month === undefined || !isCapitalised(m.groups!.month!)) return null;
      const rel = m.groups!.rel!.toLowerCase();
      const a = ctx.anchor;
      if (!a || a.m === undefined) return absolute('DATE', `XXXX-${pad(month)}`);
      let y = a.y;
      if (rel.endsWith('last') || rel === 'this past') y = month < a.m ? a.y : a.y - 1;
      else if (rel.endsWith('next') || rel === 'this coming') y = month > a.m ? a.y : a.y + 1;
      return anchored('DATE', formatMonth(y, month));
    },
  },
  {
    name: 'relative-period',
    trigger: ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century'],
    pattern: rule(
      `(?<mod>(?:(?:earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the first half of|the second half of)[- ]?)?)(?<rel>the previous|the following|the coming|the next|the current|the same|last|this|next|this past|this coming|the past|past|coming)\\s(?<unit>${PERIOD})`,
    ),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const rel = g.rel!.toLowerCase();
      const unit = g.unit!.toLowerCase();
      // `the past week` is a stretch of time, `last week` a calendar week
      if (rel === 'the past' || rel === 'past' || (rel === 'the next' && g.mod === '')) {
        if (g.mod !== '') return null;
        const value = durationValue(1, unit);
        return value ? absolute('DURATION', value) : null;
      }
      if (rel === 'the same' || rel === 'the following' || rel === 'the previous') {
        const granularity = granularityOf(unit);
        if (granularity && ctx.lastMentioned && rel !== 'the previous') {
          const shifted = shiftValue(ctx.lastMentioned, granularity, rel === 'the same' ? 0 : 1);
          if (shifted) return anchored('DATE', shifted);
        }
      }
      const granularity = granularityOf(unit);
      if (!granularity) return null;
      if (unit === 'weekend') {
        const day = anchorDay(ctx.anchor);
        if (!day) return reference(shiftWord(rel));
        // this weekend from a Monday report is the one just past
        const base = shiftWord(rel) === 0 && isoWeekday(day) <= 2 && ctx.direction() < 0 ? -1 : shiftWord(rel);
        return shiftAnchor('weekend', base, ctx);
      }
      return shiftAnchor(granularity, shiftWord(rel.replace(/^the /, '') === 'current' ? 'this' : rel), ctx);
    },
  },
  {
    name: 'the-weekend',
    trigger: ['weekend'],
    pattern: rule(`the weekend`),
    resolve: (m, ctx) => {
      const day = anchorDay(ctx.anchor);
      if (!day) return absolute('DATE', 'XXXX-WXX-WE');
      const weekday = isoWeekday(day);
      const future = ctx.direction() > 0;
      if (weekday >= 6) return shiftAnchor('weekend', 0, ctx);
      return shiftAnchor('weekend', future ? 0 : -1, ctx);
    },
  },
  {
    name: 'ago',
    trigger: ['ago', 'earlier', 'later', 'before', 'after', 'now', 'hence', 'previously', 'back'],
    pattern: rule(`(?:(?:about|some|nearly|almost|more than|less than|over|just|only)\\s)?(?<amount>${AMOUNT})\\s(?<unit>${UNIT_PLURAL})\\s(?<dir>ago|earlier|later|before|after|from now|hence|previously|back)`),
    resolve: (m, ctx) => {
      const dir = m.groups!.dir!.toLowerCase();
      // `two days before the vote`: TimeML marks only the duration (the duration rule takes it)
      if ((dir === 'before' || dir === 'after') && /^\s+\w/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const unit = unitName(m.groups!.unit!);
      // TimeBank marks `three days later` as the duration `three days` (the rest is a signal); only years make a date
      if ((dir === 'earlier' || dir === 'later') && unit !== 'year') return null;
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'back' ? -1 : 1;
      const fromLast = dir === 'earlier' || dir === 'later' || dir === 'before' || dir === 'after';
      const resolution = shiftByAmount(readAmount(m.groups!.amount!), unit, sign, fromLast, ctx);
      return resolution && fromLast ? { ...resolution, relative: true } : resolution;
    },
  },
  {
    name: 'vague-ago',
    trigger: ['ago', 'earlier'],
    pattern: rule(`(?:(?:many|several|a few|few|some)\\s)?(?<unit>years|months|weeks|days|decades)\\s(?:ago|earlier)`),
    resolve: () => reference(-1),
  },
  {
    name: 'following-day',
    trigger: ['day', 'morning', 'afternoon', 'evening', 'night'],
    pattern: rule(`(?<rel>the next|the following|the previous|the preceding|the same|that)\\s(?<unit>day|morning|afternoon|evening|night)`),
    resolve: (m, ctx) => {
      const rel = m.groups!.rel!.toLowerCase();
      const unit = m.groups!.unit!.toLowerCase();
      const shift = rel === 'the next' || rel === 'the following' ? 1 : rel === 'the same' || rel === 'that' ? 0 : -1;
      const pod = unit === 'day' ? null : partOfDay(unit);
      const base = ctx.lastMentioned && /^\d{4}-\d\d-\d\d$/.test(ctx.lastMentioned) ? ctx.lastMentioned : null;
      if (!base) {
        if (rel === 'that' || rel === 'the same') return null;
        const day = anchorDay(ctx.anchor);
        return dayValue(day ? addDays(day, shift) : null, pod, 'XXXX-XX-XX');
      }
      const [y, mo, d] = base.split('-').map(Number) as [number, number, number];
      return { ...dayValue(addDays({ y, m: mo, d }, shift), pod, 'XXXX-XX-XX'), relative: true };
    },
  },
  {
    name: 'present-ref',
    trigger: ['now', 'current', 'currently', 'present', 'presently', 'nowadays', 'days', 'moment', 'time', 'juncture', 'point', 'stage', 'far', 'date'],
    pattern: rule(`right now|now|currently|current|at present|at this (?:crucial |critical |point in |particular )?(?:moment|juncture|point|stage|time)|presently|nowadays|these days|at the moment|at this time|the present|so far this year|to date`),
    resolve: (m, ctx) => {
      const word = m[0].toLowerCase();
      if (word === 'so far this year') return shiftAnchor('year', 0, ctx);
      // `now that` still points at the present; `current account` and `current dollars` do not
      if (word === 'current' && /^\s+(account|accounts|dollars|events|affairs)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      return absolute('DATE', 'PRESENT_REF');
    },
  },
  {
    name: 'past-ref',
    trigger: ['recent', 'recently', 'past', 'lately', 'formerly', 'time', 'times', 'years', 'decades'],
    // `previously` is left out: TimeBank marks it rarely and our attempts cost more than they gained
    // `recent months` is a duration (PXM, duration rules); `recent years` TimeBank mostly marks PAST_REF
    pattern: rule(`(?:recent|past) (?:years|times|decades)|recently|recent|lately|the past|formerly|once upon a time`),
    // `the past two months` is a duration: the duration rule's match is longer and wins
    resolve: () => absolute('DATE', 'PAST_REF'),
  },
  {
    name: 'future-ref',
    trigger: ['future', 'soon', 'someday', 'day', 'term', 'later'],
    pattern: rule(`the (?:near |distant |foreseeable )?future|(?:as )?soon|future (?:years|months|quarters)|the (?:near|short|long|longer) term|someday|some day|at a later date`),
    // `as soon as` is a conjunction
    resolve: (m) => (/^as /i.test(m[0]) || (/^soon$/i.test(m[0]) && wordBefore(m) === 'as') ? null : absolute('DATE', 'FUTURE_REF')),
  },
];
