import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkPartialKey, foldPersonName, foldOrgName } from '../../../src/nlp/entities/index.ts';

test('linkPartialKey maps a surname to the one full key with that surname', () => {
  const keys = ['PERSON:kasem suleimani', 'PERSON:hasan ruhani', 'PERSON:hasan nasralah', 'ORG:suleimani', 'PERSON:~suleimani'];
  assert.equal(linkPartialKey('PERSON:~suleimani', keys), 'PERSON:kasem suleimani');
  assert.equal(linkPartialKey('PERSON:~ruhani', keys), 'PERSON:hasan ruhani');
  // A first name is not a surname; and two full keys with one surname are ambiguous.
  assert.equal(linkPartialKey('PERSON:~hasan', keys), null);
  assert.equal(linkPartialKey('PERSON:~zarif', ['PERSON:javad zarif', 'PERSON:ali zarif']), null);
  assert.equal(linkPartialKey('PERSON:~zarif', ['PERSON:javad zarif', 'PERSON:javad zarif']), 'PERSON:javad zarif');
  assert.equal(linkPartialKey('PERSON:kasem suleimani', keys), null);
  assert.equal(linkPartialKey('PERSON:~nobody', keys), null);
});

test('person-name folding table', () => {
  const same: [string, string][] = [
    ['Qassem Soleimani', 'Qasem Suleimani'],
    ['Ghasem Soleimani', 'Qasem Sulaimani'],
    ['Hassan Rouhani', 'Hasan Rohani'],
    ['Hassan Rouhani', 'Hassan Rowhani'],
    ['Mohammed bin Salman', 'Mohammad bin Salman'],
    ['Abu Mahdi al-Muhandis', 'Abu Mahdi Al Muhandis'],
    ['Hossein Salami', 'Hussein Salami'],
    ['Donald J. Trump', 'Donald Trump'],
  ];
  for (const [a, b] of same) assert.deepEqual(foldPersonName(a.split(' ')), foldPersonName(b.split(' ')), `${a} = ${b}`);
  const different: [string, string][] = [
    ['Hassan Rouhani', 'Hassan Nasrallah'],
    ['Ali Khamenei', 'Ali Larijani'],
    ['Mike Pompeo', 'Mark Esper'],
  ];
  for (const [a, b] of different) assert.notDeepEqual(foldPersonName(a.split(' ')), foldPersonName(b.split(' ')), `${a} ≠ ${b}`);
});

test('organisation folding: head synonyms, spellings, articles', () => {
  assert.equal(foldOrgName('Popular Mobilization Units'), foldOrgName('Popular Mobilisation Forces'));
  assert.equal(foldOrgName('the Revolutionary Guards'), foldOrgName('Revolutionary Guard'));
  assert.equal(foldOrgName("Kata'ib Hezbollah"), foldOrgName('Kataib Hezbollah'));
  assert.notEqual(foldOrgName('Quds Force'), foldOrgName('Popular Mobilization Forces'));
});
