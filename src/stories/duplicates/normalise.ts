/**
 * The text a duplicate is judged on: lower-cased words with punctuation dropped, and for a live-blog
 * entry the body without its time label. The label belongs to the passage span (clean keeps
 * `08:05 To catch you up…` as one entry) but two snapshots of one blog may print the same entry an
 * hour apart (the seeds' DW pages: `08:05` in 002 is `07:05` in 003), so it must not count.
 */
import type { Document, Passage } from '../../model/index.ts';

/** Words: runs of letters, marks and digits; `’`/`'` inside a word joins (`iran's` is one word). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * A leading live-blog time label, the same shapes clean recognises (src/clean/liveblog/label-patterns.ts):
 * an optional prefix, `H:MM`/`HH.MM`, optional am/pm, optional zone, then a separator. Kept here
 * because stories may not import clean (test/architecture.test.ts).
 */
const LEADING_TIME_LABEL = new RegExp(
  '^\\s*(?:(?:[Uu]pdated at|[Pp]osted at|[Uu]pdated|[Uu]pdate|[Pp]osted)\\s+)?' + // prefix
    '\\d{1,2}[:.]\\d{2}(?!\\d)' + // clock
    '(?:\\s?[AaPp]\\.?[Mm]\\.?(?![A-Za-z]))?' + // am/pm
    '(?:\\s?(?:UK time|UTC|GMT|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|MSK|AEST|AEDT)(?![A-Za-z]))?' + // a zone clean's zone table knows
    '(?:[ \\t]*[-\u2013\u2014:|][ \\t]*|\\s+|$)', // separator
);

/** Lower-cased words of `text`, NFKC-normalised, curly apostrophes made straight. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(WORD)) out.push(m[0].replace(/’/g, "'"));
  return out;
}

/** The passage's text without a leading time label (only live-blog entries carry one). */
export function passageBody(doc: Document, passage: Passage): string {
  const text = doc.text.slice(passage.start, passage.end);
  return passage.kind === 'liveblog_entry' ? text.replace(LEADING_TIME_LABEL, '') : text;
}

/**
 * The document's body as the duplicate detector reads it: its passages' bodies in reading order
 * (labels stripped), or the whole text when clean found no passages.
 */
export function documentBody(doc: Document): string {
  if (doc.passages.length === 0) return doc.text;
  return doc.passages.map((p) => passageBody(doc, p)).join('\n\n');
}
