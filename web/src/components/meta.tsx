/** A row of small facts (dates, counts, outlet). Spaces between them keep the text readable when copied or read aloud. */
import { Fragment, type ComponentChildren } from 'preact';

export function Meta({ parts }: { parts: ComponentChildren[] }) {
  const shown = parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '');
  return <span class="meta">{shown.map((p, i) => <Fragment key={i}>{i > 0 && ' '}<span>{p}</span></Fragment>)}</span>;
}
