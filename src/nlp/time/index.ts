/**
 * Time expressions of a document, normalised to TimeML values (TIMEX3 type and value) against the
 * right anchor: inside a live-blog entry with a timestamp, that timestamp; elsewhere the publication
 * date; with neither, relative expressions stay underspecified (`XXXX-12-27`, PAST_REF …).
 */
import type { Timex } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { findTimexes, findTimexesWith, type AnchorAt } from './find.ts';

export { findTimexes, findTimexesWith };
export type { AnchorAt };

/** The anchor governing each offset of the document. */
export function documentAnchors(input: Pick<StageInput, 'doc'>): AnchorAt {
  const published = input.doc.published?.value ?? null;
  const entries = input.doc.passages
    .filter((passage) => passage.kind === 'liveblog_entry' && typeof passage.time === 'string' && passage.time.length > 0)
    .map((passage) => ({ start: passage.start, end: passage.end, time: passage.time! }))
    .sort((a, b) => a.start - b.start);
  if (entries.length === 0) return () => published;
  return (offset) => {
    // binary search for the last entry starting at or before the offset
    let lo = 0;
    let hi = entries.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid]!.start <= offset) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const entry = hit >= 0 ? entries[hit]! : null;
    return entry && offset < entry.end ? entry.time : published;
  };
}

/** Every time expression of the document, with its `[start, end)` span into `doc.text`. */
export function extractTimexes(input: StageInput): Timex[] {
  return findTimexesWith(input.doc.text, documentAnchors(input));
}
