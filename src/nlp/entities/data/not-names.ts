/**
 * Spans a tagger takes for names that are not entities of the six types. Lower-case.
 * Developed on OntoNotes dev gold and the five seeds' system output (looked at, not tuned item by item).
 */

/**
 * Generic head nouns of organisations and facilities: alone (`the Army said`, `the Embassy`, `Defense` cut
 * from `Defense Secretary`) they are a description or a fragment, not a name; inside a longer name
 * (`Mahdi Army`, `US Embassy`) they are kept.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'army', 'navy', 'military', 'embassy', 'consulate', 'ministry', 'department', 'state', 'defense', 'defence',
  'government', 'agency', 'office', 'committee', 'commission', 'coalition', 'administration', 'cabinet', 'court',
  'council', 'bureau', 'directorate', 'police', 'forces', 'force', 'militia', 'militias', 'regime', 'authority',
  'authorities', 'foreign', 'interior', 'justice', 'affairs', 'security', 'intelligence', 'headquarters', 'base',
  'airport', 'company', 'group', 'party',
  // adjectives of institutions (`without Congressional approval`): about a body, not its name
  'congressional', 'parliamentary', 'presidential', 'ministerial', 'governmental', 'federal', 'judicial',
  'legislative', 'constitutional', 'senatorial', 'municipal',
]);

/** Time-zone names (`Universal Time`, `Eastern Standard Time`, `GMT`): a tagger's PERSON or ORG, never a name here. */
export const TIME_ZONE = /^(?:(?:coordinated\s+)?universal|greenwich(?:\s+mean)?|(?:(?:central|eastern|western)\s+)?(?:european|african|australian)|eastern|central|mountain|pacific|atlantic|alaska|hawaii|arabia|arabian|gulf|iran|israel|moscow|india|indian|china|japan|korea|british\s+summer|irish)(?:\s+(?:standard|daylight|summer|mean))?\s+time$|^(?:gmt|utc|edt|est|cet|cest|pst|pdt|cst|cdt|bst|irst|ast)$/;

/** Commodity benchmarks named like places or bodies (`Brent oil`, `WTI`). */
export const COMMODITY_NAMES: ReadonlySet<string> = new Set(['brent', 'brent crude', 'wti', 'west texas intermediate', 'dubai crude', 'urals']);

/** Prefixes glued to a name that make it an attribute (`pro-Iran militias`, `anti-Islamic State coalition`). */
export const STANCE_PREFIX = /^(?:pro|anti|non|ex|post|pre)[-‐–](?=\p{Lu})/u;

/** Lower-case words a tagger sometimes leaves at the end of a span (`Gulf Keystone Petroleum and`). */
export const TRAILING_FUNCTION_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'the', 'in', 'at', 'on', 'for', 'with', 'to', 'by', 'from', 'a', 'an']);
