/**
 * Calendar dates as written: full dates, month-and-day, months, years, decades, centuries,
 * quarters and halves, seasons and holidays. Developed on TBAQ-cleaned (TempEval-3 training data).
 */
import { addDays, easterSunday, formatDay, formatMonth, formatYear, nthWeekdayOfMonth, pad, quarterOf, type Ymd } from './calendar.ts';
import { wordAfter, wordBefore } from './context.ts';
import { EASTER_HOLIDAYS, FIXED_HOLIDAYS, ORDINALS, SEASONS, WEEKDAY_HOLIDAYS } from './lexicon.ts';
import { isCapitalised, monthNumber } from './numbers.ts';
import { DAY_OF_MONTH, MONTH, MONTH_FULL, SEASON, WEEKDAY, YEAR4, rule, MONTH_WORDS, HOLIDAY_WORDS } from './patterns.ts';
import { absolute, anchored, resolveMonth, resolveMonthDay, resolveYearly, shiftAnchor } from './resolve.ts';
import type { Rule } from './types.ts';

const MOD = `(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)[- ]?)`;
/** Words after a bare number that make it a count, not a year (`2000 troops`). */
const COUNT_AFTER = /^(?:percent|per|%|people|troops|soldiers|men|women|children|dollars|shares|points|miles|feet|meters|metres|tons|tonnes|barrels|times|units|cars|jobs|workers|members|votes|acres|pounds|euros|yen|kilometers|kilometres|years|days|hours|minutes|\d)/i;
const COUNT_BEFORE = new Set(['$', '£', '€', 'no.', 'number', 'about', 'nearly', 'some', 'than', 'almost', 'roughly', 'approximately', 'around', 'over', 'under', 'only', 'just', 'flight', 'route', 'room', 'page', 'model', 'windows', 'interstate', 'highway', 'boeing', 'airbus', 'top', 'fortune', 'russell', 's&p', 'dow', 'nasdaq', 'vol.']);

function dayOf(raw: string): number {
  return Number.parseInt(raw, 10);
}

function validDay(m: number, d: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function seasonCode(raw: string): string {
  return SEASONS[raw.toLowerCase()] ?? 'XX';
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];
function currentSeason(m: number): string {
  return m >= 3 && m <= 5 ? 'SP' : m >= 6 && m <= 8 ? 'SU' : m >= 9 && m <= 11 ? 'FA' : 'WI';
}

function holidayDate(name: string): ((y: number) => Ymd) | null {
  const key = name.toLowerCase().replace(/’/g, "'");
  const fixed = FIXED_HOLIDAYS[key];
  if (fixed) return (y) => ({ y, m: fixed[0], d: fixed[1] });
  const nth = WEEKDAY_HOLIDAYS[key];
  if (nth) return (y) => nthWeekdayOfMonth(y, nth[0], nth[1], nth[2]);
  const easter = EASTER_HOLIDAYS[key];
  if (easter !== undefined) return (y) => addDays(easterSunday(y), easter);
  return null;
}

const HOLIDAY_NAMES = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(WEEKDAY_HOLIDAYS), ...Object.keys(EASTER_HOLIDAYS)]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/\./g, '\\.').replace(/'/g, "['’]"))
  .join('|');

export const DATE_RULES: readonly Rule[] = [
  {
    name: 'iso-date',
    trigger: ['#4'],
    pattern: rule(`(?<y>${YEAR4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])`),
    resolve: (m) => absolute('DATE', `${m.groups!.y}-${m.groups!.m}-${m.groups!.d}`),
  },
  {
    name: 'numeric-date',
    trigger: ['#'],
    // US order, as in US wire copy: 1/3/2020
    pattern: rule(`(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\\d|3[01])/(?<y>${YEAR4}|\\d\\d)`),
    resolve: (m) => {
      const y = m.groups!.y!.length === 2 ? 1900 + Number(m.groups!.y) + (Number(m.groups!.y) < 50 ? 100 : 0) : Number(m.groups!.y);
      return absolute('DATE', formatDay({ y, m: Number(m.groups!.m), d: Number(m.groups!.d) }));
    },
  },
  {
    name: 'month-day-year',
    trigger: MONTH_WORDS,
    pattern: rule(`(?:(?<wd>${WEEKDAY}),?\\s)?${MOD}?(?<month>${MONTH})\\s(?<day>${DAY_OF_MONTH})(?:,?\\s(?<year>${YEAR4}))?`),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups!.month!);
      const day = dayOf(m.groups!.day!);
      if (month === undefined || !isCapitalised(m.groups!.month!) || !validDay(month, day)) return null;
      if (m.groups!.year) return absolute('DATE', formatDay({ y: Number(m.groups!.year), m: month, d: day }));
      return resolveMonthDay(month, day, ctx);
    },
  },
  {
    name: 'day-month-year',
    trigger: MONTH_WORDS,
    pattern: rule(`(?:(?<wd>${WEEKDAY}),?\\s)?(?:the\\s)?(?<day>${DAY_OF_MONTH})\\s(?:of\\s)?(?<month>${MONTH})(?:,?\\s(?<year>${YEAR4}))?`),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups!.month!);
      const day = dayOf(m.groups!.day!);
      if (month === undefined || !isCapitalised(m.groups!.month!) || !validDay(month, day)) return null;
      if (m.groups!.year) return absolute('DATE', formatDay({ y: Number(m.groups!.year), m: month, d: day }));
      return resolveMonthDay(month, day, ctx);
    },
  },
  {
    name: 'month-year',
    trigger: MONTH_WORDS,
    pattern: rule(`${MOD}?(?<month>${MONTH}),?\\s(?:of\\s)?(?<year>${YEAR4})`),
    resolve: (m) => {
      const month = monthNumber(m.groups!.month!);
      if (month === undefined || !isCapitalised(m.groups!.month!)) return null;
      return absolute('DATE', formatMonth(Number(m.groups!.year), month));
    },
  },
  {
    name: 'month',
    trigger: MONTH_WORDS,
    pattern: rule(`(?<mod>${MOD})?(?<month>${MONTH_FULL}|(?:jan|feb|aug|sept?|oct|nov|dec)\\.)`),
    resolve: (m, ctx) => {
      const raw = m.groups!.month!;
      const month = monthNumber(raw);
      if (month === undefined || !isCapitalised(raw)) return null;
      // `May` and `March` alone are often a modal and a noun or verb: take them only after a preposition or modifier
      if ((month === 5 || month === 3) && !m.groups!.mod) {
        const before = wordBefore(m);
        if (!['in', 'since', 'until', 'till', 'by', 'through', 'during', 'of', 'from', 'to', 'before', 'after', 'early', 'late', 'mid', 'and', 'or', 'this', 'last', 'next', 'between'].includes(before)) return null;
      }
      return resolveMonth(month, ctx);
    },
  },
  {
    name: 'quarter',
    trigger: ['quarter', 'half', 'qtr'],
    pattern: rule(
      `(?:(?<det>the|this year['’]s|last year['’]s|next year['’]s|its|their)\\s)?(?:(?<ofyear>${YEAR4})(?:['’]s)?\\s)?(?:fiscal\\s)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?<unit>quarter|half|qtr\\.?)|(?<lasthalf>last|latter)[- ]half)(?:\\s(?:of|in)\\s(?:fiscal\\s)?(?:(?<year>${YEAR4})|(?<relyear>this year|last year|next year)))?`,
    ),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const n = g.lasthalf ? 2 : ORDINALS[g.ord!.toLowerCase()]!;
      const half = Boolean(g.lasthalf) || g.unit!.toLowerCase() === 'half';
      const suffix = half ? `H${Math.min(n, 2)}` : `Q${n}`;
      const stated = g.year ?? g.ofyear;
      if (stated) return absolute('DATE', `${stated}-${suffix}`);
      const relative = (g.relyear ?? g.det ?? '').toLowerCase();
      const shift = relative.startsWith('last') ? -1 : relative.startsWith('next') ? 1 : 0;
      if (!ctx.anchor) return absolute('DATE', `XXXX-${suffix}`);
      // a quarter still ahead of the anchor, told in the past tense, is last year's (`profits fell in the third quarter`, said in January)
      const ahead = ctx.anchor.m !== undefined && (half ? n === 2 && ctx.anchor.m <= 6 : n > quarterOf(ctx.anchor.m));
      const unqualified = relative === '' || relative === 'the' || relative === 'its' || relative === 'their';
      const yearBack = unqualified && ahead && ctx.direction() < 0 ? 1 : 0;
      return anchored('DATE', `${formatYear(ctx.anchor.y + shift - yearBack)}-${suffix}`);
    },
  },
  {
    name: 'year-period',
    trigger: ['quarter', 'period'],
    // `the 1988 quarter`, `the 1988 period`: the same quarter as the one under discussion, in that year
    pattern: rule(`the (?<year>${YEAR4}) (?:fiscal )?(?<what>quarter|period)`),
    resolve: (m, ctx) => {
      const year = m.groups!.year!;
      const quarter = ctx.lastMentioned && /^\d{4}-Q[1-4]$/.test(ctx.lastMentioned) ? ctx.lastMentioned.slice(4) : '';
      return quarter ? { ...absolute('DATE', `${year}${quarter}`), relative: true } : absolute('DATE', year);
    },
  },
  {
    name: 'quarter-reference',
    trigger: ['quarter', 'period', 'earlier', 'ago'],
    pattern: rule(
      `(?<which>the (?:latest|most recent|recent|just-ended|just-completed|current|previous|prior|preceding|year-earlier|year-ago|same|comparable|comparable year-ago|comparable year-earlier) (?:fiscal )?(?:quarter|period)|the (?:fiscal )?quarter|this quarter|last quarter|next quarter|year-earlier|year-ago|the (?:corresponding|comparable|same) (?:quarter|period) (?:of )?last year|last year['’]s (?:quarter|period))`,
    ),
    resolve: (m, ctx) => {
      const which = m.groups!.which!.toLowerCase();
      const lastQuarter = ctx.lastMentioned && /^\d{4}-Q[1-4]$/.test(ctx.lastMentioned) ? ctx.lastMentioned : null;
      if (/year-(earlier|ago)|last year/.test(which)) {
        if (lastQuarter) return { ...anchored('DATE', `${formatYear(Number(lastQuarter.slice(0, 4)) - 1)}${lastQuarter.slice(4)}`), relative: true };
        return shiftAnchor('quarter', -5, ctx);
      }
      if (/current|this/.test(which)) return shiftAnchor('quarter', 0, ctx);
      if (/next/.test(which)) return shiftAnchor('quarter', 1, ctx);
      if (/previous|prior|preceding|last/.test(which)) return shiftAnchor('quarter', -1, ctx);
      if (lastQuarter && /^the (fiscal )?quarter$|same/.test(which)) return anchored('DATE', lastQuarter);
      return shiftAnchor('quarter', -1, ctx);
    },
  },
  {
    name: 'month-relative-year',
    trigger: MONTH_WORDS,
    pattern: rule(`(?<month>${MONTH})\\s(?:of\\s)?(?<rel>this|last|next) year`),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups!.month!);
      if (month === undefined || !isCapitalised(m.groups!.month!)) return null;
      if (!ctx.anchor) return absolute('DATE', `XXXX-${pad(month)}`);
      const rel = m.groups!.rel!.toLowerCase();
      return anchored('DATE', formatMonth(ctx.anchor.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), month));
    },
  },
  {
    name: 'spelled-year',
    trigger: ['nineteen', 'eighteen', 'thousand'],
    // broadcast transcripts spell years out: `nineteen ninety-six`, `the year two thousand`
    pattern: rule(`(?:the year )?(?<century>nineteen|eighteen) (?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?<unit>one|two|three|four|five|six|seven|eight|nine))?|(?:the year )?two thousand(?: and (?<small>one|two|three|four|five|six|seven|eight|nine|ten))?`),
    resolve: (m) => {
      const g = m.groups!;
      const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
      if (!g.century) {
        if (!/^the year/i.test(m[0]) && !g.small) return null;
        return absolute('DATE', formatYear(2000 + (g.small ? words[g.small.toLowerCase()]! : 0)));
      }
      const century = g.century.toLowerCase() === 'nineteen' ? 1900 : 1800;
      return absolute('DATE', formatYear(century + words[g.tens!.toLowerCase()]! + (g.unit ? words[g.unit.toLowerCase()]! : 0)));
    },
  },
  {
    name: 'the-year',
    trigger: ['year', 'end'],
    pattern: rule(`(?<what>the (?:(?<rel>latest|current|previous|prior|past|coming|next|same) )?(?:(?:fiscal|full|calendar) )?year(?<s>['’]s)?|(?:the end of the year|year[- ]end|year['’]s end))(?<ended>\\s(?:ended|ending|that ended|to))?`),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const rel = (g.rel ?? '').toLowerCase();
      // `the year ended Sept. 30` is a fiscal year as a stretch of time; `the past year` likewise
      if (g.ended || rel === 'past' || rel === 'coming' || rel === 'next') return absolute('DURATION', 'P1Y');
      if (rel === 'same' && ctx.lastMentioned) return { ...anchored('DATE', ctx.lastMentioned.slice(0, 4)), relative: true };
      return shiftAnchor('year', rel === 'previous' || rel === 'prior' || rel === 'latest' ? (/fiscal/i.test(m[0]) ? -1 : 0) : 0, ctx);
    },
  },
  {
    name: 'the-week',
    trigger: ['week'],
    // TimeBank writes an unresolved week of the report's year as YYYY-WXX
    pattern: rule(`the week`),
    resolve: (m, ctx) => {
      if (/^\s*(?:of|before|after|ahead|ended|ending|to)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      return ctx.anchor ? anchored('DATE', `${formatYear(ctx.anchor.y)}-WXX`) : absolute('DATE', 'XXXX-WXX');
    },
  },
  {
    name: 'end-of-month',
    trigger: ['month'],
    pattern: rule(`the (?:end|beginning|start|middle) of the month|month[- ]end`),
    resolve: (m, ctx) => shiftAnchor('month', 0, ctx),
  },
  {
    name: 'decade-words',
    trigger: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    pattern: rule(`the (?:early |late |mid-)?(?<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`),
    resolve: (m) => {
      const digits: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      return absolute('DATE', `19${digits[m.groups!.decade!.toLowerCase()]}`);
    },
  },
  {
    name: 'decade',
    trigger: ['#'],
    pattern: rule(`(?:the\\s)?(?:(?:early|late|mid)[- ])?(?:(?<century>1[5-9]|20)(?<decade>\\d)0|['’](?<short>\\d)0)['’]?s`),
    resolve: (m, ctx) => {
      const g = m.groups!;
      if (g.century) return absolute('DATE', `${g.century}${g.decade}`);
      if (!m[0].toLowerCase().startsWith('the') && !m[0].startsWith("'") && !m[0].startsWith('’')) return null;
      const century = ctx.anchor ? (Number(g.short) * 10 > ctx.anchor.y % 100 ? Math.floor(ctx.anchor.y / 100) - 1 : Math.floor(ctx.anchor.y / 100)) : 19;
      return absolute('DATE', `${century}${g.short}`);
    },
  },
  {
    name: 'century',
    trigger: ['century'],
    pattern: rule(`(?:the\\s)?(?<n>[12]?\\d)(?:st|nd|rd|th)[- ]century`),
    resolve: (m) => absolute('DATE', pad(Number(m.groups!.n) - 1, 2)),
  },
  {
    name: 'year',
    trigger: ['#4'],
    pattern: rule(`(?:(?<pre>fiscal(?: year)?|the year|calendar|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|(?:early|late|mid)[- ]?|pre-|post-|year-end)\\s?)?(?<year>${YEAR4})`),
    resolve: (m) => {
      const g = m.groups!;
      if (!g.pre) {
        if (COUNT_BEFORE.has(wordBefore(m))) return null;
        if (COUNT_AFTER.test(wordAfter(m))) return null;
      }
      const y = Number(g.year);
      if (y < 1600) return null;
      return absolute('DATE', formatYear(y));
    },
  },
  {
    name: 'season',
    trigger: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    pattern: rule(`(?:(?<rel>this past|this coming|this|last|next|early|late|mid|the)[- ])?(?<season>${SEASON})(?:\\s(?:of\\s)?(?<year>${YEAR4}))?`),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const code = seasonCode(g.season!);
      if (g.year) return absolute('DATE', `${g.year}-${code}`);
      const rel = (g.rel ?? '').toLowerCase();
      if ((rel === '' || rel === 'the') && !['summer', 'winter'].includes(g.season!.toLowerCase())) return null;
      if (!ctx.anchor || ctx.anchor.m === undefined) return ctx.anchor ? anchored('DATE', `${formatYear(ctx.anchor.y)}-${code}`) : absolute('DATE', `XXXX-${code}`);
      const now = SEASON_ORDER.indexOf(currentSeason(ctx.anchor.m));
      const target = SEASON_ORDER.indexOf(code);
      // winter belongs to the year it starts in: January 2020 is in winter 2019
      const seasonYear = ctx.anchor.m <= 2 ? ctx.anchor.y - 1 : ctx.anchor.y;
      let y = seasonYear;
      if (rel === 'last' || rel === 'this past') y = target < now ? seasonYear : seasonYear - 1;
      else if (rel === 'next' || rel === 'this coming') y = target > now ? seasonYear : seasonYear + 1;
      else if (rel !== 'this' && ctx.direction() < 0 && target > now) y = seasonYear - 1;
      else if (rel !== 'this' && ctx.direction() > 0 && target < now) y = seasonYear + 1;
      return anchored('DATE', `${formatYear(y)}-${code}`);
    },
  },
  {
    name: 'holiday',
    trigger: HOLIDAY_WORDS,
    pattern: rule(`(?<name>${HOLIDAY_NAMES})(?:,?\\s(?<year>${YEAR4}))?`),
    resolve: (m, ctx) => {
      const name = m.groups!.name!;
      if (!isCapitalised(name)) return null;
      const dateIn = holidayDate(name);
      if (!dateIn) return null;
      if (m.groups!.year) return absolute('DATE', formatDay(dateIn(Number(m.groups!.year))));
      return resolveYearly(dateIn, ctx);
    },
  },
];
