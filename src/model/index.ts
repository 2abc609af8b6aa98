export type * from './document.ts';
export type * from './span.ts';
export { spanText, isSpanInBounds } from './span.ts';
export type * from './problem.ts';
export { problem, formatProblem } from './problem.ts';
export { documentId, entityId, passageId, recordId } from './ids.ts';
export type * from './annotations.ts';
export { toExportAnnotations, mergeExportEntities } from './export-annotations.ts';
export type { ExportAnnotations, ExportEntity } from './export-annotations.ts';
