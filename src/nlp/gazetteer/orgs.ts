/**
 * Organisations of the hand list: the country they belong to and the canonical name of the body, so that
 * `UN` and `United Nations`, or `IRGC` and `Revolutionary Guards`, resolve to one entity.
 */
import { ORGS_HAND_TSV } from './data/orgs.ts';
import { placeKey } from './places.ts';

export interface KnownOrg {
  /** The canonical name of the body (`United Nations` for `UN`). */
  readonly name: string;
  /** ISO 3166-1 alpha-2; absent for international bodies and media. */
  readonly country?: string;
}

const orgs = new Map<string, KnownOrg>();
/** Every name of the hand list (canonical and others), for the matcher. */
export const HAND_ORG_NAMES: string[] = [];

for (const row of ORGS_HAND_TSV.split('\n')) {
  const [name = '', country = '', others = ''] = row.split('|');
  if (!name) continue;
  const org: KnownOrg = country ? { name, country } : { name };
  for (const n of [name, ...others.split(';').filter(Boolean)]) {
    orgs.set(placeKey(n.replace(/^the /i, '')), org);
    HAND_ORG_NAMES.push(n);
  }
}

/** The hand-listed organisation of that name (case-insensitive, `the` ignored), if any. */
export function lookupOrg(name: string): KnownOrg | undefined {
  return orgs.get(placeKey(name.replace(/^the /i, '')));
}
