/**
 * Spelled-out numbers. Exact cardinals are read as numbers; vague plurals ("dozens", "thousands
 * of") are NOT facts: they carry no quantity a reader could check or contradict, so they are skipped.
 */

/** Cardinal words below a hundred. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
]);

/** Words that multiply the number before them (`3 million`, `two hundred`, `half a billion`). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['billion', 1e9], ['bn', 1e9], ['bln', 1e9], ['trillion', 1e12], ['tn', 1e12],
]);

/** Suffixes glued to digits by the tokenizer (`1.5bn`, `5m`). */
export const GLUED_SCALES: ReadonlyMap<string, number> = new Map([['bn', 1e9], ['m', 1e6]]);

/** Vague quantities: skipped (documented in README.md). */
export const VAGUE_NUMBERS: ReadonlySet<string> = new Set([
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores', 'several', 'many', 'few', 'numerous',
]);

/** Words after which a spelled-out number refers back rather than claims (`the two nations`). */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'all', 'no', 'any', 'every', 'each', 'this', 'that',
]);

/** Ordinals and fractions after a spelled number (`one ninth`, `two thirds`): not a count. */
export const FRACTION_WORDS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'sixth', 'sixths',
  'seventh', 'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths', 'hundredth', 'thousandth',
]);
