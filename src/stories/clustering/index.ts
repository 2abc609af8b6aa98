/** Online story clustering: documents join stories or open them, one at a time (README.md). */
export { StoryClusterer, NAME_KEY, type PendingDocument, type StoryRange } from './clusterer.ts';
export type { ClusterChanges, ClusterSnapshot, SavedStory } from './snapshot.ts';
export { DEFAULT_CLUSTER_OPTIONS } from './defaults.ts';
export type { ClusterOptions, StoryAssignment, StoryInput, StoryRecord } from './types.ts';
export { fromDocument } from './from-document.ts';
export { assignFromSource, indexKeyParts, type ClusterStateSource, type SourcedRun } from './assign-from-source.ts';
