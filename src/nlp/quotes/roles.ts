/**
 * Role nouns grouped by what a later description may call their holder (data): `the diplomat` may be
 * the ambassador named before, `the lawmaker` the senator or the House speaker, `the cleric` the
 * ayatollah. Keys are role words as they occur in titles; values the class word.
 */
const CLASSES: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['diplomat', 'ambassador', 'envoy', 'emissary', 'consul'],
  lawmaker: ['lawmaker', 'senator', 'congressman', 'congresswoman', 'representative', 'legislator', 'mp', 'speaker', 'deputy', 'parliamentarian'],
  cleric: ['cleric', 'ayatollah', 'imam', 'mullah', 'sheikh', 'bishop', 'pope', 'rabbi'],
  officer: ['officer', 'general', 'colonel', 'admiral', 'commander', 'major', 'lieutenant', 'captain'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
};

export const ROLE_CLASS: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** Role nouns that name a person (data; `the diplomat wrote` → the last person speaker). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'diplomat', 'general', 'commander', 'secretary', 'senator', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'leader', 'ambassador', 'governor', 'mayor', 'chief', 'director', 'envoy', 'premier',
  'chancellor', 'king', 'prince', 'ayatollah', 'cleric', 'candidate', 'lawmaker', 'congressman', 'congresswoman',
  'representative', 'adviser', 'advisor', 'aide', 'analyst', 'professor', 'expert', 'economist', 'billionaire',
  'businessman', 'mogul', 'nominee', 'frontrunner', 'front-runner', 'democrat', 'republican', 'senator', 'officer',
  'colonel', 'admiral', 'sergeant', 'judge', 'attorney', 'lawyer', 'chairman', 'chairwoman', 'ceo', 'founder',
]);
