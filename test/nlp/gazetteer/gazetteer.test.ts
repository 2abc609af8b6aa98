import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/text/index.ts';
import { gazetteerLabels, lookupDemonym, lookupPlace, matchGazetteer } from '../../../src/nlp/gazetteer/index.ts';

const words = (s: string): string[] => tokenize(s).map((t) => t.text);

function labelsOf(sentence: string): Record<string, string> {
  const w = words(sentence);
  const labels = gazetteerLabels(w);
  const out: Record<string, string> = {};
  w.forEach((x, i) => {
    const l = labels[i] ?? [];
    if (l.length) out[`${i}:${x}`] = [...l].sort().join(',');
  });
  return out;
}

test('gazetteerLabels: one label list per token, empty where nothing matched', () => {
  const w = words('The weather was mild and nobody came.');
  const labels = gazetteerLabels(w);
  assert.equal(labels.length, w.length);
  assert.ok(labels.every((l) => l.length === 0));
});

const CASES: [string, Record<string, string>][] = [
  [
    'US Secretary of State Mike Pompeo flew to Tehran.',
    { '0:US': 'B-country', '1:Secretary': 'B-title', '2:of': 'I-title', '3:State': 'I-title', '4:Mike': 'B-person', '5:Pompeo': 'I-person', '8:Tehran': 'B-capital' },
  ],
  ['Iranian officials met in Baghdad.', { '0:Iranian': 'B-demonym', '4:Baghdad': 'B-capital' }],
  ['Fighters of the Popular Mobilization Units gathered.', { '3:Popular': 'B-org', '4:Mobilization': 'I-org', '5:Units': 'I-org' }],
  ['Hassan Rouhani spoke to the United Nations.', { '0:Hassan': 'B-person', '1:Rouhani': 'I-person', '5:United': 'B-org', '6:Nations': 'I-org' }],
  // Longest match: "United States" is one country, not "United" + something.
  ['The United States and the U.S. are the same.', { '1:United': 'B-country', '2:States': 'I-country', '5:U.S.': 'B-country' }],
  // Case-sensitive: the pronoun "us" is not the country, "general" the adjective is not a title.
  ['He told us the general mood was calm.', {}],
  ['A spokesman for the Pentagon said so.', { '1:spokesman': 'B-title', '4:Pentagon': 'B-org' }],
  // Phoenix names come upper-case: matched when the text capitalises them.
  ['Nouri al-Maliki met Hamid Karzai.', { '0:Nouri': 'B-person', '1:al-Maliki': 'I-person', '3:Hamid': 'B-person', '4:Karzai': 'I-person' }],
  ['nouri al-maliki in lower case is not matched.', {}],
  ['the middle east of town', {}],
  ['Oil prices rose in the Middle East.', { '5:Middle': 'B-region', '6:East': 'I-region' }],
];

test('gazetteerLabels: case table', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(labelsOf(sentence), expected, sentence);
});

test('matchGazetteer returns token spans with kinds', () => {
  const m = matchGazetteer(words('Protests in Karachi and Britain.'));
  assert.deepEqual(
    m.map((x) => [x.start, x.end, [...x.kinds].sort()]),
    [
      [2, 3, ['city']],
      [4, 5, ['country']],
    ],
  );
});

test('lookupPlace: countries, aliases, capitals, cities by population', () => {
  assert.equal(lookupPlace('Iran')?.country, 'IR');
  assert.equal(lookupPlace('Iran')?.kind, 'country');
  assert.equal(lookupPlace('U.S.')?.name, 'United States');
  assert.equal(lookupPlace('America')?.country, 'US');
  assert.equal(lookupPlace('UK')?.country, 'GB');
  assert.equal(lookupPlace('Britain')?.country, 'GB');
  const tehran = lookupPlace('Tehran');
  assert.equal(tehran?.kind, 'capital');
  assert.equal(tehran?.country, 'IR');
  assert.ok(tehran && Math.abs(tehran.lat - 35.7) < 0.5 && Math.abs(tehran.lon - 51.4) < 0.5);
  assert.equal(lookupPlace('Washington')?.country, 'US');
  // Several cities called Hyderabad (India, Pakistan): the most populous wins.
  assert.equal(lookupPlace('Hyderabad')?.country, 'IN');
  assert.equal(lookupPlace('Kandahar')?.country, 'AF'); // ASCII spelling of Kandahār
  assert.equal(lookupPlace('Strait of Hormuz')?.kind, 'region');
  assert.equal(lookupPlace('Nowhereville'), undefined);
  // News names where the sources spell otherwise.
  assert.equal(lookupPlace('Turkey')?.name, 'Turkey');
  assert.equal(lookupPlace('New York')?.country, 'US');
  assert.equal(lookupPlace('Geneva')?.country, 'CH');
  assert.equal(lookupPlace('Fallujah')?.country, 'IQ'); // GeoNames `Al Fallūjah`
});

test('lookupDemonym: country demonyms, plurals, aliases; group words have no country', () => {
  assert.deepEqual(lookupDemonym('Iranian'), { country: 'IR', countryName: 'Iran', demonym: 'Iranian' });
  assert.equal(lookupDemonym('Iranians')?.demonym, 'Iranian');
  assert.equal(lookupDemonym('Iraqi')?.country, 'IQ');
  assert.equal(lookupDemonym('Iraqis')?.country, 'IQ');
  assert.equal(lookupDemonym('American')?.country, 'US');
  assert.equal(lookupDemonym('Americans')?.country, 'US');
  assert.equal(lookupDemonym('British')?.country, 'GB');
  assert.equal(lookupDemonym('Saudi')?.country, 'SA');
  assert.equal(lookupDemonym('Kurdish'), undefined);
  assert.equal(lookupDemonym('table'), undefined);
});

test('canonicalTitle spells any-case titles as the list does', async () => {
  const { canonicalTitle } = await import('../../../src/nlp/gazetteer/index.ts');
  assert.equal(canonicalTitle('secretary of state'), 'Secretary of State');
  assert.equal(canonicalTitle('Foreign minister'), 'Foreign Minister');
  assert.equal(canonicalTitle('General'), undefined); // capitalised-only titles are kept as written
  assert.equal(canonicalTitle('carpenter'), undefined);
});

test('lookupOrg: canonical body and country of hand-listed organisations', async () => {
  const { lookupOrg } = await import('../../../src/nlp/gazetteer/index.ts');
  assert.deepEqual(lookupOrg('UN'), { name: 'United Nations' });
  assert.deepEqual(lookupOrg('the Pentagon'), { name: 'Pentagon', country: 'US' });
  assert.equal(lookupOrg('IRGC')?.name, lookupOrg('Revolutionary Guards')?.name);
  assert.equal(lookupOrg('PMF')?.country, 'IQ');
  assert.equal(lookupOrg('Acme Widgets'), undefined);
});
