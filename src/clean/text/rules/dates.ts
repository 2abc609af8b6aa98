/** Words of stated dates: month names, weekdays, dateline prefixes, and the zone abbreviations we can resolve. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const MONTH_PATTERN = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
export const WEEKDAY_PATTERN = '(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\\.?,? )?';
/** "Published:", "Updated on", "Date" — the labels a page header puts before its date. */
export const DATE_PREFIX_PATTERN = '(?:(?:Published|Updated|Last updated|Last modified|Posted|First published|Date|Dated)(?: on)?\\s?:?\\s)?';

/** Offsets in minutes of zone abbreviations that mean one thing only. Ambiguous ones (IST, BST, CST…) are left out. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, IRST: 210,
  EST: -300, EDT: -240, PST: -480, PDT: -420, MST: -420, MDT: -360, JST: 540, KST: 540, AEST: 600, AEDT: 660,
};
