/**
 * Name keys: person names folded over transliteration variants, organisation names over head-noun
 * synonyms and spellings. Keys compare names; they are never shown as names.
 */
import { LETTER_RULES, NAME_PARTICLES, NAME_SUFFIXES, NAME_VARIANTS, PARTICLE_PREFIX } from './data/transliteration.ts';
import { ORG_DROP_LEADING, ORG_DROP_TRAILING, ORG_HEAD_SYNONYMS } from './data/organisations.ts';

/** Lower-case, accents stripped. */
export function plain(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const MEMO_LIMIT = 50_000;

/** `fold` remembering its answers (emptied when full): names recur in a document and across a corpus. */
function memoised(fold: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let folded = memo.get(text);
    if (folded === undefined) {
      folded = fold(text);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(text, folded);
    }
    return folded;
  };
}

/** One person-name token folded (`Qassem` → `kasem`); `''` for particles, initials and suffixes (memoised: the rules are a dozen regexes). */
export const foldNameToken: (token: string) => string = memoised(foldUncached);

function foldUncached(token: string): string {
  let t = plain(token).replace(PARTICLE_PREFIX, '');
  if (NAME_PARTICLES.has(t) || NAME_SUFFIXES.has(t)) return '';
  if (/^\p{L}\.?$/u.test(t)) return ''; // a middle initial
  t = t.replace(/\.$/, '');
  for (const [re, to] of NAME_VARIANTS) if (re.test(t)) t = to;
  for (const [re, to] of LETTER_RULES) t = t.replace(re, to);
  return t.replace(/-/g, '');
}

/** The folded tokens of a person name, particles and initials removed. */
export function foldPersonName(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const tok of tokens) {
    for (const part of tok.split(/\s+/)) {
      const f = foldNameToken(part);
      if (f) out.push(f);
    }
  }
  return out;
}

/** Organisation / place key: lower-case, no accents, no `the`, no apostrophes, head synonyms merged (memoised). */
export const foldOrgName: (text: string) => string = memoised(foldOrgNameUncached);

function foldOrgNameUncached(text: string): string {
  // Acronyms keep their letters (`CNN` is not `cn`); other words lose doubled letters (`Hezbollah` = `Hezbolah`).
  const trimmedText = text.trim();
  // `PMUs` is the plural of the acronym `PMU`.
  const pluralAcronym = /^[A-Z0-9&]{2,}s$/.test(trimmedText);
  const acronym = pluralAcronym || /^[A-Z0-9&.-]{2,}$/.test(trimmedText);
  const words = plain(pluralAcronym ? trimmedText.slice(0, -1) : text)
    .replace(/['’`]s\b/g, '')
    .replace(/['’`.]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  while (words.length > 1 && ORG_DROP_LEADING.has(words[0] as string)) words.shift();
  // `DW News` = `DW`, `Fox News` = `Fox`: an outlet's name with or without its medium.
  if (words.length === 2 && ORG_DROP_TRAILING.has(words[1] as string)) words.pop();
  return words.map((w) => ORG_HEAD_SYNONYMS[w] ?? (acronym ? w : w.replace(/(.)\1+/g, '$1'))).join(' ');
}
