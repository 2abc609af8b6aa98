/** A derived line's citations as outlet badges, each a link that opens the cited span. */
import { citationHref, outletLabel } from '../format.ts';
import type { Citation, StoryDocument } from '../types.ts';

export function CitationBadges({ citations, documents }: { citations: readonly Citation[]; documents?: ReadonlyMap<string, StoryDocument> }) {
  return (
    <span class="badges">
      {citations.map((c) => {
        const outlet = outletLabel(documents?.get(c.doc), c.doc);
        return (
          <a class="badge" href={citationHref(c)} key={`${c.doc}:${c.start}`} aria-label={`Source: ${outlet}, characters ${c.start} to ${c.end}`}>
            {outlet}
          </a>
        );
      })}
    </span>
  );
}
