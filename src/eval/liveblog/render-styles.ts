/**
 * How the eval prints a live blog, as data: each blog gets one style, chosen by a hash of its id,
 * so every run renders the same pages and the styles are spread evenly over the blogs.
 */

export type LabelShape = 'hh:mm' | 'h.mmam-zone' | 'updated-hh:mm-zone' | 'h:mm-AM';

export interface RenderStyle {
  readonly name: string;
  readonly shape: LabelShape;
  /** True: the label is a paragraph of its own, followed by the entry's text. */
  readonly ownLine: boolean;
  /** A zone statement printed under the title, or null. */
  readonly statement: string | null;
  /** The zone the caller hands in (as page metadata would), or null. */
  readonly callerZone: string | null;
}

export const RENDER_STYLES: readonly RenderStyle[] = [
  { name: 'hh:mm inline + statement', shape: 'hh:mm', ownLine: false, statement: 'All times in UK time (GMT/BST)', callerZone: null },
  { name: 'guardian 6.15pm BST inline', shape: 'h.mmam-zone', ownLine: false, statement: null, callerZone: null },
  { name: 'hh:mm own line + statement', shape: 'hh:mm', ownLine: true, statement: 'All updates in UK time', callerZone: null },
  { name: 'guardian 6.15pm BST own line', shape: 'h.mmam-zone', ownLine: true, statement: null, callerZone: null },
  { name: 'hh:mm inline, zone from metadata', shape: 'hh:mm', ownLine: false, statement: null, callerZone: 'Europe/London' },
  { name: 'Updated at 14:32 GMT inline', shape: 'updated-hh:mm-zone', ownLine: false, statement: null, callerZone: null },
  { name: '6:15 PM inline + statement', shape: 'h:mm-AM', ownLine: false, statement: 'Times are UK time', callerZone: null },
];

/** Lines a page shows for an embedded video; the duration is inserted before them. */
export const VIDEO_BLOCK_TAIL = 'This browser does not support the video element.';
