/** Speaker phrases whose head is not their first name, live-blog labels, role and pronoun reference (invented sentences). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, type Named } from './helpers.ts';

const cast: readonly Named[] = [
  { name: 'Lena Marsh', type: 'PERSON', aliases: ['Marsh'] },
  { name: 'Defense', type: 'ORG' },
  { name: 'State', type: 'ORG' },
  { name: 'Norland', type: 'GPE' },
  { name: 'Tomas Vary', type: 'PERSON', aliases: ['Vary'] },
  { name: 'United Nations', type: 'ORG' },
  { name: 'Coastal Guard', type: 'ORG' },
  { name: 'Ivo Brandt', type: 'PERSON', roles: ['Ambassador'] },
  { name: 'US', type: 'GPE' },
  { name: 'Omar Reyes', type: 'PERSON' },
  { name: 'EU', type: 'ORG' },
];
const id = (name: string): string => `e${cast.findIndex((n) => n.name === name)}`;

const speakerCases: readonly (readonly [string, string, string | null])[] = [
  ['title with an organisation before the name', 'Defense Secretary Lena Marsh said the base would stay open.', 'Lena Marsh'],
  ['title with "of X" before the name', 'Secretary of State Lena Marsh said the talks would resume.', 'Lena Marsh'],
  ['possessive country, then an appositive name', "Norland's UN envoy, Tomas Vary, said the vote was unfair.", 'Tomas Vary'],
  ['ambassador to an organisation, then the name', 'Norland Ambassador to the United Nations Tomas Vary said the vote was unfair.', 'Tomas Vary'],
  ['possessive country with no person named', "Norland's foreign minister said the border would reopen.", 'Norland'],
  ['possessive country before an organisation', "Norland's Coastal Guard said two boats were seized.", 'Coastal Guard'],
  ['a person after a preposition is not the speaker', "An adviser to Norland's Tomas Vary said the plan was dead.", null],
  ['a person inside a relative clause is not the speaker', 'Lena Marsh, an analyst who once advised Tomas Vary, says the plan is dead.', 'Lena Marsh'],
  ['an upper-case US before officials', 'US officials said the convoy was hit twice.', 'US'],
];

for (const [name, text, speaker] of speakerCases) {
  test(`speaker head: ${name}`, () => {
    const q = quotesOf(text, cast)[0];
    assert.ok(q, 'a quote is found');
    assert.equal(q.speaker?.entity ?? null, speaker === null ? null : id(speaker));
  });
}

test('a live-blog clock time and label are not part of the speaker', () => {
  const text = '09:41 Meanwhile, Lena Marsh warned that the strikes could widen.';
  const q = quotesOf(text, cast)[0]!;
  assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'Lena Marsh');
  assert.equal(q.speaker?.entity, id('Lena Marsh'));
});

test('a live-blog clock time is not part of content that opens the entry', () => {
  const text = '10:02 The talks have failed, Tomas Vary said.';
  const q = quotesOf(text, cast)[0]!;
  assert.equal(text.slice(q.content.start, q.content.end), 'The talks have failed');
});

test('"he" goes to a person heading a newer sentence rather than an older speaker', () => {
  const text = 'Tomas Vary said the vote was unfair.\n\nTop diplomat Lena Marsh struck a softer tone.\n\n"We remain open to talks," he wrote.';
  const quotes = quotesOf(text, cast);
  assert.equal(quotes[quotes.length - 1]!.speaker?.entity, id('Lena Marsh'));
});

test('a person named later in the sentence as an object does not take "he"', () => {
  const text = 'Tomas Vary said the vote was unfair. The ruling pleased Lena Marsh. He added that an appeal would follow.';
  const quotes = quotesOf(text, cast);
  assert.equal(quotes[quotes.length - 1]!.speaker?.entity, id('Tomas Vary'));
});

test('"the diplomat" goes back to the ambassador named just before', () => {
  const text = 'Ivo Brandt told the council that the strike was illegal.\n\nThe diplomat wrote that an inquiry was needed.';
  const quotes = quotesOf(text, cast);
  assert.equal(quotes[1]!.speaker?.entity, id('Ivo Brandt'));
});

test('a role noun in a speaker phrase is remembered for later "the envoy"', () => {
  const text = 'Norland envoy Omar Reyes said the talks were over. Tomas Vary said nothing had changed.\n\nThe envoy added that sanctions would follow.';
  const quotes = quotesOf(text, cast);
  assert.equal(quotes[2]!.speaker?.entity, id('Omar Reyes'));
});

test('"the official" after "a US official" stays with that source', () => {
  const text = 'The convoy was hit by a drone, according to a US official.\n\n"Two vehicles were destroyed," the official told reporters.';
  const quotes = quotesOf(text, cast);
  assert.equal(quotes[quotes.length - 1]!.speaker?.entity, id('US'));
});

test('"the EU official" goes back to the person who spoke for the EU', () => {
  const text = 'EU Council President Omar Reyes said the cycle of violence must stop.\n\n"Escalation must be avoided," the EU official said.';
  const quotes = quotesOf(text, cast);
  assert.equal(quotes[quotes.length - 1]!.speaker?.entity, id('Omar Reyes'));
});
