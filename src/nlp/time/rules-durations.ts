/**
 * Durations (`444 days` → P444D, `two-year` → P2Y, `the past two months` → P2M, `several years` → PXY)
 * and sets (`every week` → P1W, `annually` → P1Y, `twice a week`, `on Mondays`). Developed on TBAQ-cleaned.
 */
import { wordBefore } from './context.ts';
import { UNITS } from './lexicon.ts';
import { readAmount, weekdayNumber } from './numbers.ts';
import { AMOUNT, UNIT_PLURAL, WEEKDAY_FULL, rule, WEEKDAY_WORDS, UNIT_WORDS } from './patterns.ts';
import { absolute } from './resolve.ts';
import type { Resolution, Rule } from './types.ts';

function unitInfo(raw: string): { letter: string; time: boolean; factor: number } | null {
  let lower = raw.toLowerCase();
  if (lower === 'centuries') lower = 'century';
  else if (lower.endsWith('s') && UNITS[lower.slice(0, -1)]) lower = lower.slice(0, -1);
  const info = UNITS[lower];
  if (!info) return null;
  // decades and centuries are written in years (two decades → P20Y), a weekend as two days
  if (info.letter === 'DE') return { letter: 'Y', time: false, factor: 10 };
  if (info.letter === 'CE') return { letter: 'Y', time: false, factor: 100 };
  if (info.letter === 'WE') return { letter: 'D', time: false, factor: 2 };
  return { ...info };
}

/** How a fraction of a unit is written in the next smaller one (`2 1/2 years` → P2Y6M). */
const SMALLER: Readonly<Record<string, readonly [string, number, boolean]>> = {
  Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], 'T-M': ['S', 60, true],
};

/** `P2Y`, `PT5H`, `PXD`, `P2Y6M`, `PT1M30S`; amount null = vague. */
export function durationValue(amount: number | null, unitRaw: string): string | null {
  const info = unitInfo(unitRaw);
  if (!info) return null;
  if (amount === null) return `P${info.time ? 'T' : ''}X${info.letter}`;
  const total = amount * info.factor;
  const whole = Math.floor(total);
  const smaller = SMALLER[info.time && info.letter === 'M' ? 'T-M' : info.letter];
  const rest = smaller ? Math.round((total - whole) * smaller[1]) : 0;
  if (rest === 0 || !smaller) return `P${info.time ? 'T' : ''}${Math.round(total * 100) / 100}${info.letter}`;
  const [letter, , smallerIsTime] = smaller;
  const head = whole > 0 ? `${whole}${info.letter}` : '';
  // the T separator goes before the first time unit
  if (info.time) return `PT${head}${rest}${letter}`;
  return smallerIsTime ? `P${head}T${rest}${letter}` : `P${head}${rest}${letter}`;
}

const SET_WORDS: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', yearly: 'P1Y', 'semi-annually': 'P6M', semiannually: 'P6M', hourly: 'PT1H', 'every day': 'P1D',
  'each day': 'P1D', 'every night': 'P1D', 'every morning': 'P1D',
};

const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'can', 'shall', 'should', 'must', 'to']);

const RATE_BEFORE = /(?:\d|%|percent|times|once|twice|thrice|dollars|cents|a day|an hour)\s*$/i;

export const DURATION_RULES: readonly Rule[] = [
  {
    name: 'duration',
    trigger: UNIT_WORDS,
    pattern: rule(
      `(?:the\\s)?(?:(?<pre>past|last|next|first|previous|coming|final|following|preceding|initial|remaining|latest|full|whole|entire|same)\\s)?(?:(?:about|some|nearly|almost|more than|less than|over|at least|up to|roughly|approximately|around|only|just|another|an additional|a further)\\s)?(?<amount>${AMOUNT})(?:\\s(?:more|additional|further|straight|consecutive))?[\\s-](?<unit>${UNIT_PLURAL})(?<half>\\sand a half)?(?<adj>[\\s-](?:long|old))?`,
    ),
    resolve: (m): Resolution | null => {
      const g = m.groups!;
      // ages (`a 44-year-old`, `52 years old`) are not marked in TimeBank
      if (g.adj && /old$/i.test(g.adj)) return null;
      if (/^\s+old\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      const amountRaw = g.amount!.toLowerCase();
      // `the 1988 quarter` names a year, not 1,988 quarters
      if (/^(?:1[5-9]\d\d|20\d\d)$/.test(amountRaw)) return null;
      // `a second` is an ordinal far more often than a duration
      if (/^seconds?$/.test(g.unit!.toLowerCase()) && (amountRaw === 'a' || amountRaw === 'an' || amountRaw === 'per')) return null;
      // `will one day be`: the idiom of an unspecified future
      if (amountRaw === 'one' && g.unit!.toLowerCase() === 'day' && MODALS.has(wordBefore(m))) return absolute('DATE', 'FUTURE_REF');
      const stated = readAmount(amountRaw);
      const amount = stated !== null && g.half ? stated + 0.5 : stated;
      const unit = g.unit!.toLowerCase();
      // `a year` after a rate is a frequency: `5% a year`, `twice a week`
      if ((amountRaw === 'a' || amountRaw === 'an') && !g.pre && RATE_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index))) {
        const value = durationValue(1, unit);
        return value ? absolute('SET', value) : null;
      }
      // a bare `a day` or `one night` on its own reads as a duration only when singular
      if ((amountRaw === 'a' || amountRaw === 'an' || amountRaw === 'one') && unit.endsWith('s')) return null;
      // vague amounts go with plurals (`several years`) or a hyphen (`several-year tenure`)
      if (amount === null && !/s$/.test(unit) && !m[0].includes('-')) return null;
      // `three-quarters of` is a fraction
      if (/^quarters?$/.test(unit) && /^\s+of\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // `one minute` counts; `the second`/`a second` in ordinal sense is not reached here (units only)
      const value = durationValue(amount, unit);
      return value ? absolute('DURATION', value) : null;
    },
  },
  {
    name: 'bare-plural-duration',
    trigger: UNIT_WORDS,
    // `for years`, `over decades`, `within hours`: TimeML marks the plural unit alone
    pattern: rule(`(?<=\\b(?:for|over|in|within|during|after|take|takes|took|last|lasted|follows|followed)\\s)(?:(?:many|the|the last|the past)\\s)?(?<unit>years|months|weeks|days|hours|minutes|decades|centuries)|(?<unit2>(?:year|month|week|day|decade)s?)-long|a while`),
    resolve: (m) => {
      if (m[0].toLowerCase() === 'a while') return absolute('DURATION', 'PXX');
      const unit = m.groups!.unit ?? m.groups!.unit2!;
      // `day-long` is one day, `decades-long` some decades
      const value = durationValue(/s$/i.test(unit) ? null : 1, unit);
      return value ? absolute('DURATION', value) : null;
    },
  },
  {
    name: 'vague-stretch',
    trigger: UNIT_WORDS,
    // `recent months`, `coming weeks`, `the weeks ahead`: a stretch of unstated length
    pattern: rule(`(?:the\\s)?(?:recent|coming|past few|last few|next few)\\s(?<unit>months|weeks|days|hours|quarters|years)|the (?<unit2>months|weeks|days|years) ahead`),
    resolve: (m) => {
      const value = durationValue(null, m.groups!.unit ?? m.groups!.unit2!);
      return value ? absolute('DURATION', value) : null;
    },
  },
  {
    name: 'set-word',
    trigger: ['daily', 'nightly', 'weekly', 'biweekly', 'fortnightly', 'monthly', 'annually', 'yearly', 'semiannually', 'hourly', 'every', 'each'],
    // `quarterly` is left out: in business copy it names a dividend, not a recurrence TimeBank marks
    pattern: rule(`daily|nightly|weekly|biweekly|fortnightly|monthly|annually|yearly|semi-annually|semiannually|hourly|every day|each day|every night|every morning`),
    resolve: (m) => {
      const word = m[0].toLowerCase();
      // `the daily newspaper` is an adjective of kind, still a SET in TimeML
      return absolute('SET', SET_WORDS[word]!);
    },
  },
  {
    name: 'set-every',
    trigger: UNIT_WORDS,
    pattern: rule(`(?:(?:once|twice|thrice|\\w+ times)\\s)?(?:every|each|per|a)\\s(?:other\\s)?(?:(?<amount>${AMOUNT})\\s)?(?<unit>${UNIT_PLURAL})`),
    resolve: (m) => {
      const text = m[0].toLowerCase();
      const unit = m.groups!.unit!;
      // `a week` alone is a duration unless a frequency word precedes it
      if (/^(a|per)\s/.test(text) && !/^(once|twice|thrice|\w+ times)\s/.test(text) && !text.startsWith('per')) return null;
      const amount = m.groups!.amount ? readAmount(m.groups!.amount) : 1;
      const every = /every other/.test(text) ? 2 : 1;
      const value = durationValue(amount === null ? null : amount * every, unit);
      return value ? absolute('SET', value) : null;
    },
  },
  {
    name: 'set-weekday',
    trigger: WEEKDAY_WORDS,
    pattern: rule(`(?:every|each|on)\\s(?<wd>${WEEKDAY_FULL})s?|(?<plural>${WEEKDAY_FULL})s`),
    resolve: (m) => {
      const raw = m.groups!.wd ?? m.groups!.plural!;
      const weekday = weekdayNumber(raw);
      if (weekday === undefined) return null;
      // `on Friday` is a date: only the plural or `every` makes it a set
      if (/^on\s/i.test(m[0]) && !/s$/i.test(m[0])) return null;
      return absolute('SET', `XXXX-WXX-${weekday}`);
    },
  },
];
