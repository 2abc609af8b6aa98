/**
 * Corpus-level entity keys: `<TYPE>:<folded canonical name>`. A person known only by one name gets a
 * partial key `PERSON:~<folded name>`, which the store links across the corpus with `linkPartialKey`.
 */
export function entityKey(type: string, folded: string): string {
  return `${type}:${folded}`;
}

export function partialKey(type: string, folded: string): string {
  return `${type}:~${folded}`;
}

export function isPartialKey(key: string): boolean {
  return key.includes(':~');
}

/**
 * The one full key a partial key stands for: same type, and the partial name equals the full key's last
 * (surname) token. Null when none or several match (`PERSON:~hasan` with two Hassans stays unlinked).
 */
export function linkPartialKey(partial: string, candidates: readonly string[]): string | null {
  const colon = partial.indexOf(':~');
  if (colon < 0) return null;
  const type = partial.slice(0, colon);
  const name = partial.slice(colon + 2);
  let found: string | null = null;
  for (const c of candidates) {
    if (c === partial || !c.startsWith(`${type}:`) || isPartialKey(c)) continue;
    const words = c.slice(type.length + 1).split(' ');
    if (words.length < 2 || words[words.length - 1] !== name) continue;
    if (found !== null && found !== c) return null;
    found = c;
  }
  return found;
}
