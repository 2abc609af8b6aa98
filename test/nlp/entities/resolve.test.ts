import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/model/index.ts';
import { resolveEntities } from '../../../src/nlp/entities/index.ts';
import { stageInput } from './stage.ts';

type Names = Parameters<typeof stageInput>[1];

function resolve(text: string, names: Names) {
  return resolveEntities(stageInput(text, names));
}

function byName(entities: readonly Entity[], name: string): Entity {
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name}: ${entities.map((x) => x.name).join(', ')}`);
  return e;
}

test('transliteration variants, title + surname and surname alone are one person', () => {
  const text =
    'General Qassem Soleimani arrived late. Officials said Qasem Soleimani had planned it. ' +
    'Soleimani was buried on Tuesday. Supporters of General Soleimani marched.';
  const { entities, mentions } = resolve(text, [
    ['Qassem Soleimani', 'PERSON'],
    ['Qasem Soleimani', 'PERSON'],
    ['Soleimani', 'PERSON'],
  ]);
  const people = entities.filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1);
  const p = people[0] as Entity;
  assert.equal(p.name, 'Qassem Soleimani');
  assert.ok(p.aliases.includes('Qasem Soleimani'));
  assert.ok(p.aliases.includes('Soleimani'));
  assert.ok(p.aliases.includes('General Soleimani'));
  assert.deepEqual(p.roles, [{ title: 'General' }]);
  assert.equal(mentions.filter((m) => m.entity === p.id).length, 4);
});

test('keys: variants share a key; a surname-only document gets a partial key', () => {
  const a = resolve('Qassem Soleimani spoke.', [['Qassem Soleimani', 'PERSON']]).entities[0];
  const b = resolve('Qasem Soleimani spoke.', [['Qasem Soleimani', 'PERSON']]).entities[0];
  const c = resolve('Ghasem Suleimani spoke.', [['Ghasem Suleimani', 'PERSON']]).entities[0];
  assert.ok(a && b && c);
  assert.equal(a.key, b.key);
  assert.equal(a.key, c.key);
  assert.match(a.key, /^PERSON:/);
  const d = resolve('Soleimani spoke.', [['Soleimani', 'PERSON']]).entities[0];
  assert.ok(d);
  assert.match(d.key, /^PERSON:~/);
  const e = resolve('Hassan Rouhani spoke.', [['Hassan Rouhani', 'PERSON']]).entities[0];
  assert.notEqual(a.key, e?.key);
});

test('acronyms defined in the text, and head-noun synonyms, make one organisation', () => {
  const text =
    'Members of the Popular Mobilization Units (PMU) gathered. The Popular Mobilization Forces (PMF) ' +
    'said the PMU would respond. Later the PMF denied it.';
  const { entities, mentions } = resolve(text, [
    ['Popular Mobilization Units', 'ORG'],
    ['Popular Mobilization Forces', 'ORG'],
  ]);
  const orgs = entities.filter((e) => e.type === 'ORG');
  assert.equal(orgs.length, 1, JSON.stringify(orgs));
  const o = orgs[0] as Entity;
  assert.equal(o.name, 'Popular Mobilization Units');
  assert.deepEqual([...o.aliases].sort(), ['PMF', 'PMU', 'Popular Mobilization Forces']);
  assert.equal(mentions.filter((m) => m.entity === o.id).length, 6);
});

test('an acronym whose letters do not start the long name is not taken as its alias', () => {
  const { entities } = resolve('The Quds Force (IRGC) left.', [['Quds Force', 'ORG']]);
  assert.equal(entities.length, 1);
  assert.deepEqual(entities[0]?.aliases, []);
});

test('titles before the name become roles of one person', () => {
  const text =
    'US Secretary of State Mike Pompeo spoke on Friday. Top US diplomat Mike Pompeo later called allies. ' +
    'Pompeo declined to comment.';
  const { entities } = resolve(text, [
    ['Mike Pompeo', 'PERSON'],
    ['Pompeo', 'PERSON'],
    ['US', 'GPE'],
  ]);
  const p = byName(entities, 'Mike Pompeo');
  assert.deepEqual(p.aliases, ['Pompeo']);
  assert.deepEqual(p.roles, [
    { title: 'Secretary of State', org: 'US' },
    { title: 'Top diplomat', org: 'US' },
  ]);
  assert.equal(p.country, 'US');
  assert.equal(entities.filter((e) => e.type === 'PERSON').length, 1);
});

test('role table: title chains and what is not a title', () => {
  const cases: [string, string, Names, unknown][] = [
    ["Iran's top general Qassem Soleimani died.", 'Qassem Soleimani', [['Qassem Soleimani', 'PERSON']], [{ title: 'Top general', org: 'Iran' }]],
    ['Quds Force commander Qassem Soleimani died.', 'Qassem Soleimani', [['Qassem Soleimani', 'PERSON'], ['Quds Force', 'ORG']], [{ title: 'Commander', org: 'Quds Force' }]],
    ['Iranian Foreign Minister Javad Zarif wrote.', 'Javad Zarif', [['Javad Zarif', 'PERSON'], ['Iranian', 'NORP']], [{ title: 'Foreign Minister', org: 'Iranian' }]],
    ['Mr. Pompeo Smith spoke.', 'Pompeo Smith', [['Pompeo Smith', 'PERSON']], []],
    ["Iran's Qassem Soleimani died.", 'Qassem Soleimani', [['Qassem Soleimani', 'PERSON']], []],
    ['The general mood was calm, Mike Pompeo said.', 'Mike Pompeo', [['Mike Pompeo', 'PERSON']], []],
    ['President Donald Trump spoke.', 'Donald Trump', [['President Donald Trump', 'PERSON']], [{ title: 'President' }]],
  ];
  for (const [text, name, names, roles] of cases) {
    const { entities } = resolve(text, names);
    assert.deepEqual(byName(entities, name).roles, roles, text);
  }
});

test('a capital used for its government is a mention of the country', () => {
  const text = 'Tehran vowed revenge. Iran has also warned Washington. Thousands marched in Tehran.';
  const { entities, mentions } = resolve(text, [
    ['Tehran', 'GPE'],
    ['Iran', 'GPE'],
    ['Washington', 'GPE'],
  ]);
  const iran = byName(entities, 'Iran');
  assert.equal(iran.type, 'GPE');
  assert.equal(iran.country, 'IR');
  assert.ok(iran.geo);
  assert.equal(mentions[0]?.entity, iran.id, 'Tehran vowed → Iran');
  const city = entities.find((e) => e.name === 'Tehran');
  assert.ok(city, 'marched in Tehran stays the city');
  assert.equal(city.country, 'IR');
  assert.ok(city.geo && Math.abs(city.geo.lat - 35.7) < 0.5);
  assert.equal(mentions[2]?.text, 'Washington');
});

test('a demonym before a state noun links to the country; other demonyms are NORP with a country', () => {
  const text = 'Iranian officials denied it. Many Iranians mourned. Iraqi forces stood by.';
  const { entities, mentions } = resolve(text, [
    ['Iranian', 'NORP'],
    ['Iranians', 'NORP'],
    ['Iraqi', 'NORP'],
  ]);
  const iran = byName(entities, 'Iran');
  assert.equal(mentions[0]?.entity, iran.id);
  const norp = entities.find((e) => e.type === 'NORP');
  assert.ok(norp);
  assert.equal(norp.country, 'IR');
  assert.equal(norp.key, 'NORP:iranian');
  assert.equal(byName(entities, 'Iraq').country, 'IQ');
});

test('people sharing a first name or surname stay apart; a bare shared name links only when unambiguous', () => {
  const text = 'Hassan Rouhani met Hassan Nasrallah, and the analyst Hassan Hassan wrote about it. Hassan said no. Rouhani left.';
  const { entities, mentions } = resolve(text, [
    ['Hassan Rouhani', 'PERSON'],
    ['Hassan Nasrallah', 'PERSON'],
    ['Hassan Hassan', 'PERSON'],
    ['Hassan', 'PERSON'],
    ['Rouhani', 'PERSON'],
  ]);
  const people = entities.filter((e) => e.type === 'PERSON');
  assert.deepEqual(
    people.map((p) => p.name),
    ['Hassan Rouhani', 'Hassan Nasrallah', 'Hassan Hassan', 'Hassan'],
  );
  assert.equal(people[3]?.key, 'PERSON:~hasan');
  const rouhani = byName(entities, 'Hassan Rouhani');
  assert.equal(mentions.find((m) => m.text === 'Rouhani')?.entity, rouhani.id);
  // With only one Hassan in the document, the bare first name links to him.
  const one = resolve('Hassan Rouhani spoke. Hassan then left.', [['Hassan Rouhani', 'PERSON'], ['Hassan', 'PERSON']]);
  assert.equal(one.entities.length, 1);
});

test('names in photo credits and page chrome become no entity', () => {
  const cases: [string, Names][] = [
    ['Mourners gathered in the square.Image: Reuters/WANA/Jane Doe', [['Reuters', 'ORG'], ['WANA', 'ORG'], ['Jane Doe', 'PERSON']]],
    ['Mourners gathered (John Smith/AFP via Getty Images).', [['John Smith', 'PERSON'], ['AFP', 'ORG'], ['Getty Images', 'ORG']]],
    ['Image copyright Jane Doe/EPA\nThe crowd grew.', [['Jane Doe', 'PERSON'], ['EPA', 'ORG']]],
    ['Photo: John Smith for the Daily Planet\nThe crowd grew.', [['John Smith', 'PERSON'], ['Daily Planet', 'ORG']]],
    ['The crowd grew. [Getty]', [['Getty', 'ORG']]],
    ['The crowd grew.\nab/cd (AP, Reuters)', [['AP', 'ORG'], ['Reuters', 'ORG']]],
  ];
  for (const [text, names] of cases) {
    assert.deepEqual(resolve(text, names).entities, [], text);
  }
  // The same names outside a credit are kept.
  assert.equal(resolve('Jane Doe told Reuters the crowd grew.', [['Jane Doe', 'PERSON'], ['Reuters', 'ORG']]).entities.length, 2);
});

test('gazetteer fallback adds missed countries, capitals and demonyms; fixes GPE vs LOC', () => {
  const text = 'Iraq and Syria condemned it, Iranian media said, while Damascus stayed quiet. Crowds formed in Baghdad.';
  const { entities, mentions } = resolve(text, []);
  assert.deepEqual(
    entities.map((e) => [e.name, e.type, e.country]),
    [
      ['Iraq', 'GPE', 'IQ'],
      ['Syria', 'GPE', 'SY'],
      ['Iran', 'GPE', 'IR'], // "Iranian media": the state's media
      ['Baghdad', 'GPE', 'IQ'],
    ],
  );
  // "Damascus stayed quiet" speaks for Syria.
  assert.equal(mentions.find((m) => m.text === 'Damascus')?.entity, entities[1]?.id);
  // Not inside a longer unknown name, and not lower case.
  assert.deepEqual(resolve('She flew Iran Air to the island of jordan.', []).entities, []);
  const fixed = resolve('Oil flows through Iran and the Middle East.', [['Iran', 'LOC'], ['Middle East', 'GPE']]).entities;
  assert.deepEqual(fixed.map((e) => [e.name, e.type]), [['Iran', 'GPE'], ['Middle East', 'LOC']]);
});

test('ids follow first mention, mentions are sorted, spans point into the text', () => {
  const text = 'Pompeo met Zarif. Mike Pompeo then met Javad Zarif in Geneva.';
  const input = stageInput(text, [
    ['Pompeo', 'PERSON'],
    ['Zarif', 'PERSON'],
    ['Mike Pompeo', 'PERSON'],
    ['Javad Zarif', 'PERSON'],
    ['Geneva', 'GPE'],
  ]);
  const { entities, mentions } = resolveEntities(input);
  assert.deepEqual(entities.map((e) => e.id), ['e0', 'e1', 'e2']);
  assert.deepEqual(entities.map((e) => e.name), ['Mike Pompeo', 'Javad Zarif', 'Geneva']);
  assert.ok(mentions.every((m, i) => i === 0 || (mentions[i - 1] as { start: number }).start <= m.start));
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(entities[2]?.geo !== undefined, true);
});

test('longer given names absorb shorter ones; different given names with one surname stay apart', () => {
  const { entities } = resolve('Mohammad Javad Zarif spoke. Javad Zarif left. Ali Zarif stayed.', [
    ['Mohammad Javad Zarif', 'PERSON'],
    ['Javad Zarif', 'PERSON'],
    ['Ali Zarif', 'PERSON'],
  ]);
  assert.deepEqual(entities.map((e) => [e.name, e.aliases]), [
    ['Mohammad Javad Zarif', ['Javad Zarif']],
    ['Ali Zarif', []],
  ]);
});

test('titles in apposition after the name become roles', () => {
  const cases: [string, string, Names, unknown][] = [
    ['Mike Pompeo, the US secretary of state, said so.', 'Mike Pompeo', [['Mike Pompeo', 'PERSON'], ['US', 'GPE']], [{ title: 'Secretary of State', org: 'US' }]],
    ["Qassem Soleimani, commander of Iran's Quds Force, died.", 'Qassem Soleimani', [['Qassem Soleimani', 'PERSON'], ['Iran', 'GPE'], ['Quds Force', 'ORG']], [{ title: 'Commander', org: 'Quds Force' }]],
    ['Abu Mahdi al-Muhandis, deputy leader of the PMU, was killed.', 'Abu Mahdi al-Muhandis', [['Abu Mahdi al-Muhandis', 'PERSON'], ['PMU', 'ORG']], [{ title: 'Deputy leader', org: 'PMU' }]],
    // A list of names is no apposition.
    ['Mike Pompeo, Mark Esper and others spoke.', 'Mike Pompeo', [['Mike Pompeo', 'PERSON'], ['Mark Esper', 'PERSON']], []],
    ['Mike Pompeo, who is a lawyer by training, spoke.', 'Mike Pompeo', [['Mike Pompeo', 'PERSON']], []],
  ];
  for (const [text, name, names, roles] of cases) {
    assert.deepEqual(byName(resolve(text, names).entities, name).roles, roles, text);
  }
});

test('a one-word ORG that is the surname of one person named in full joins that person', () => {
  const { entities } = resolve('Qassem Soleimani was killed. Crowds mourned Soleimani. Hezbollah vowed revenge.', [
    ['Qassem Soleimani', 'PERSON'],
    ['Soleimani', 'ORG'],
    ['Hezbollah', 'ORG'],
  ]);
  assert.deepEqual(entities.map((e) => [e.name, e.type, e.aliases]), [
    ['Qassem Soleimani', 'PERSON', ['Soleimani']],
    ['Hezbollah', 'ORG', []],
  ]);
});

test('organisations of the gazetteer carry their country', () => {
  const { entities } = resolve('The Pentagon and the Popular Mobilization Units traded blame; Reuters reported it.', [
    ['Pentagon', 'ORG'],
    ['Popular Mobilization Units', 'ORG'],
    ['Reuters', 'ORG'],
  ]);
  assert.deepEqual(entities.map((e) => [e.name, e.country]), [
    ['Pentagon', 'US'],
    ['Popular Mobilization Units', 'IQ'],
    ['Reuters', undefined],
  ]);
});

test('stacked titles are separate roles; modifiers stay with their title', () => {
  const cases: [string, string, Names, unknown][] = [
    ['Iranian Supreme Leader Ayatollah Ali Khamenei spoke.', 'Ali Khamenei', [['Ali Khamenei', 'PERSON'], ['Iranian', 'NORP']], [{ title: 'Supreme Leader', org: 'Iranian' }, { title: 'Ayatollah' }]],
    ['EU foreign policy chief Josep Borrell spoke.', 'Josep Borrell', [['Josep Borrell', 'PERSON'], ['EU', 'ORG']], [{ title: 'Foreign policy chief', org: 'EU' }]],
    ['PMU deputy leader Abu Mahdi al-Muhandis spoke.', 'Abu Mahdi al-Muhandis', [['Abu Mahdi al-Muhandis', 'PERSON'], ['PMU', 'ORG']], [{ title: 'Deputy leader', org: 'PMU' }]],
  ];
  for (const [text, name, names, roles] of cases) {
    assert.deepEqual(byName(resolve(text, names).entities, name).roles, roles, text);
  }
});

test('tagger spans are trimmed to the name: article, possessive, titles, foreign words before it', () => {
  const text = "The Revolutionary Guard's commander spoke. Protest nach Angriff gegen Qassem Soleimani. President Trump left.";
  const { entities, mentions } = resolve(text, [
    ["The Revolutionary Guard's", 'ORG'],
    ['Protest nach Angriff gegen Qassem Soleimani', 'PERSON'],
    ['President Trump', 'PERSON'],
  ]);
  assert.deepEqual(mentions.map((m) => m.text), ['Revolutionary Guard', 'Qassem Soleimani', 'Trump']);
  assert.deepEqual(entities.map((e) => e.name), ['Revolutionary Guard', 'Qassem Soleimani', 'Trump']);
  assert.deepEqual(byName(entities, 'Trump').aliases, ['President Trump']);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('names of one body in the hand list are one entity; tagger fragments of titles are dropped', () => {
  const text = 'The UN and the United Nations agree. The IRGC said the Revolutionary Guards would act. Secretary of State Mike Pompeo spoke. The Secretary left.';
  const { entities } = resolve(text, [
    ['UN', 'ORG'],
    ['United Nations', 'ORG'],
    ['IRGC', 'ORG'],
    ['Revolutionary Guards', 'ORG'],
    ['State', 'ORG'],
    ['Mike Pompeo', 'PERSON'],
    ['Secretary', 'PERSON'],
  ]);
  assert.deepEqual(entities.map((e) => [e.name, e.type, e.aliases]), [
    ['United Nations', 'ORG', ['UN']],
    ['Revolutionary Guards', 'ORG', ['IRGC']],
    ['Mike Pompeo', 'PERSON', []],
  ]);
  assert.equal(entities[1]?.country, 'IR');
});

test('capital metonymy table', () => {
  const cases: [string, boolean][] = [
    ['Tehran vowed harsh revenge.', true],
    ['Tehran says it will respond.', true],
    ["Tehran's response was swift.", true],
    ['Tehran has denied it.', true],
    ['Crowds filled Tehran streets.', false],
    ['Tehran mosques were full.', false],
    ['He flew to Tehran yesterday.', false],
    ["Tehran's streets were full.", false],
  ];
  for (const [text, state] of cases) {
    const { entities } = resolve(text, [['Tehran', 'GPE']]);
    assert.equal(entities[0]?.name, state ? 'Iran' : 'Tehran', text);
  }
});

test('a lone surname the tagger read as a nationality is a person before a verb; nationality words are no person', () => {
  const cases: [string, Names, string | null][] = [
    ['Mahdavi had led the brigade for a decade.', [['Mahdavi', 'NORP']], 'Mahdavi'],
    ['Ghorbani said the talks were over.', [['Ghorbani', 'NORP']], 'Ghorbani'],
    ['Iranian officials met on Monday.', [['Iranian', 'NORP']], null],
    ['Shiite militias said they would respond.', [['Shiite', 'NORP']], null],
    ['Iraqis said they were tired of the war.', [['Iraqis', 'NORP']], null],
    ['Israeli said nothing more.', [['Israeli', 'NORP']], null],
  ];
  for (const [text, names, person] of cases) {
    const people = resolve(text, names).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    assert.deepEqual(people, person === null ? [] : [person], text);
  }
});
