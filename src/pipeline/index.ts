export { ingestPaths } from './ingest.ts';
export type { IngestSummary, IngestOptions, IngestProgress, ItemResult, ItemOutcome } from './ingest.ts';
export { extractPaths } from './extract.ts';
export { exportChunks } from './export.ts';
export type { ExportFormat } from './export.ts';
export { analyseStored } from './analyse.ts';
export type { AnalyseOptions, AnalyseSummary } from './analyse.ts';
export { currentAnalysisVersion } from './load-resources.ts';
