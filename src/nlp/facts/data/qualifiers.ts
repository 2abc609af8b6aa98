/**
 * Words before a number that qualify it (`more than half a million`, `some 3,000`). The Fact model
 * has no field for them, so the canonical form is kept at the front of `about` in parentheses:
 * `(more than) active service members` (see README.md and `splitAbout`).
 */

export interface QualifierEntry {
  readonly tokens: readonly string[];
  readonly canonical: string;
}

const q = (canonical: string, ...forms: string[]): QualifierEntry[] =>
  forms.map((form) => ({ tokens: form.split(' '), canonical }));

export const QUALIFIERS: readonly QualifierEntry[] = [
  ...q('about', 'about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'approx.', 'circa', 'nearly about'),
  ...q('more than', 'more than', 'over', 'upwards of', 'above', 'in excess of', 'just over', 'well over', 'over than'),
  ...q('at least', 'at least', 'a minimum of', 'no fewer than', 'no less than'),
  ...q('nearly', 'nearly', 'almost', 'close to', 'just under', 'just shy of', 'nearly all'),
  ...q('up to', 'up to', 'as many as', 'as much as', 'at most', 'a maximum of', 'no more than'),
  ...q('less than', 'less than', 'fewer than', 'under', 'below'),
];

/** Words before the number that mean "in addition" (`an additional 3,000 troops`): kept as `additional` in `about`. */
export const ADDITIONAL_WORDS: ReadonlySet<string> = new Set(['additional', 'extra', 'further', 'another', 'more']);
