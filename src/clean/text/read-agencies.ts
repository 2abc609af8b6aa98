/** Wire agencies credited by a sign-off, a reporting credit or a dateline, in canonical names. */
import type { CreditForm } from './rules/agencies.ts';
import { AGENCIES, CREDIT_FORMS, DATELINE_CREDIT, GENERIC_CREDITS } from './rules/agencies.ts';

export interface CreditMatch {
  readonly rule: string;
  readonly agencies: readonly string[];
}

const BY_NAME = new Map<string, string>(AGENCIES.flatMap((a) => a.names.map((n) => [n, a.canonical] as const)));
const GENERIC = new Set(GENERIC_CREDITS.map((g) => g.toLowerCase()));
const LIST_SEPARATORS = / ?(?:,|\/|&|;|\band\b|\bwith\b) ?/;

/**
 * Canonical agencies of a pure credit list ("AP, AFP, dpa, Reuters", "Staff and agencies"), or null
 * when any item is not an agency: "(the Pentagon)" is not a sign-off.
 */
export function parseAgencyList(list: string): string[] | null {
  const items = list.split(LIST_SEPARATORS).map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length === 0) return null;
  const found: string[] = [];
  for (const item of items) {
    const canonical = BY_NAME.get(item) ?? BY_NAME.get(item.replace(/^The /, ''));
    if (canonical !== undefined) found.push(canonical);
    else if (!GENERIC.has(item.toLowerCase())) return null;
  }
  return found;
}

/** Every agency named as a whole word anywhere in a credit ("additional reporting by AFP and staff"). */
export function findAgencyNames(text: string): string[] {
  const found: string[] = [];
  for (const agency of AGENCIES) {
    for (const name of agency.names) {
      if (name.length < 3 && !/^[A-Z]{2}$/.test(name)) continue;
      if (wholeWordIndex(text, name) >= 0) {
        found.push(agency.canonical);
        break;
      }
    }
  }
  return found;
}

function wholeWordIndex(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    from = at + 1;
  }
}

/** The credit form a whole line is, or null when it is not a credit line. */
export function matchCreditLine(line: string, words: number): CreditMatch | null {
  for (const form of CREDIT_FORMS) {
    const match = matchForm(form, line, words);
    if (match) return match;
  }
  return null;
}

function matchForm(form: CreditForm, line: string, words: number): CreditMatch | null {
  if (form.maxWords !== undefined && words > form.maxWords) return null;
  const m = form.pattern.exec(line);
  const captured = m?.[1];
  if (captured === undefined) return null;
  if (form.loose) return { rule: form.name, agencies: findAgencyNames(captured) };
  const agencies = parseAgencyList(captured);
  return agencies === null ? null : { rule: form.name, agencies };
}

/** Agencies a dateline credits at the start of a body paragraph; the paragraph stays. */
export function readDatelineCredit(paragraph: string): string[] {
  const m = DATELINE_CREDIT.exec(paragraph);
  return m?.[1] === undefined ? [] : (parseAgencyList(m[1]) ?? []);
}

export function addUnique(into: string[], more: readonly string[]): void {
  for (const item of more) if (!into.includes(item)) into.push(item);
}
