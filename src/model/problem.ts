/**
 * Bad or odd data is a value, never an exception (STYLE.md 2.5): a Problem names the item,
 * the stage that found it, a stable code and a reason a person can act on.
 */
export interface Problem {
  /** The stage or edge that found it, dotted: `ingest.jsonl`, `clean.liveblog`. */
  readonly source: string;
  /** Stable kebab-case code: `invalid-json`, `too-large`, `not-utf8`. */
  readonly code: string;
  readonly reason: string;
  /** The item: a file path, `path:LINE`, `path#N`. */
  readonly item?: string;
  /** Fatal problems mean the item was not stored; warnings mean it was, with this caveat. */
  readonly fatal: boolean;
}

export function problem(source: string, code: string, reason: string, item: string | undefined, fatal: boolean): Problem {
  return item === undefined ? { source, code, reason, fatal } : { source, code, reason, item, fatal };
}

/** `item: source/code reason` — the one line a user sees. */
export function formatProblem(p: Problem): string {
  const level = p.fatal ? 'error' : 'warning';
  return `${p.item ?? '(input)'}: ${level} ${p.source}/${p.code}: ${p.reason}`;
}
