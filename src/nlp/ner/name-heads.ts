/**
 * Head-word labels for capitalised runs: the kind of name a run's head word announces (`Kennedy
 * International Airport` → facility, `Gulf of Aden` → location, `Ministry of Foreign Affairs` →
 * organisation), given to EVERY token of the run. The tagger's window sees the head word only within
 * ±3 tokens and sees no category shared by `Airport`, `Bridge` and `Street`; this label carries the
 * head's category to the whole name, which is what long names and rare cue words need (FACILITY and
 * LOC are the weakest types, ORG boundaries the most frequent error).
 *
 * A run: capitalised tokens, with `of`, `and`, `&`, `for`, `de` and (after one of those) `the` allowed
 * inside; a leading sentence-initial `The`/`A`/`An` is not part of it. The head: the token before the
 * first `of`/`for` when there is one (`University of Chicago`), otherwise the last token; when the
 * head announces nothing, a leading `Mount`/`Lake`/`Fort`… does. Runs of one
 * token get no label (the word's own features already cover it). Labels: `head:fac`, `head:loc`,
 * `head:gpe`, `head:org`; handed to the tagger with the document labels (same channel as the
 * gazetteer's).
 */

type HeadKind = 'fac' | 'loc' | 'gpe' | 'org';

const HEADS: Readonly<Record<HeadKind, readonly string[]>> = {
  fac: [
    'Airport', 'Airfield', 'Street', 'St.', 'Bridge', 'Railway', 'Railroad', 'Road', 'Rd.', 'Avenue', 'Ave.', 'Boulevard', 'Blvd.',
    'Lane', 'Highway', 'Freeway', 'Expressway', 'Parkway', 'Tunnel', 'Canal', 'Dam', 'Square', 'Plaza', 'Station', 'Terminal',
    'Building', 'Tower', 'Towers', 'Hall', 'Palace', 'Castle', 'Temple', 'Cathedral', 'Church', 'Mosque', 'Shrine',
    'Monastery', 'Memorial', 'Monument', 'Mausoleum', 'Cemetery', 'Observatory', 'Hotel', 'Stadium', 'Arena', 'Museum',
    'Library', 'Gallery', 'Theater', 'Theatre', 'Prison', 'Penitentiary', 'Jail', 'Mansion', 'Gate', 'Wall', 'Pier',
    'Harbor', 'Harbour', 'Port', 'Base', 'Plant', 'Mine', 'Mall', 'Trail', 'Park', 'Garden', 'Gardens', 'Zoo', 'Hospital',
    'Center', 'Centre', 'Pavilion', 'Auditorium', 'Lighthouse', 'Pipeline', 'Line', 'Airbase', 'Subway', 'Metro',
    'Crossing', 'Checkpoint', 'Circle', 'Drive', 'Way', 'Arch', 'Fountain', 'Statue', 'Pagoda', 'Villa', 'Courthouse',
    'Capitol', 'Factory', 'Refinery', 'Reactor', 'Camp', 'Dock', 'Docks', 'Wharf', 'Quay', 'Motorway', 'Terrace',
  ],
  loc: [
    'River', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Straits', 'Channel', 'Lake', 'Lakes', 'Island', 'Islands', 'Isles',
    'Peninsula', 'Coast', 'Valley', 'Delta', 'Basin', 'Desert', 'Mountain', 'Mountains', 'Mount', 'Mt.', 'Range', 'Hills',
    'Plateau', 'Plain', 'Plains', 'Canyon', 'Forest', 'Glacier', 'Cape', 'Continent', 'Region', 'Reef', 'Falls',
    'Hemisphere', 'Belt', 'Corridor', 'Strip', 'District', 'Asia', 'Europe', 'America', 'East', 'Pacific', 'Atlantic',
    'Arctic', 'Antarctic', 'Oasis', 'Marsh', 'Swamp', 'Wetlands', 'Pass', 'Gorge', 'Ridge', 'Heights', 'Rift',
  ],
  gpe: ['City', 'County', 'Province', 'Prefecture', 'Township', 'Village', 'Republic', 'Kingdom', 'Emirate', 'Commonwealth', 'Municipality', 'State', 'States', 'Town'],
  org: [
    'Corp.', 'Corp', 'Corporation', 'Inc.', 'Inc', 'Co.', 'Co', 'Ltd.', 'Ltd', 'Company', 'Companies', 'Group', 'Holdings',
    'Industries', 'Bank', 'Bancorp', 'Association', 'Committee', 'Commission', 'Council', 'Congress', 'Parliament',
    'Assembly', 'Party', 'Ministry', 'Department', 'Agency', 'Bureau', 'Office', 'Administration', 'Authority',
    'Board', 'Court', 'Institute', 'Institution', 'University', 'College', 'Academy', 'School', 'Foundation', 'Fund',
    'Federation', 'Union', 'League', 'Organization', 'Organisation', 'Society', 'Club', 'Team', 'Army', 'Navy',
    'Force', 'Forces', 'Guard', 'Police', 'Service', 'Services', 'Network', 'News', 'Times', 'Post', 'Journal',
    'Airlines', 'Airways', 'Motors', 'Systems', 'Technologies', 'Partners', 'Exchange', 'Alliance', 'Front',
    'Movement', 'Brigade', 'Brigades', 'Church', 'Cabinet', 'Senate', 'Secretariat', 'Station', 'Center', 'Centre',
    'Reserve', 'Press', 'Radio', 'TV', 'Television', 'Broadcasting', 'Magazine', 'Daily', 'Herald', 'Tribune',
    'Gazette', 'Electric', 'Pharmaceuticals', 'Securities', 'Capital', 'Investments', 'Trust', 'Insurance',
    'Assurance', 'Telecom', 'Communications', 'Entertainment', 'Studios', 'Records', 'Pictures',
  ],
};

/**
 * First words that announce a kind whatever the last word is (`Lake Tana`, `Mount Ossa`): used when the
 * last word announces nothing.
 */
const LEADS: Readonly<Partial<Record<HeadKind, readonly string[]>>> = {
  loc: ['Mount', 'Mt.', 'Lake', 'Cape', 'Isle'],
  fac: ['Fort', 'Camp'],
};

/** Head word → its labels (a word may announce more than one kind: `Bank`, `Center`, `Church`). */
const HEAD_LABELS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const kind of Object.keys(HEADS) as HeadKind[]) {
    for (const w of HEADS[kind]) {
      const labels = m.get(w) ?? [];
      if (!labels.includes(`head:${kind}`)) labels.push(`head:${kind}`);
      m.set(w, labels);
    }
  }
  return m;
})();

const LEAD_LABELS: ReadonlyMap<string, readonly string[]> = new Map(
  (Object.keys(LEADS) as HeadKind[]).flatMap((kind) => LEADS[kind]!.map((w) => [w, [`head:${kind}`]] as const)),
);

/** Lower-case words allowed inside a run; `the` only right after one of them. */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', '&', 'for', 'de']);
/** Connectors after which the head is the word before (`Ministry of …`, `Fund for …`). */
const HEAD_BEFORE: ReadonlySet<string> = new Set(['of', 'for']);
const LEADING_ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0]!.toLowerCase() !== word[0]);
}

const NONE: readonly string[] = [];

/** Per token: the head labels of the capitalised run it belongs to (mostly empty). */
export function nameHeadLabels(words: readonly string[]): (readonly string[])[] {
  const out: (readonly string[])[] = new Array<readonly string[]>(words.length).fill(NONE);
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i]!) || (i === 0 && LEADING_ARTICLES.has(words[i]!))) {
      i++;
      continue;
    }
    // extend over capitalised tokens and inner connectors; `last` = the last capitalised token
    let last = i;
    let head = -1;
    let j = i + 1;
    while (j < words.length) {
      const w = words[j]!;
      if (isCapitalised(w)) {
        last = j++;
        continue;
      }
      if (!CONNECTORS.has(w)) break;
      let k = j + 1;
      if (words[k] === 'the') k++;
      if (k >= words.length || !isCapitalised(words[k]!)) break;
      if (head < 0 && HEAD_BEFORE.has(w)) head = last;
      j = k;
    }
    if (last > i) {
      const labels = HEAD_LABELS.get(words[head >= 0 ? head : last]!) ?? LEAD_LABELS.get(words[i]!);
      if (labels) for (let k = i; k <= last; k++) out[k] = labels;
    }
    i = last + 1;
  }
  return out;
}
