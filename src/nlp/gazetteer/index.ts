/**
 * Gazetteer: countries, capitals, cities, regions, demonyms, organisations, political persons and titles.
 * Everything is indexed once at module load; see README.md for sources, licences and sizes.
 */
export { gazetteerLabels, matchGazetteer, matchDocument, sentenceLabels, gazetteerSize, canonicalTitle } from './matcher.ts';
export type { DocumentGazetteer, GazetteerKind, GazetteerMatch } from './matcher.ts';
export { lookupPlace, lookupPlaces, lookupDemonym, countryByCode, placeKey } from './places.ts';
export type { Place, PlaceKind, DemonymCountry } from './places.ts';
export { lookupOrg } from './orgs.ts';
export type { KnownOrg } from './orgs.ts';
