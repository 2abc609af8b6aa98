export { ingestPaths } from './ingest.ts';
export type { IngestSummary, IngestOptions, IngestProgress, ItemResult, ItemOutcome } from './ingest.ts';
export { extractPaths } from './extract.ts';
export { exportChunks } from './export.ts';
export type { ExportFormat } from './export.ts';
