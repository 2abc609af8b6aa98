import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, slice, type Named } from './helpers.ts';

const people: readonly Named[] = [
  { name: 'Ali Haddad', type: 'PERSON', aliases: ['Haddad'], roles: ['foreign minister'] },
  { name: 'Mira Olsen', type: 'PERSON', aliases: ['Olsen'], roles: ['diplomat'] },
  { name: 'Pentagon', type: 'ORG' },
];

test('a named speaker resolves to its entity', () => {
  const text = 'Ali Haddad said the border would stay closed.';
  assert.equal(quotesOf(text, people)[0]!.speaker?.entity, 'e0');
});

test('"the Pentagon said" resolves to the organisation', () => {
  const text = 'The Pentagon said the strike was defensive.';
  const q = quotesOf(text, people)[0]!;
  assert.equal(q.speaker?.text, 'The Pentagon');
  assert.equal(q.speaker?.entity, 'e2');
});

test('a pronoun and "he added" go to the last named person speaker, not an organisation', () => {
  const text = 'Haddad said the border would stay closed. The Pentagon said the strike was defensive. He added that talks were still possible.';
  const quotes = quotesOf(text, people);
  assert.equal(quotes.length, 3);
  assert.equal(quotes[2]!.speaker?.text, 'He');
  assert.equal(quotes[2]!.speaker?.entity, 'e0');
});

test('a reversed "she said" after a quote resolves to the last person speaker', () => {
  const text = 'Mira Olsen arrived late. "We are not giving up on the talks," she said.';
  const q = quotesOf(text, people)[0]!;
  assert.equal(q.speaker?.text, 'she');
  assert.equal(q.speaker?.entity, 'e1');
});

test('a role noun goes back to the person named with that role', () => {
  const text = 'Olsen met Haddad in Oslo. Haddad said the meeting was useful. Later the diplomat wrote that no deal was near.';
  const quotes = quotesOf(text, people);
  const last = quotes[quotes.length - 1]!;
  assert.equal(last.speaker?.text, 'the diplomat');
  assert.equal(last.speaker?.entity, 'e1');
});

test('a role noun nobody holds falls back to the last person speaker', () => {
  const text = 'Haddad said the meeting was useful. The general said the troops were ready.';
  const quotes = quotesOf(text, people);
  assert.equal(quotes[1]!.speaker?.entity, 'e0');
});

test('an unresolvable speaker keeps its text with entity null', () => {
  const text = 'Witnesses said the convoy was hit twice.';
  const q = quotesOf(text, people)[0]!;
  assert.equal(slice(text, q.speaker), 'Witnesses');
  assert.equal(q.speaker?.entity, null);
});

test('"they" goes to the organisation heading the sentence before, when it is more recent than the last organisation speaker', () => {
  const named: readonly Named[] = [
    { name: 'Norland', type: 'GPE' },
    { name: 'Veskan', type: 'NORP' },
  ];
  const text =
    'Norland said the strike was lawful. The Veskan army slammed the "cowardly attack" which killed two officers, whom they described as "hero martyrs."\n\n' +
    '"We affirm that what happened is a flagrant violation of our sovereignty."';
  const quotes = quotesOf(text, named);
  assert.equal(quotes.length, 3);
  assert.deepEqual(quotes.map((q) => [slice(text, q.speaker), q.speaker?.entity]), [['Norland', 'e0'], ['they', 'e1'], ['they', 'e1']]);
});
