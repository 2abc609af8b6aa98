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
