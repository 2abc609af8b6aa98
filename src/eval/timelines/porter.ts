/**
 * The Porter stemmer exactly as ROUGE-1.5.5.pl's `sub stem` has it (Release 1 of Martin Porter's Perl
 * version, with Lin's 2004 change to step 4: a word ending in -ement does not then try -ment and -ent
 * in the same pass). Hand-ported rather than taken from npm because the published T17 scores use this
 * exact variant, and no stemmer package is installed in node_modules (checked: natural, stemmer,
 * porter-stemmer are all absent). A standard Porter package would differ on words like "agreement".
 */
const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const MGR0 = new RegExp(`^(${C})?${V}${C}`); // [C]VC... is m>0
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // [C]VC[V] is m=1
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // [C]VCVC... is m>1
const HAS_V = new RegExp(`^(${C})?${v}`); // vowel in stem
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent', eli: 'e',
  ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous',
  aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
const STEP2_RE = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3_RE = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_RE = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Perl's `$\``: the text before the match. */
function before(w: string, m: RegExpMatchArray): string {
  return w.slice(0, m.index);
}

export function porterStem(word: string): string {
  let w = word;
  if (w.length < 3) return w;
  const initialY = w.startsWith('y');
  if (initialY) w = 'Y' + w.slice(1);
  let m: RegExpMatchArray | null;

  // Step 1a
  if ((m = w.match(/(ss|i)es$/))) w = before(w, m) + (m[1] as string);
  else if ((m = w.match(/([^s])s$/))) w = before(w, m) + (m[1] as string);
  // Step 1b
  if ((m = w.match(/eed$/))) {
    if (MGR0.test(before(w, m))) w = w.slice(0, -1);
  } else if ((m = w.match(/(ed|ing)$/))) {
    const stem = before(w, m);
    if (HAS_V.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  // Step 1c
  if ((m = w.match(/y$/))) {
    const stem = before(w, m);
    if (HAS_V.test(stem)) w = stem + 'i';
  }
  // Step 2
  if ((m = w.match(STEP2_RE))) {
    const stem = before(w, m);
    if (MGR0.test(stem)) w = stem + STEP2[m[1] as string];
  }
  // Step 3
  if ((m = w.match(STEP3_RE))) {
    const stem = before(w, m);
    if (MGR0.test(stem)) w = stem + STEP3[m[1] as string];
  }
  // Step 4 (ROUGE's 2004 variant: three independent ifs, then the -sion/-tion case only when -ent did not match)
  if ((m = w.match(STEP4_RE))) {
    const stem = before(w, m);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = w.match(/ment$/))) {
    const stem = before(w, m);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = w.match(/ent$/))) {
    const stem = before(w, m);
    if (MGR1.test(stem)) w = stem;
  } else if ((m = w.match(/(s|t)(ion)$/))) {
    const stem = before(w, m) + (m[1] as string);
    if (MGR1.test(stem)) w = stem;
  }
  // Step 5
  if ((m = w.match(/e$/))) {
    const stem = before(w, m);
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);
  if (initialY) w = 'y' + w.slice(1);
  return w;
}
