/** Live blogs: recognise one in cleaned text and split it into timed entries (README.md). */
export type { LiveblogEntry, LiveblogInput, LiveblogSegmentation } from './types.ts';
export { segmentLiveblog, MIN_ENTRIES } from './segment.ts';
export { resolveZone } from './resolve-zone.ts';
