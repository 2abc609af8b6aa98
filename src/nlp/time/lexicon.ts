/**
 * Words of time as data: month and weekday names, number words, units, parts of the day, seasons,
 * holidays, zones and the tense cues that choose between the past and the future reading.
 * The regex fragments built from these tables live in patterns.ts.
 */

/** Month spellings (lower case, dot optional) → month number 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday spellings → ISO weekday 1 (Monday) … 7 (Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words → value. Compounds (`twenty-four`, `twenty four`) are summed by numbers.ts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, half: 0.5,
};

/** Vague amounts: the TimeML value keeps `X` for the number (`several years` → PXY). */
export const VAGUE_AMOUNTS: readonly string[] = ['a number of', 'several', 'a few', 'few', 'some', 'many', 'a couple of', 'a couple', 'couple of', 'numerous', 'the next few', 'dozens of', 'hundreds of', 'thousands of'];

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, last: -1, final: -1,
};

/** Calendar units: the duration letter and whether TimeML writes it after `T` (time units). */
export interface UnitInfo {
  readonly letter: string;
  readonly time: boolean;
  /** Multiplier into the letter: a decade is 10 Y, a fortnight 2 W. */
  readonly factor: number;
}
export const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', time: false, factor: 1 },
  night: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 },
  weekend: { letter: 'WE', time: false, factor: 1 },
  fortnight: { letter: 'W', time: false, factor: 2 },
  month: { letter: 'M', time: false, factor: 1 },
  quarter: { letter: 'Q', time: false, factor: 1 },
  year: { letter: 'Y', time: false, factor: 1 },
  decade: { letter: 'DE', time: false, factor: 1 },
  century: { letter: 'CE', time: false, factor: 1 },
};

/** Parts of the day → TimeML codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI',
};

export const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Fixed-date holidays → [month, day]. */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  "new year's": [1, 1],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "valentine's day": [2, 14],
  'independence day': [7, 4],
  'fourth of july': [7, 4],
  halloween: [10, 31],
  "veterans day": [11, 11],
  'armistice day': [11, 11],
  'bastille day': [7, 14],
  "st. patrick's day": [3, 17],
  "saint patrick's day": [3, 17],
  'may day': [5, 1],
};

/** Holidays on the n-th weekday of a month → [month, ISO weekday, n] (n = −1: the last). */
export const WEEKDAY_HOLIDAYS: Readonly<Record<string, readonly [number, number, number]>> = {
  'thanksgiving day': [11, 4, 4],
  thanksgiving: [11, 4, 4],
  'labor day': [9, 1, 1],
  'memorial day': [5, 1, -1],
  "martin luther king day": [1, 1, 3],
  "presidents' day": [2, 1, 3],
  "mother's day": [5, 7, 2],
  "father's day": [6, 7, 3],
};

/** Easter-relative holidays → days after Easter Sunday. */
export const EASTER_HOLIDAYS: Readonly<Record<string, number>> = {
  easter: 0, 'easter sunday': 0, 'good friday': -2, 'easter monday': 1,
};

/** Zone names → TimeML offset suffix (`Z` for UTC). `local time` states a zone without naming it: no suffix. */
export const ZONES: Readonly<Record<string, string>> = {
  gmt: 'Z', utc: 'Z', z: 'Z', bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', msk: '+03:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  ist: '+05:30', jst: '+09:00', irst: '+03:30', ast: '+03:00',
};

/**
 * Cues that the clause speaks of the future: an underspecified date in it is resolved forward.
 * Developed on TBAQ-cleaned (TempEval-3 training data).
 */
export const FUTURE_CUES: readonly string[] = [
  'will', "won't", "'ll", 'shall', 'going to', 'plans to', 'plan to', 'planned', 'planning', 'scheduled', 'expected to', 'expects to',
  'is to', 'are to', 'is due', 'are due', 'due to', 'would', 'next', 'upcoming', 'coming', 'until', 'intends to', 'set to',
  'begin', 'begins', 'starting', 'effective', 'resume', 'resumes', 'hopes to', 'aims to', 'deadline', 'expire', 'expires',
  'soon as', 'early as', 'ahead of', 'expected', 'payable', 'tomorrow',
  // a decision or promise points at what comes after it
  'decided to', 'agreed to', 'voted to', 'promised to', 'pledged to', 'vowed to', 'threatened to', 'wants to', 'want to', 'asked to',
];

/** Cues that the clause reports the past (besides any `-ed` verb). */
export const PAST_CUES: readonly string[] = [
  'said', 'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'told', 'came', 'went', 'took', 'made', 'met', 'began', 'rose', 'fell',
  'won', 'lost', 'gave', 'left', 'saw', 'held', 'got', 'ran', 'sold', 'bought', 'hit', 'struck', 'killed', 'shot', 'led', 'fled',
];
