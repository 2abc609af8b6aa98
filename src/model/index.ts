export type * from './document.ts';
export type * from './span.ts';
export { spanText, isSpanInBounds } from './span.ts';
export type * from './problem.ts';
export { problem, formatProblem } from './problem.ts';
export { documentId, passageId } from './ids.ts';
export type * from './annotations.ts';
