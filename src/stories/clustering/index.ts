/** Online story clustering: documents join stories or open them, one at a time (README.md). */
export { StoryClusterer } from './clusterer.ts';
export { DEFAULT_CLUSTER_OPTIONS } from './defaults.ts';
export type { ClusterOptions, StoryAssignment, StoryInput, StoryRecord } from './types.ts';
export { fromDocument } from './from-document.ts';
