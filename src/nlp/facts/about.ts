/**
 * The `about` text of a fact. The Fact model has no field for a qualifier or a range, so they are
 * kept at the front of `about` in parentheses — `(more than) active service members`,
 * `(between 3000 and 3500) troops` — and `splitAbout` takes them apart again.
 */

export interface AboutParts {
  /** `more than`, `about`, `at least`, `nearly`, `up to`, `less than`, or `between A and B`; null when none. */
  readonly qualifier: string | null;
  /** What is counted or measured (`active service members`). */
  readonly subject: string;
}

export function formatAbout(subject: string, qualifier: string | null): string {
  return qualifier ? `(${qualifier}) ${subject}` : subject;
}

export function splitAbout(about: string): AboutParts {
  const m = /^\(([^)]*)\)\s+(.*)$/s.exec(about);
  return m && m[1] !== undefined && m[2] !== undefined ? { qualifier: m[1], subject: m[2] } : { qualifier: null, subject: about };
}
