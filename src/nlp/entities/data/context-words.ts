/**
 * Context words for roles and metonymy. Lower-case.
 */

/** Words that may sit inside a title before a name (`Top US diplomat`, `former Defense Secretary`). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'top', 'senior', 'former', 'deputy', 'acting', 'chief', 'then', 'then-', 'foreign', 'defense', 'defence', 'military',
  'elite', 'powerful', 'veteran', 'retired', 'newly', 'appointed', 'head', 'interim', 'outgoing', 'incoming', 'assistant',
  'supreme', 'national', 'security', 'state', 'general', 'special', 'vice', 'prime', 'grand', 'late', 'slain', 'revered',
  'influential', 'hardline', 'iconic', 'shadowy', 'top-ranking', 'high-ranking', 'senior-most', 'press', 'regional',
  'policy', 'affairs', 'intelligence', 'counterterrorism', 'nuclear', 'political', 'senate', 'house', 'junior',
]);

/** Role nouns accepted in lower case as the head of a title (`top general Qassem Soleimani`). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'general', 'commander', 'leader', 'chief', 'secretary', 'minister', 'president', 'diplomat', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'cleric', 'ayatollah', 'senator', 'ambassador', 'adviser', 'advisor',
  'mastermind', 'strategist', 'head', 'director', 'chairman', 'speaker', 'lawmaker', 'representative', 'governor', 'mayor',
  'premier', 'king', 'prince', 'emir', 'sheikh', 'analyst', 'correspondent', 'reporter', 'editor', 'professor', 'colonel',
  'major', 'lieutenant', 'admiral', 'militant', 'figure', 'founder', 'expert', 'researcher', 'scholar', 'journalist',
  'activist', 'lawyer', 'politician', 'candidate', 'negotiator', 'aide', 'counterpart', 'rapporteur', 'commissioner',
]);

/** Honorifics: stripped from names, never roles. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'madam']);

/**
 * A capital right after one of these is the place, not its government (`protests in Tehran`, `flew to
 * Tehran`, `streets of Tehran`, `the Iraqi capital Baghdad`, `the Baghdad strike`). Anywhere else — subject,
 * object, after `against`, `by`, `at`, `between`, `on` — a capital in the news names its government
 * (`lashed out at Tehran`, `tensions between Washington and Tehran`, `supported by Tehran`).
 */
export const LOCATIVE_BEFORE: ReadonlySet<string> = new Set([
  'in', 'to', 'from', 'near', 'into', 'outside', 'inside', 'across', 'around', 'via', 'through', 'throughout', 'of',
  'within', 'beyond', 'visit', 'visits', 'visited', 'visiting', 'reach', 'reached', 'arrive', 'arrived', 'arriving',
  'leave', 'left', 'leaving', 'fled', 'flee', 'evacuated', 'downtown', 'central', 'northern', 'southern', 'eastern',
  'western', 'greater', 'the', 'a', 'an', 'capital', 'city', 'town', 'hometown', 'native', 'outskirts', 'till', 'until',
]);

/** A capital followed by one of these is a place even when not after a preposition (`Tehran residents`). */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'residents', 'resident', 'streets', 'street', 'airport', 'skyline', 'university', 'bazaar', 'mayor', 'city', 'province',
  'neighborhood', 'neighbourhood', 'suburb', 'suburbs', 'district', 'metro', 'traffic', 'stock', 'exchange', 'time',
  'embassy', 'hospital', 'square', 'mosque', 'cemetery', 'prison', 'police', 'governor', 'citizens', 'people', 'crowds',
]);

/**
 * A demonym followed by one of these names the state (`Iranian officials`, `Iraqi forces`): the mention is
 * linked to the country entity.
 */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'official', 'government', 'governments', 'authorities', 'leaders', 'leadership', 'regime', 'military',
  'forces', 'army', 'navy', 'troops', 'diplomats', 'diplomat', 'ministry', 'ministers', 'minister', 'president', 'state',
  'parliament', 'lawmakers', 'embassy', 'intelligence', 'commanders', 'commander', 'generals', 'general', 'administration',
  'officers', 'spokesman', 'spokeswoman', 'foreign', 'defense', 'defence', 'security', 'armed', 'air', 'naval', 'missile',
  'missiles', 'drones', 'drone', 'strikes', 'strike', 'retaliation', 'response', 'cabinet', 'prime', 'supreme', 'judiciary',
  'envoy', 'ambassador', 'delegation', 'side', 'media', 'television', 'tv', 'news',
]);

/** Lower-case nouns after a place that make place + noun a facility (`Baghdad airport`, `Balad air base`, `US embassy`). */
export const FACILITY_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'airport', 'air base', 'airbase', 'base', 'military base', 'embassy', 'consulate', 'port', 'refinery', 'oil field',
  'oilfield', 'power plant', 'nuclear plant', 'dam', 'prison',
]);

/** The facility nouns that make a name with a country (`US embassy`; `a US base` is a description). */
export const COUNTRY_FACILITY_NOUNS: ReadonlySet<string> = new Set(['embassy', 'consulate']);
