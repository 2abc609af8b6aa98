/**
 * Entity resolution within a document (issue 7 part 1): aliases, acronyms, titles → roles, capitals and
 * demonyms → their country, credits dropped, gazetteer fallback, corpus keys. See README.md.
 */
export { resolveEntities } from './resolve.ts';
export { linkPartialKey, isPartialKey } from './keys.ts';
export { foldPersonName, foldOrgName, foldNameToken, plain } from './fold.ts';
