/** A parsed JSON record → the content to clean and its hints, by the field aliases in record-fields.ts. */
import type { ContentType, Hints } from '../model/index.ts';
import { FIELD_ALIASES, HTML_VALUE_START, NESTED_STRING_KEYS } from './record-fields.ts';
import type { Note } from './types.ts';

export type JsonRecord = Readonly<Record<string, unknown>>;

export type MappedRecord =
  | { readonly ok: true; readonly contentType: ContentType; readonly content: string; readonly hints: Hints }
  | { readonly ok: false; readonly note: Note };

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string from a string, a number, a list of strings (authors) or a `{name}`-like object; else null. */
function asString(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && depth === 0) {
    const parts = value.map((v) => asString(v, 1)).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (isRecord(value) && depth <= 1) {
    for (const key of NESTED_STRING_KEYS) {
      const inner = asString(value[key], depth + 1);
      if (inner !== null) return inner;
    }
  }
  return null;
}

/** The first alias present with a usable value; exact key first, then case-insensitive. */
function pick(record: JsonRecord, aliases: readonly string[], lowerKeys: ReadonlyMap<string, string>): string | null {
  for (const alias of aliases) {
    const key = alias in record ? alias : lowerKeys.get(alias.toLowerCase());
    if (key === undefined) continue;
    const value = asString(record[key]);
    if (value !== null) return value;
  }
  return null;
}

const URL_LIKE = /^https?:\/\/\S+$/i;

/** Epoch numbers (seconds or milliseconds) become ISO date-times; strings stay as stated. */
function publishedHint(value: string | null): string | null {
  if (value === null || !/^\d{9,13}(\.\d+)?$/.test(value)) return value;
  const n = Number(value);
  const date = new Date(n > 1e11 ? n : n * 1000);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

function hintsOf(record: JsonRecord, lowerKeys: ReadonlyMap<string, string>): Hints {
  let url = pick(record, FIELD_ALIASES.url, lowerKeys);
  let source = pick(record, FIELD_ALIASES.source, lowerKeys);
  if (source !== null && URL_LIKE.test(source.trim())) {
    // trafilatura's `source` is the page URL, not the outlet: use it as the URL, look again for the outlet.
    url ??= source.trim();
    source = pick(record, FIELD_ALIASES.source.filter((k) => k !== 'source'), lowerKeys);
  }
  const hints: Record<string, string> = {};
  const set = (key: keyof Hints, value: string | null) => {
    if (value !== null && value.trim() !== '') hints[key] = value.trim();
  };
  set('url', url);
  set('title', pick(record, FIELD_ALIASES.title, lowerKeys));
  set('published', publishedHint(pick(record, FIELD_ALIASES.published, lowerKeys)));
  set('source', source);
  set('author', pick(record, FIELD_ALIASES.author, lowerKeys));
  set('language', pick(record, FIELD_ALIASES.language, lowerKeys));
  return hints;
}

export function mapRecord(record: JsonRecord): MappedRecord {
  const lowerKeys = new Map(Object.keys(record).map((k) => [k.toLowerCase(), k]));
  const text = pick(record, FIELD_ALIASES.text, lowerKeys);
  const html = pick(record, FIELD_ALIASES.html, lowerKeys);
  const hints = hintsOf(record, lowerKeys);
  if (text !== null) {
    // CMS exports put markup in `content`/`body`; cleaning it as text would keep the tags.
    const contentType = html === null && HTML_VALUE_START.test(text) ? 'html' : 'text';
    return { ok: true, contentType, content: text, hints };
  }
  if (html !== null) return { ok: true, contentType: 'html', content: html, hints };
  const keys = Object.keys(record).slice(0, 12).join(', ');
  return {
    ok: false,
    note: { code: 'no-content', reason: `the record has no text or html field (fields: ${keys || 'none'}); expected one of text, maintext, content, body, html, raw_html…` },
  };
}
