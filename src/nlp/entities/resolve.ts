/**
 * Entity resolution within one document: name spans → entities with aliases, roles, country, geo and a
 * corpus-level key, and one mention per span. See README.md for the rules and how they were checked.
 */
import type { Entity, EntityType, Mention, Role } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { countryByCode, lookupDemonym, lookupOrg, lookupPlace } from '../gazetteer/index.ts';
import type { Place } from '../gazetteer/index.ts';
import { collectCandidates } from './candidates.ts';
import { DocView } from './doc-view.ts';
import type { Candidate } from './doc-view.ts';
import { foldOrgName, foldPersonName } from './fold.ts';
import { entityKey, partialKey } from './keys.ts';
import { demonymNamesState, capitalNamesState } from './metonymy.ts';
import { titleAfter, titleChainBefore } from './roles.ts';
import { ORG_NOUNS_BEFORE } from './data/organisations.ts';

interface Cluster {
  readonly type: EntityType;
  key: string;
  /** Person clusters: folded name tokens of the fullest name. */
  folded: string[];
  /** The name to show, when it is not taken from the mentions (a country's own name). */
  canonical: string | null;
  /** The fullest name seen so far and its weight (number of name tokens). */
  best: string;
  bestWeight: number;
  readonly forms: string[];
  readonly mentions: { start: number; end: number; text: string }[];
  readonly roles: Role[];
  country: string | undefined;
  geo: { lat: number; lon: number } | undefined;
}

function newCluster(type: EntityType, key: string): Cluster {
  return { type, key, folded: [], canonical: null, best: '', bestWeight: -1, forms: [], mentions: [], roles: [], country: undefined, geo: undefined };
}

function addForm(c: Cluster, form: string): void {
  if (form && !c.forms.includes(form)) c.forms.push(form);
}

function addMention(c: Cluster, cand: Candidate, name: string, weight: number): void {
  c.mentions.push({ start: cand.start, end: cand.end, text: cand.text });
  addForm(c, cand.text);
  if (weight > c.bestWeight) {
    c.best = name;
    c.bestWeight = weight;
  }
}

function addRole(c: Cluster, role: Role): void {
  const same = c.roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase() && (r.org ?? '') === (role.org ?? ''));
  if (!same) c.roles.push(role);
}

const geoOf = (p: Place): { lat: number; lon: number } | undefined =>
  Number.isFinite(p.lat) && Number.isFinite(p.lon) ? { lat: p.lat, lon: p.lon } : undefined;

/** The country a role's organisation names (`US`, `Iranian`, `Iran`), if it is one. */
function countryOfOrg(org: string | undefined): string | undefined {
  if (!org) return undefined;
  const place = lookupPlace(org);
  if (place && (place.kind === 'country' || place.kind === 'capital')) return place.country;
  return lookupDemonym(org)?.country;
}

/** Organisations (and other non-place names) by the canonical name of the hand list when it knows them. */
function orgKey(type: EntityType, text: string): string {
  const known = type === 'ORG' ? lookupOrg(text) : undefined;
  return entityKey(type, foldOrgName(known ? known.name : text));
}

interface PersonMention {
  readonly cand: Candidate;
  readonly nameTs: number;
  readonly folded: string[];
  readonly display: string;
  readonly roles: readonly Role[];
  readonly appositive: Role | null;
  readonly titleAlias: string | null;
}

export function resolveEntities(input: StageInput): { entities: Entity[]; mentions: Mention[] } {
  const view = new DocView(input);
  const { list, acronyms } = collectCandidates(view, input.names);
  view.setNames(list);
  const clusters = new Map<string, Cluster>();
  const cluster = (type: EntityType, key: string): Cluster => {
    let c = clusters.get(key);
    if (!c) {
      c = newCluster(type, key);
      clusters.set(key, c);
    }
    return c;
  };
  const countryCluster = (iso: string): Cluster | null => {
    const country = countryByCode(iso);
    if (!country) return null;
    const c = cluster('GPE', entityKey('GPE', foldOrgName(country.name)));
    c.canonical = country.name;
    c.country = iso;
    c.geo ??= geoOf(country);
    return c;
  };
  const acronymKey = new Map<Candidate, string>();
  for (const [, owner] of acronyms) acronymKey.set(owner, orgKey(owner.type, owner.text));

  const persons: PersonMention[] = [];
  const maybePeople: Candidate[] = [];
  for (const cand of list) {
    const weight = cand.te - cand.ts;
    switch (cand.type) {
      case 'PERSON': {
        const nameTs = cand.ts; // titles were trimmed off the span (candidates.ts)
        const chain = titleChainBefore(view, nameTs, view.sentenceStart(cand.ts));
        const display = view.textOf(nameTs, cand.te);
        const folded = foldPersonName(view.words.slice(nameTs, cand.te));
        if (folded.length === 0) break;
        const titleAlias = chain.adjacentTitle && cand.te - nameTs === 1 ? `${chain.adjacentTitle} ${display}` : null;
        const appositive = titleAfter(view, cand.te, view.sentenceEnd(cand.ts));
        persons.push({ cand, nameTs, folded, display, roles: chain.roles, appositive, titleAlias });
        break;
      }
      case 'GPE':
      case 'LOC':
      case 'FACILITY': {
        const place = /^\p{Lu}/u.test(cand.text) ? lookupPlace(cand.text) : undefined;
        if (!place && cand.type !== 'FACILITY' && weight === 1 && !view.gazetteerStartingAt(cand.ts)) {
          maybePeople.push(cand); // a surname the tagger took for a place (`Al-Sadr's militia`)
          break;
        }
        if (place && cand.type === 'GPE' && place.kind === 'capital' && capitalNamesState(view, cand.ts, cand.te)) {
          const c = countryCluster(place.country);
          if (c) {
            addMention(c, cand, cand.text, 0);
            break;
          }
        }
        if (place && place.kind === 'country') {
          const c = countryCluster(place.country);
          if (c) {
            addMention(c, cand, cand.text, weight);
            break;
          }
        }
        const key = entityKey(cand.type, place && cand.type !== 'FACILITY' ? foldOrgName(place.name) : facilityFold(cand.type, cand.text));
        const c = cluster(cand.type, key);
        addMention(c, cand, cand.text.replace(/^the\s+/i, ''), weight);
        if (place) {
          c.geo ??= geoOf(place);
          if (cand.type === 'GPE' && place.country) c.country ??= place.country;
        }
        break;
      }
      case 'NORP': {
        const dem = lookupDemonym(cand.text);
        if (!dem && cand.te - cand.ts === 1 && !view.gazetteerStartingAt(cand.ts)) {
          maybePeople.push(cand); // a surname the tagger took for a group (`al-Muhandis`)
          break;
        }
        if (dem && demonymNamesState(view, cand.ts, cand.te)) {
          const c = countryCluster(dem.country);
          if (c) {
            addMention(c, cand, cand.text, 0);
            break;
          }
        }
        const c = cluster('NORP', entityKey('NORP', dem ? foldOrgName(dem.demonym) : foldGroupName(cand.text)));
        addMention(c, cand, dem ? dem.demonym : cand.text, dem ? 1 : weight);
        if (dem) c.country = dem.country;
        break;
      }
      default: {
        const owner = cand.from === 'acronym' || cand.te - cand.ts === 1 ? (acronyms.get(cand.text) ?? pluralAcronymOwner(acronyms, cand.text)) : undefined;
        if (!owner && cand.type === 'ORG' && cand.te - cand.ts === 1 && !view.gazetteerStartingAt(cand.ts)) {
          maybePeople.push(cand);
          break;
        }
        addOrg(cand, owner, weight);
      }
    }
  }
  const people = resolvePersons(persons, cluster, (p) => namesOrganisation(view, p.cand), (p) => addOrg({ ...p.cand, type: 'ORG' }, undefined, 1));
  // A one-word ORG or NORP the gazetteer does not know that is the surname of exactly one person named
  // in full is that person (`Soleimani` tagged ORG once).
  for (const cand of maybePeople) {
    const word = foldPersonName([cand.text])[0];
    const fits = word ? people.filter((c) => c.folded[c.folded.length - 1] === word) : [];
    const person = fits.length === 1 ? fits[0] : undefined;
    if (person) addMention(person, cand, cand.text, 0);
    else addOrg(cand, undefined, 1);
  }
  mergeBodies(clusters);
  return finish(clusters);

  function addOrg(cand: Candidate, owner: Candidate | undefined, weight: number): void {
    const key = owner ? (acronymKey.get(owner) as string) : (acronymKey.get(cand) ?? orgKey(cand.type, cand.text));
    const c = cluster(owner ? owner.type : cand.type, key);
    addMention(c, cand, cand.text.replace(/^the\s+/i, ''), owner ? 0 : weight);
    if (c.type === 'ORG') c.country ??= lookupOrg(cand.text)?.country;
  }
}

/** `PMUs` after `Popular Mobilization Units (PMU)`. */
function pluralAcronymOwner(acronyms: ReadonlyMap<string, Candidate>, text: string): Candidate | undefined {
  return /^[A-Z]{2,}s$/.test(text) ? acronyms.get(text.slice(0, -1)) : undefined;
}

function mergeInto(target: Cluster, source: Cluster): void {
  for (const m of source.mentions) target.mentions.push(m);
  for (const f of source.forms) addForm(target, f);
  for (const r of source.roles) addRole(target, r);
  if (source.bestWeight > target.bestWeight) {
    target.best = source.best;
    target.bestWeight = source.bestWeight;
  }
  target.country ??= source.country;
  target.geo ??= source.geo;
  source.mentions.length = 0;
}

const nameOfKey = (key: string): string => key.slice(key.indexOf(':') + 1);
const BODY_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'FACILITY']);

/**
 * Bodies named twice in one document under two readings: the tagger's ORG and FACILITY for one name
 * (`US Embassy`) are one entity, of the type most mentions have; a one-word ORG/LOC/FACILITY name that is
 * the head of exactly one longer name of its type (`the Gulf` after `Persian Gulf`, `the Guards` after
 * `Revolutionary Guards`) is that entity.
 */
function mergeBodies(clusters: Map<string, Cluster>): void {
  const all = [...clusters.values()].filter((c) => c.mentions.length > 0);
  const byName = new Map<string, Cluster>();
  for (const c of all) {
    if (!BODY_TYPES.has(c.type)) continue;
    const name = nameOfKey(c.key);
    const other = byName.get(name);
    if (!other) {
      byName.set(name, c);
      continue;
    }
    const [big, small] = other.mentions.length >= c.mentions.length ? [other, c] : [c, other];
    mergeInto(big, small);
    byName.set(name, big);
  }
  const names = all.map((c) => nameOfKey(c.key));
  // Index loops, not `all.entries()`: the inner loop runs for every pair, and each entry was a new array.
  for (let i = 0; i < all.length; i++) {
    const c = all[i] as Cluster;
    if (c.mentions.length === 0 || c.canonical || !(BODY_TYPES.has(c.type) || c.type === 'LOC')) continue;
    const word = names[i] as string;
    if (word.includes(' ')) continue;
    const suffix = ` ${word}`;
    let head: Cluster | null = null;
    let heads = 0;
    for (let j = 0; j < all.length; j++) {
      const o = all[j] as Cluster;
      const name = names[j] as string;
      if (o === c || o.type !== c.type || o.mentions.length === 0 || !name.includes(' ') || !name.endsWith(suffix)) continue;
      head = o;
      if (++heads > 1) break;
    }
    if (heads === 1) mergeInto(head as Cluster, c);
  }
}

/** Facility keys ignore `International` (`Baghdad International Airport` = `Baghdad airport`). */
function facilityFold(type: EntityType, text: string): string {
  const folded = foldOrgName(text);
  return type === 'FACILITY' ? folded.replace(/(?:^| )international(?= )/g, '') : folded;
}

/** Group names the demonym table does not know fold their plural (`Europeans` = `European`, `Shiites` = `Shiite`). */
function foldGroupName(text: string): string {
  return foldOrgName(text)
    .split(' ')
    .map((w) => (w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w))
    .join(' ');
}

const LIST_WORDS = new Set([',', 'and', 'or', '&']);

/**
 * A one-word name the tagger called a person, with no person named in full to join, that reads as an
 * organisation: after an organisation noun (`energy group Acme`) or in a list with an organisation
 * (`Acme Oil and Globex said`).
 */
function namesOrganisation(view: DocView, cand: Candidate): boolean {
  const prev = view.words[cand.ts - 1] ?? '';
  if (ORG_NOUNS_BEFORE.has(prev)) return true;
  if (LIST_WORDS.has(prev) && view.nameEndingAt(cand.ts - 2)?.type === 'ORG') return true;
  const next = view.words[cand.te] ?? '';
  return LIST_WORDS.has(next) && view.nameStartingAt(cand.te + 1)?.type === 'ORG';
}

/**
 * People: full names (two or more name tokens) cluster by surname and compatible given names
 * (`Mohammad Javad Zarif` ⊇ `Javad Zarif`); one-word names join the one cluster whose surname or first
 * name they are, and stay apart (with a partial key) when there are none or several.
 */
function resolvePersons(
  persons: PersonMention[],
  cluster: (type: EntityType, key: string) => Cluster,
  organisationLike: (p: PersonMention) => boolean,
  asOrganisation: (p: PersonMention) => void,
): Cluster[] {
  const full = persons.filter((p) => p.folded.length >= 2).sort((a, b) => b.folded.length - a.folded.length || a.cand.start - b.cand.start);
  const people: Cluster[] = [];
  const attach = (c: Cluster, p: PersonMention): void => {
    addMention(c, p.cand, p.display, p.folded.length * 100 + p.display.length);
    if (p.titleAlias) addForm(c, p.titleAlias);
    for (const role of [...p.roles, p.appositive]) {
      if (!role) continue;
      addRole(c, role);
      c.country ??= countryOfOrg(role.org);
    }
  };
  for (const p of full) {
    const surname = p.folded[p.folded.length - 1] as string;
    const given = p.folded.slice(0, -1);
    const fits = people.filter((c) => {
      if (c.folded[c.folded.length - 1] !== surname) return false;
      const cGiven = c.folded.slice(0, -1);
      const [small, large] = given.length <= cGiven.length ? [given, cGiven] : [cGiven, given];
      return small.every((g) => large.includes(g));
    });
    const exact = fits.find((c) => c.folded.join(' ') === p.folded.join(' '));
    let c = exact ?? (fits.length === 1 ? fits[0] : undefined);
    if (!c) {
      c = cluster('PERSON', entityKey('PERSON', p.folded.join(' ')));
      c.folded = p.folded;
      people.push(c);
    }
    attach(c, p);
  }
  for (const p of persons) {
    if (p.folded.length !== 1) continue;
    const word = p.folded[0] as string;
    const fits = people.filter((c) => c.folded[c.folded.length - 1] === word || c.folded[0] === word);
    let c = fits.length === 1 ? fits[0] : undefined;
    if (!c && fits.length === 0 && organisationLike(p)) {
      asOrganisation(p);
      continue;
    }
    if (!c) {
      c = cluster('PERSON', partialKey('PERSON', word));
      c.folded = [word];
    }
    attach(c, p);
  }
  return people;
}

function finish(clusters: Map<string, Cluster>): { entities: Entity[]; mentions: Mention[] } {
  const ordered: { c: Cluster; first: number }[] = [];
  for (const c of clusters.values()) {
    if (c.mentions.length === 0) continue;
    let first = Infinity;
    for (const m of c.mentions) if (m.start < first) first = m.start;
    ordered.push({ c, first });
  }
  ordered.sort((a, b) => a.first - b.first);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  ordered.forEach(({ c }, i) => {
    const id = `e${i}`;
    const name = c.canonical ?? c.best;
    // Optional fields set after the others (same key order as written out) rather than spread in.
    const entity: { -readonly [K in keyof Entity]: Entity[K] } = { id, type: c.type, name, aliases: c.forms.filter((f) => f !== name), roles: c.roles, key: c.key };
    if (c.country && (c.type === 'GPE' || c.type === 'NORP' || c.type === 'PERSON' || c.type === 'ORG')) entity.country = c.country;
    if (c.geo && (c.type === 'GPE' || c.type === 'LOC' || c.type === 'FACILITY')) entity.geo = c.geo;
    entities.push(entity);
    for (const m of c.mentions) mentions.push({ start: m.start, end: m.end, entity: id, text: m.text });
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities, mentions };
}
