/**
 * What a live-blog time label looks like, as data. A label opens a paragraph: an optional prefix,
 * `H:MM`/`HH.MM`, an optional am/pm, an optional zone suffix; then either the end of the paragraph
 * (label on its own line) or a separator and the entry's text.
 */

/** Words printed before the time (`Updated at 08:05`). Longest first. */
export const LABEL_PREFIXES: readonly string[] = ['Updated at', 'Posted at', 'Updated', 'Update', 'Posted'];

/**
 * The clock: 1–2 digit hour, `:` or `.`, two-digit minutes, not followed by another digit or by a
 * `:`/`.` and a digit (so `08:05:33`, `3.1415` and `10.15.2020` are no labels). Linear: no nested quantifiers.
 */
export const CLOCK = /^(\d{1,2})[:.](\d{2})(?!\d|[:.]\d)/;

/** am/pm right after the clock: `6.15pm`, `6:15 PM`, `6.15 p.m.`. Group 1 is the space, group 2 the letter. */
export const MERIDIEM = /^( ?)([AaPp])\.?[Mm]\.?(?![A-Za-z])/;

/** A zone suffix candidate (`BST`, `GMT/BST`, `UK time`); it counts only if the zone table knows it. */
export const ZONE_SUFFIX = /^ ?(UK time|[A-Z]{2,5}(?:\/[A-Z]{3,4})?)(?![A-Za-z])/;

/** Between an inline label and its text: spaces, or a dash, colon or bar. Must be followed by text. */
export const LABEL_SEPARATOR = /^(?:[ \t\u00a0]*[-\u2013\u2014:|][ \t\u00a0]*|[ \t\u00a0]+)(?=\S)/;

/** A time range (`11.00am-12.00 noon` in a schedule): the opening time is no entry label. */
export const TIME_RANGE = /^[ \t]*[-\u2013\u2014][ \t]*\d/;

/**
 * Paragraphs that show a bare time was a video's duration, not an entry label
 * (`03:42` then `This browser does not support the video element.`).
 */
export const VIDEO_CUES: readonly RegExp[] = [
  // Player chrome only: a block titled "video: police search…" under its own-line label is an entry.
  /does not support the video/i,
  /^media playback is (?:not supported|unsupported)/i,
  /^(?:video )?duration\b/i,
  /^(?:watch|play)(?: the)? video\.?$/i,
];

/**
 * A paragraph that states the blog's zone: "All updates in Coordinated Universal Time (UTC)",
 * "All times in UK time (GMT/BST)", "Times are BST". Group 1 is handed to resolveZone; only short
 * paragraphs are read (a statement is a line of its own).
 */
export const ZONE_STATEMENT =
  /\b(?:updates|times|timestamps|entries|posts)\s+(?:are\s+)?(?:(?:shown|given|displayed|listed|stated)\s+)?(?:in\s+)?([^.;]{2,60})/i;
export const ZONE_STATEMENT_MAX_LENGTH = 100;
