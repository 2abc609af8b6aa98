/**
 * Opaque pagination cursors: `{ items, next }` where `next` is base64url JSON that clients pass back
 * as `?cursor=`. Keyset (`k`, the last id) where the order allows it, else an offset (`o`). A cursor
 * that does not decode is a 400, never a silent first page.
 */
import { badRequest } from './problem.ts';

export type Cursor = { readonly k: string } | { readonly o: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (text === undefined || text === '') return null;
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null) {
      const v = value as { k?: unknown; o?: unknown };
      if (typeof v.k === 'string' && v.k.length <= 200) return { k: v.k };
      if (typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.o <= 10_000_000) return { o: v.o };
    }
  } catch {
    // fall through to the 400
  }
  throw badRequest('cursor is not one this server gave out; start again without ?cursor=');
}

export function offsetOf(cursor: Cursor | null): number {
  if (cursor === null) return 0;
  if ('o' in cursor) return cursor.o;
  throw badRequest('cursor does not belong to this list; start again without ?cursor=');
}

export function keyOf(cursor: Cursor | null): string | undefined {
  if (cursor === null) return undefined;
  if ('k' in cursor) return cursor.k;
  throw badRequest('cursor does not belong to this list; start again without ?cursor=');
}

/**
 * Asks the store for one row more than the page to know whether a next page exists.
 * `rows` are at most `limit + 1`; `next` is built from the page's last row.
 */
export function pageOf<T>(rows: readonly T[], limit: number, next: (last: T, count: number) => Cursor): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last !== undefined ? encodeCursor(next(last, items.length)) : null };
}
