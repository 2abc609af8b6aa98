/**
 * Where a quotable sentence really starts: wire datelines and live-blog entry stamps are page furniture
 * run into the first sentence, not words of the report. Shared by the timeline, the summary and the
 * reactions, so a sentence is cut the same way in every view.
 */
import type { Document, Span } from '../model/index.ts';

/**
 * A wire dateline run into the lead (`BEIRUT | Wed Apr 27 , 2011 10:19 am EDT BEIRUT ( Reuters ) - `,
 * `( CNN ) -- `): everything up to the credit in brackets followed by a dash, within the first 200 characters.
 */
const DATELINES: readonly RegExp[] = [
  /^[^]{0,200}?\(\s*[A-Z][A-Za-z.&' ]{0,30}\)\s*-{1,2}\s*/,
  // A headline and standfirst run into the lead, ended by the filing time (`Tuesday 4 January 2005 08.43 GMT `).
  /^[^]{0,300}?\b\d{4} \d{1,2}[.:]\d{2} (?:GMT|BST|EST|EDT|ET)\s+/,
  // A live-update stamp (`( Update 12:41 a.m. Tuesday in Cairo , 5:41 p.m. ET Monday ) `).
  /^\(\s*Update[^)]{0,120}\)\s*/,
];

/** The span left after cutting datelines off the front of a sentence. */
export function trimDateline(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  for (const re of DATELINES) {
    const m = re.exec(text.slice(from, end));
    if (m && from + m[0].length < end) from += m[0].length;
  }
  return { start: from, end };
}

/** A live-blog entry's own time label at its start (`08:05 `, `9.41am `, `23:56 GMT – `). */
const ENTRY_STAMP = /^\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT))?\s*[-–—:|]?\s+/;

/** The span to cite for a sentence: datelines cut, a live-blog entry's stamp cut when the sentence opens the entry, spaces trimmed. */
export function citedSpan(doc: Document, span: Span): Span {
  let { start } = trimDateline(doc.text, span.start, span.end);
  let end = span.end;
  if (doc.passages.some((p) => p.kind === 'liveblog_entry' && p.start === start)) {
    const m = ENTRY_STAMP.exec(doc.text.slice(start, end));
    if (m && start + m[0].length < end) start += m[0].length;
  }
  while (start < end && /\s/.test(doc.text[start] as string)) start++;
  while (end > start && /\s/.test(doc.text[end - 1] as string)) end--;
  return { start, end };
}
