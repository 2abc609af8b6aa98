/**
 * Context that marks a number as part of a date, a time or an age — never a fact. The time stage's
 * timexes are the first guard; these catch what it may miss (and keep the stage usable alone).
 */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.',
  'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon.', 'tue.', 'wed.', 'thu.', 'fri.', 'sat.', 'sun.',
]);

/** Words after a number that make it a clock time (`10 p.m.`, `1830 UTC`). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'et', 'est', 'edt', 'cet', 'bst', 'pst', 'local', "o'clock", 'hrs', 'h', 'z',
]);

/** Words after a time unit that make a duration a date (`two days earlier`, `three years ago`). */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set([
  'ago', 'earlier', 'later', 'before', 'after', 'since', 'from', 'hence', 'old', 'previously', 'prior',
]);

/** Words before a number that make the duration a window, not a claim (`the past 24 hours`). */
export const WINDOW_WORDS: ReadonlySet<string> = new Set([
  'past', 'last', 'next', 'coming', 'previous', 'first', 'final', 'recent', 'following', 'preceding', 'every', 'each',
]);

/** Words before a four-digit number that make it a year (`in 1979`, `since 2003`). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'before', 'after', 'during', 'early', 'late', 'mid', 'around', 'circa', 'year',
]);

/** Era marks after a year (`562 BC`). */
export const ERA_WORDS: ReadonlySet<string> = new Set(['bc', 'ad', 'bce', 'ce', 'b.c.', 'a.d.']);

/** Words before a time unit that make the duration a relative date (`in 11 days`, `within 24 hours`). */
export const RELATIVE_DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'within']);

/** Words before a number that make it an age or an index (`aged 45`, `No. 2`). */
export const AGE_OR_INDEX_WORDS: ReadonlySet<string> = new Set([
  'aged', 'age', 'ages', 'no.', 'no', 'number', 'nos.', 'page', 'p.', 'pp.', 'vol.', 'chapter', 'article', 'section', 'paragraph',
  'resolution', 'flight', 'route', 'grade', 'level', 'phase', 'stage', 'episode', 'season', 'room', 'gate', 'platform', '#',
]);

/** Tokens after a number that make it an age (`45-year-old`, `45 years old`). */
export const AGE_AFTER: ReadonlySet<string> = new Set(['year-old', 'years-old', 'year-olds', 'month-old']);
