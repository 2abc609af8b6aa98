/**
 * Folding of personal-name tokens so that transliteration variants get one key
 * (`Qassem`/`Qasem`/`Ghasem` → `kasem`, `Soleimani`/`Suleimani`/`Sulaimani` → `suleimani`).
 * Applied to a lower-case, accent-free token: first the whole-token variants, then the letter rules in order.
 * The result is a matching key, not a spelling: it only has to be the same for variants of one name and
 * different for different names.
 */

/** Whole-token variants of common Arabic and Persian given names, checked before the letter rules. */
export const NAME_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/^m[ou]h+am+[aeu]d$/, 'muhammad'],
  [/^ahm[ae]d$/, 'ahmad'],
  [/^abd[eu]l+$/, 'abdul'],
  [/^(?:y[ou]u?s+[eu]f|y[ou]u?s+[ou]f|joseph)$/, 'yusuf'],
  [/^(?:q|k|gh)as+(?:e|i)m$/, 'qasem'],
  [/^h[ou]s+(?:ei|ai|a|e)y?n$/, 'husein'],
  [/^(?:e|i)sma(?:e|i)l$/, 'ismail'],
];

/** Letter rules, in order: [pattern, replacement]. */
export const LETTER_RULES: readonly (readonly [RegExp, string])[] = [
  [/['’`ʿʾ]/g, ''], // Kata'ib, Sa'id
  [/ph/g, 'f'],
  [/^gh/, 'q'], // Ghasem / Qasem
  [/q/g, 'k'], // q / k
  [/ck/g, 'k'],
  [/(.)\1+/g, '$1'], // doubled letters: Qassem / Qasem, Hassan / Hasan
  [/ou|oo|ow/g, 'u'], // Rouhani / Ruhani / Rowhani
  [/ee/g, 'i'],
  [/ey/g, 'ei'], // Reyhaneh / Reihaneh
  [/ai/g, 'ei'], // Sulaimani / Suleimani
  [/o/g, 'u'], // Soleimani / Suleimani, Rohani / Ruhani, Osama / Usama
  [/ie$/, 'i'],
];

/** Particles dropped from person-name keys (`Abu Mahdi al-Muhandis` = `Abu Mahdi Muhandis`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'at', 'az', 'ul']);
/** Article prefixes glued by a hyphen (`al-Sadr`), removed before folding. */
export const PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|an|ar|at|az|ul)-(?=\p{L})/u;
/** Name suffixes that are not surnames. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
