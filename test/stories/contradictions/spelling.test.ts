import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findContradictions, isSpellingVariant } from '../../../src/stories/contradictions/index.ts';
import type { EntitySpec } from './build.ts';
import { article, citedTexts } from './build.ts';

const person = (id: string, name: string, key: string, forms?: string[]): EntitySpec => ({ id, type: 'PERSON', name, key, ...(forms ? { forms } : {}) });

test('spelling: one entity written two ways by two sources, each mention cited', () => {
  const a = article({ id: 'a', source: 'Gazette', text: 'General Qasem Farahani was buried. Farahani led the unit.', entities: [person('e0', 'Qasem Farahani', 'PERSON:kasem farahani', ['Qasem Farahani', 'Farahani'])] });
  const b = article({ id: 'b', source: 'Courier', text: 'Crowds mourned Qassem Farahani.', entities: [person('e0', 'Qassem Farahani', 'PERSON:kasem farahani')] });
  const c = article({ id: 'c', source: 'Ledger', text: 'Qassem Farahani died on Monday.', entities: [person('e3', 'Qassem Farahani', 'PERSON:kasem farahani')] });
  const found = findContradictions([a, b, c], []);
  assert.deepEqual(found.map((x) => x.about), ['spelling of Qassem Farahani: "Qasem" vs "Qassem"']);
  assert.deepEqual(citedTexts([a, b, c], found[0]?.claims ?? []), ['a:Qasem Farahani', 'b:Qassem Farahani', 'c:Qassem Farahani']);
});

test('spelling: names linked across keys when every differing token is a close spelling', () => {
  const a = article({ id: 'a', source: 'Gazette', text: 'Commander Ismail Soleimani spoke.', entities: [person('e0', 'Ismail Soleimani', 'PERSON:ismail soleimani')] });
  const b = article({ id: 'b', source: 'Courier', text: 'Commander Ismail Suleimani spoke.', entities: [person('e0', 'Ismail Suleimani', 'PERSON:ismail suleimani')] });
  const found = findContradictions([a, b], []);
  assert.deepEqual(found.map((x) => x.about), ['spelling of Ismail Soleimani: "Soleimani" vs "Suleimani"']);
});

const NONE: readonly (readonly [string, ReturnType<typeof article>[]])[] = [
  ['different people sharing a first name', [
    article({ id: 'a', source: 'Gazette', text: 'Hassan Rouhani spoke.', entities: [person('e0', 'Hassan Rouhani', 'PERSON:hasan ruhani')] }),
    article({ id: 'b', source: 'Courier', text: 'Hassan Nasrallah spoke.', entities: [person('e0', 'Hassan Nasrallah', 'PERSON:hasan nasralah')] }),
  ]],
  ['both spellings inside one source only', [
    article({ id: 'a', source: 'Gazette', text: 'Qasem Farahani, or Qassem Farahani, spoke.', entities: [person('e0', 'Qasem Farahani', 'PERSON:kasem farahani', ['Qasem Farahani', 'Qassem Farahani'])] }),
    article({ id: 'b', source: 'Courier', text: 'Qassem Farahani spoke.', entities: [person('e0', 'Qassem Farahani', 'PERSON:kasem farahani')] }),
  ]],
  ['a plural is not a spelling', [
    article({ id: 'a', source: 'Gazette', text: 'The Revolutionary Guard said so.', entities: [{ id: 'e0', type: 'ORG', name: 'Revolutionary Guard', key: 'ORG:revolutionary guard' }] }),
    article({ id: 'b', source: 'Courier', text: 'The Revolutionary Guards said so.', entities: [{ id: 'e0', type: 'ORG', name: 'Revolutionary Guards', key: 'ORG:revolutionary guard' }] }),
  ]],
  ['an older version is not a source', [
    article({ id: 'a', source: 'Gazette', text: 'Qasem Farahani spoke.', newerVersion: 'a2', entities: [person('e0', 'Qasem Farahani', 'PERSON:kasem farahani')] }),
    article({ id: 'a2', source: 'Gazette', text: 'Qassem Farahani spoke.', entities: [person('e0', 'Qassem Farahani', 'PERSON:kasem farahani')] }),
    article({ id: 'b', source: 'Courier', text: 'Qassem Farahani spoke.', entities: [person('e0', 'Qassem Farahani', 'PERSON:kasem farahani')] }),
  ]],
  ['case and accents are not spellings', [
    article({ id: 'a', source: 'Gazette', text: 'Esmail Qaani spoke.', entities: [person('e0', 'Esmail Qaani', 'PERSON:ismeil kani')] }),
    article({ id: 'b', source: 'Courier', text: 'Esmail Qāani spoke.', entities: [person('e0', 'Esmail Qāani', 'PERSON:ismeil kani')] }),
  ]],
];
for (const [name, articles] of NONE) {
  test(`spelling: nothing for ${name}`, () => assert.deepEqual(findContradictions(articles, []), []));
}

for (const [a, b, expected] of [['Qasem', 'Qassem', true], ['Kataeb', 'Kataib', true], ['Rouhani', 'Nasrallah', false], ['Guard', 'Guards', false], ['Iran', 'Iranian', false], ['Bush', 'Bash', false], ['Trump', 'trump', false]] as const) {
  test(`spelling: isSpellingVariant(${a}, ${b}) = ${expected}`, () => assert.equal(isSpellingVariant(a, b), expected));
}
