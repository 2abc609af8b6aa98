/**
 * Organisation-name folding: head nouns that name the same kind of body (`Popular Mobilization Units` =
 * `Popular Mobilization Forces`) and British/American spellings. Keys, not spellings.
 */
export const ORG_HEAD_SYNONYMS: Readonly<Record<string, string>> = {
  units: 'forces',
  unit: 'forces',
  force: 'forces',
  guards: 'guard',
  brigade: 'brigades',
  battalion: 'battalions',
  militia: 'militias',
  organisation: 'organization',
  mobilisation: 'mobilization',
  defence: 'defense',
  programme: 'program',
  centre: 'center',
  ministry: 'ministry',
};

/** Leading words dropped from organisation and place keys. */
export const ORG_DROP_LEADING: ReadonlySet<string> = new Set(['the']);

/** A medium after an outlet's one-word name, dropped from the key (`DW News` = `DW`, `Fox News` = `Fox`). */
export const ORG_DROP_TRAILING: ReadonlySet<string> = new Set(['news', 'tv', 'television', 'radio', 'online']);

/**
 * Last words that make a span an organisation whatever the tagger's place type (`Gulf Air`, `Iran Air`,
 * `Gulf Keystone Petroleum`, `Tehran Times`).
 */
export const ORG_FINAL_WORDS: ReadonlySet<string> = new Set([
  'air', 'airways', 'airlines', 'petroleum', 'bank', 'corporation', 'corp', 'company', 'inc', 'ltd', 'plc', 'group',
  'times', 'post', 'news', 'agency', 'tv', 'television', 'radio', 'press', 'university', 'institute', 'party',
  'council', 'ministry', 'committee', 'foundation',
]);

/** Lower-case nouns before a one-word name that make it an organisation (`energy group Acme`, `oil giant Acme`). */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'group', 'company', 'firm', 'giant', 'maker', 'producer', 'operator', 'carrier', 'airline', 'broadcaster',
  'newspaper', 'daily', 'agency', 'conglomerate', 'manufacturer', 'bank', 'insurer', 'retailer', 'outlet', 'network',
  'channel', 'party', 'organisation', 'organization', 'militia', 'movement', 'multinational', 'major',
]);
