/**
 * Words that precede a name as a title or role (`General Soleimani`, `Ayatollah Ali Khamenei`,
 * `President Donald Trump`). Surface forms are compared with and without them, so a system that
 * keeps `Khamenei` for `Ayatollah Khamenei` is not penalised for dropping the title.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'general', 'gen', 'gen.', 'major', 'commander', 'colonel', 'lieutenant', 'admiral',
  'president', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'secretary', 'state',
  'ayatollah', 'grand', 'supreme', 'leader', 'sheikh', 'cleric',
  'senator', 'sen', 'sen.', 'speaker', 'house', 'mayor', 'ambassador', 'spokesman', 'spokeswoman',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.',
]);
