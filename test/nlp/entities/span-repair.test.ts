/**
 * Tagger spans that are not one clean name (span-repair.ts, candidates.ts) and bodies named twice
 * (resolve.ts). Invented sentences; the name lists stand in for a tagger's output, errors included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/model/index.ts';
import { resolveEntities } from '../../../src/nlp/entities/index.ts';
import { stageInput } from './stage.ts';

type Names = Parameters<typeof stageInput>[1];

function resolve(text: string, names: Names) {
  return resolveEntities(stageInput(text, names));
}

const summary = (entities: readonly Entity[]): string[] => entities.map((e) => `${e.type}:${e.name}`);

test('title fragments, lone generic head nouns, time zones and commodity names are no entities', () => {
  const cases: [string, Names, string[]][] = [
    ['Defense Secretary Jane Roe arrived.', [['Defense', 'ORG'], ['Jane Roe', 'PERSON']], ['PERSON:Jane Roe']],
    ['The Department of Defense and Secretary of State Tom Hale met.', [['Department of Defense', 'ORG'], ['State', 'ORG'], ['Tom Hale', 'PERSON']], ['ORG:Department of Defense', 'PERSON:Tom Hale']],
    ['The Army said the Embassy was closed.', [['Army', 'ORG'], ['Embassy', 'FACILITY']], []],
    ['The Mahdi Army guarded the US Embassy.', [['Mahdi Army', 'ORG'], ['US Embassy', 'FACILITY']], ['ORG:Mahdi Army', 'FACILITY:US Embassy']],
    ['He called it State piracy.', [['State', 'ORG']], []],
    ['The blast came at 03:00 Universal Time, or 06:00 GMT.', [['Universal Time', 'PERSON'], ['GMT', 'ORG']], []],
    ['The strike was at 9 pm Eastern Standard Time.', [['Eastern Standard Time', 'PERSON']], []],
    ['Brent crude rose and WTI followed.', [['Brent', 'GPE'], ['WTI', 'ORG']], []],
    ['The vote went ahead without Congressional approval.', [['Congressional', 'ORG']], []],
    ['Spanish Junior Foreign Affairs Minister Ana Ruiz spoke.', [['Spanish Junior Foreign Affairs', 'ORG'], ['Ana Ruiz', 'PERSON']], ['GPE:Spain', 'PERSON:Ana Ruiz']],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(summary(resolve(text, names).entities), expected, text);
  }
});

test('a span holding two names is split: possessive owner, organisation before a titled person', () => {
  const { entities } = resolve("Canada blamed Iran's Revolutionary Guards and the Northern Defence Corps' Falcon Brigade.", [
    ['Canada', 'GPE'],
    ["Iran's Revolutionary Guards", 'ORG'],
    ["Northern Defence Corps' Falcon Brigade", 'ORG'],
  ]);
  assert.deepEqual(summary(entities), ['GPE:Canada', 'GPE:Iran', 'ORG:Revolutionary Guards', 'ORG:Northern Defence Corps', 'ORG:Falcon Brigade']);
  // An owner that is not a name of its own stays inside the name.
  const kept = resolve("Patients left St. Mary's Hospital.", [["St. Mary's Hospital", 'ORG']]).entities;
  assert.deepEqual(summary(kept), ["ORG:St. Mary's Hospital"]);
  const titled = resolve('The strike was unlawful, UN Special Rapporteur Maria Lind said.', [['UN Special Rapporteur Maria Lind', 'ORG']]).entities;
  assert.deepEqual(summary(titled), ['ORG:UN', 'PERSON:Maria Lind']);
  assert.equal(titled[1]?.roles[0]?.title.toLowerCase(), 'special rapporteur');
  // A company named after a title word is not a titled person.
  assert.deepEqual(summary(resolve('Shares of Acme General Motors Corp. fell.', [['Acme General Motors Corp.', 'ORG']]).entities), ['ORG:Acme General Motors Corp.']);
});

test('trailing function words and stance prefixes are cut from the name', () => {
  const { entities, mentions } = resolve('Acme Oil, Borealis Petroleum and Zenta said they were watching. Anger grew at pro-Iran militias and the anti-Islamic State coalition.', [
    ['Acme Oil', 'ORG'],
    ['Borealis Petroleum and', 'ORG'],
    ['Zenta', 'PERSON'],
    ['pro-Iran', 'NORP'],
    ['anti-Islamic State', 'ORG'],
  ]);
  assert.deepEqual(summary(entities), ['ORG:Acme Oil', 'ORG:Borealis Petroleum', 'ORG:Zenta', 'GPE:Iran', 'ORG:Islamic State']);
  assert.deepEqual(mentions.map((m) => m.text).slice(3), ['Iran', 'Islamic State']);
});

test('organisation types: hand-list bodies and organisation words beat place types; one-word persons that read as companies', () => {
  const { entities } = resolve("The Kremlin said Oman's Gulf Air cancelled flights. Mining group Veltra said little.", [
    ['Kremlin', 'LOC'],
    ['Oman', 'GPE'],
    ['Gulf Air', 'LOC'],
    ['Veltra', 'PERSON'],
  ]);
  assert.deepEqual(summary(entities), ['ORG:Kremlin', 'GPE:Oman', 'ORG:Gulf Air', 'ORG:Veltra']);
  // A surname with its full name in the text stays a person even next to an organisation.
  const people = resolve('Defense chief Mark Hollis spoke. The Pentagon and Hollis agreed.', [['Mark Hollis', 'PERSON'], ['Pentagon', 'ORG'], ['Hollis', 'PERSON']]).entities;
  assert.deepEqual(summary(people), ['PERSON:Mark Hollis', 'ORG:Pentagon']);
});

test('a capital is its government unless used as a location', () => {
  const cases: [string, Names, string[]][] = [
    ['The president lashed out at Tehran.', [['Tehran', 'GPE']], ['GPE:Iran']],
    ['Tensions between Washington and Tehran rose.', [['Washington', 'GPE'], ['Tehran', 'GPE']], ['GPE:United States', 'GPE:Iran']],
    ['Washington and Tehran could go to war.', [['Washington', 'GPE'], ['Tehran', 'GPE']], ['GPE:United States', 'GPE:Iran']],
    ['He was long seen as a foe by Washington.', [['Washington', 'GPE']], ['GPE:United States']],
    ["They lacked support from Washington's allies.", [['Washington', 'GPE']], ['GPE:United States']],
    ['The envoy flew to Ankara, Riyadh and Doha.', [['Ankara', 'GPE'], ['Riyadh', 'GPE'], ['Doha', 'GPE']], ['GPE:Ankara', 'GPE:Riyadh', 'GPE:Doha']],
    ['Crowds filled the streets of Tehran.', [['Tehran', 'GPE']], ['GPE:Tehran']],
    ['He died in the Iraqi capital Baghdad.', [['Iraqi', 'NORP'], ['Baghdad', 'GPE']], ['NORP:Iraqi', 'GPE:Baghdad']],
    ['Citizens were told to leave Baghdad.', [['Baghdad', 'GPE']], ['GPE:Baghdad']],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(summary(resolve(text, names).entities), expected, text);
  }
});

test('a demonym coordinated with another before a state noun names both governments', () => {
  const { entities } = resolve('Mourners held portraits of Iranian and Iraqi leaders.', [['Iranian', 'NORP'], ['Iraqi', 'NORP']]);
  assert.deepEqual(summary(entities), ['GPE:Iran', 'GPE:Iraq']);
});

test('a place before a facility noun is a facility; a country only with its missions', () => {
  const { entities } = resolve('Protesters stormed the US embassy. Rockets hit Mosul airport and Qayyara air base, near a US base.', [
    ['US', 'GPE'],
    ['Mosul', 'GPE'],
    ['Qayyara', 'GPE'],
  ]);
  assert.deepEqual(summary(entities), ['FACILITY:US embassy', 'FACILITY:Mosul airport', 'FACILITY:Qayyara air base', 'GPE:United States']);
});

test('one body named twice: ORG and FACILITY readings, a head word alone, plural acronyms and groups, outlets', () => {
  const cases: [string, Names, string[]][] = [
    ['The US Embassy said the US embassy was safe.', [['US Embassy', 'ORG'], ['US embassy', 'FACILITY']], ['ORG:US Embassy']],
    ['Ships left the Persian Gulf; the Gulf was calm.', [['Persian Gulf', 'LOC'], ['Gulf', 'LOC']], ['LOC:Persian Gulf']],
    ['The Popular Defence Units (PDU) grew. Two PDUs moved.', [['Popular Defence Units', 'ORG']], ['ORG:Popular Defence Units']],
    ['European leaders met. The Europeans agreed.', [['European', 'NORP'], ['Europeans', 'NORP']], ['NORP:European']],
    ['Welcome to the Zeta News live blog. Zeta reported it first.', [['Zeta News', 'ORG'], ['Zeta', 'ORG']], ['ORG:Zeta News']],
    ['Cleric Ali al-Hakim spoke. Al-Hakim has many followers.', [['Ali al-Hakim', 'PERSON'], ['Al-Hakim', 'LOC']], ['PERSON:Ali al-Hakim']],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(summary(resolve(text, names).entities), expected, text);
  }
});
