import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldEntity } from '../../src/eval/seeds/gold.ts';
import { scoreEntities } from '../../src/eval/seeds/score-entities.ts';
import { annotations, entity } from './build.ts';

const GOLD: GoldEntity[] = [
  { name: 'Karim Vasseghi', type: 'PERSON', aliases: ['Karim Vasseghi', 'Vasseghi', 'General Vasseghi'] },
  { name: 'Hassan Rahimi', type: 'PERSON', aliases: ['Hassan Rahimi', 'Rahimi'] },
  { name: 'Hassan Dabiri', type: 'PERSON', aliases: ['Hassan Dabiri'] },
  { name: 'Iran', type: 'GPE', aliases: ['Iran'], metonyms: ['Tehran', 'Iranian'] },
  { name: 'US Embassy', type: 'FACILITY', alt_types: ['ORG'], aliases: ['US Embassy'] },
];

test('a perfect prediction scores 1 everywhere', () => {
  const s = scoreEntities(GOLD, annotations({
    entities: [
      entity('e0', 'PERSON', 'Karim Vasseghi', ['Vasseghi', 'General Vasseghi']),
      entity('e1', 'PERSON', 'Hassan Rahimi', ['Rahimi']),
      entity('e2', 'PERSON', 'Hassan Dabiri'),
      entity('e3', 'GPE', 'Iran', ['Tehran', 'Iranian']),
      entity('e4', 'FACILITY', 'US Embassy'),
    ],
  }));
  assert.deepEqual(s.counts, { correct: 5, predicted: 5, found: 5, gold: 5 });
  assert.equal(s.aliasesLanded, s.aliasesGold);
  assert.equal(s.aliasesGold, 10);
});

test('a split entity costs precision and alias recall; the second half matches nothing', () => {
  const s = scoreEntities(GOLD.slice(0, 1), annotations({
    entities: [entity('e0', 'PERSON', 'Karim Vasseghi', ['Vasseghi']), entity('e1', 'PERSON', 'General Vasseghi')],
  }));
  assert.deepEqual(s.counts, { correct: 1, predicted: 2, found: 1, gold: 1 });
  // General Vasseghi is matched through title stripping only in the entity that holds `Vasseghi`
  assert.equal(s.aliasesLanded, 3);
});

test('merging two people who share a first name costs recall', () => {
  const s = scoreEntities(GOLD.slice(1, 3), annotations({ entities: [entity('e0', 'PERSON', 'Hassan Rahimi', ['Rahimi', 'Hassan Dabiri'])] }));
  assert.equal(s.counts.found, 1);
  assert.equal(s.counts.gold, 2);
});

test('a shared first name alone does not link entities', () => {
  const s = scoreEntities(GOLD.slice(1, 2), annotations({ entities: [entity('e0', 'PERSON', 'Hassan')] }));
  assert.equal(s.counts.found, 0);
  assert.equal(s.counts.correct, 0);
});

test('the type must agree, or be one gold allows', () => {
  const wrongType = scoreEntities(GOLD.slice(3, 4), annotations({ entities: [entity('e0', 'ORG', 'Iran')] }));
  assert.equal(wrongType.counts.found, 0);
  const altType = scoreEntities(GOLD.slice(4), annotations({ entities: [entity('e0', 'ORG', 'the US Embassy')] }));
  assert.equal(altType.counts.found, 1);
});

test('metonyms link only when no name does; they land when aliased or linked by country', () => {
  const onlyCapital = scoreEntities(GOLD.slice(3, 4), annotations({ entities: [entity('e0', 'GPE', 'Tehran')] }));
  assert.equal(onlyCapital.counts.found, 1);
  const unmerged = scoreEntities(GOLD.slice(3, 4), annotations({ entities: [entity('e0', 'GPE', 'Tehran'), entity('e1', 'GPE', 'Iran')] }));
  assert.deepEqual(unmerged.counts, { correct: 1, predicted: 2, found: 1, gold: 1 });
  assert.equal(unmerged.matches.get('Iran'), 'e1');
  assert.equal(unmerged.aliasesLanded, 1);
  const byCountry = scoreEntities(GOLD.slice(3, 4), annotations({
    entities: [entity('e0', 'GPE', 'Iran', ['Tehran'], 'IR'), entity('e1', 'NORP', 'Iranian', [], 'IR')],
  }));
  assert.equal(byCountry.counts.found, 1);
  assert.equal(byCountry.counts.predicted, 2);
  assert.equal(byCountry.aliasesLanded, 3);
  const unlinked = scoreEntities(GOLD.slice(3, 4), annotations({ entities: [entity('e0', 'GPE', 'Iran', [], 'IR'), entity('e1', 'NORP', 'Iranian')] }));
  assert.equal(unlinked.aliasesLanded, 1);
});

test('mention texts count as names; other types are not scored', () => {
  const s = scoreEntities(GOLD.slice(0, 1), annotations({
    entities: [entity('e0', 'PERSON', 'Karim Vasseghi'), entity('e1', 'OTHER', 'Friday')],
    mentions: [{ entity: 'e0', start: 0, end: 8, text: 'Vasseghi' }],
  }));
  assert.deepEqual(s.counts, { correct: 1, predicted: 1, found: 1, gold: 1 });
  assert.equal(s.aliasesLanded, 3);
});

test('an empty prediction finds nothing', () => {
  const s = scoreEntities(GOLD, annotations({}));
  assert.deepEqual(s.counts, { correct: 0, predicted: 0, found: 0, gold: 5 });
  assert.equal(s.aliasesLanded, 0);
});

test('the matching keeps the obvious pairs when a capital is both a city and a metonym', () => {
  const gold: GoldEntity[] = [
    { name: 'Iran', type: 'GPE', aliases: ['Iran'], metonyms: ['Tehran'] },
    { name: 'Tehran', type: 'GPE', aliases: ['Tehran'] },
  ];
  const s = scoreEntities(gold, annotations({ entities: [entity('e0', 'GPE', 'Tehran'), entity('e1', 'GPE', 'Iran', ['Tehran'])] }));
  assert.deepEqual(s.counts, { correct: 2, predicted: 2, found: 2, gold: 2 });
  assert.equal(s.matches.get('Iran'), 'e1');
  assert.equal(s.matches.get('Tehran'), 'e0');
  assert.equal(s.aliasesLanded, 3);
});
