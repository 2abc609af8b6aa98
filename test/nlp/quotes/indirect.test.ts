import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, slice } from './helpers.ts';

interface IndirectCase {
  readonly name: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly cue: string;
  readonly content: string;
  readonly addressee?: string;
  readonly medium?: string;
}

const cases: readonly IndirectCase[] = [
  { name: 'said that', text: 'Ali Haddad said that the border would stay closed.', speaker: 'Ali Haddad', cue: 'said', content: 'that the border would stay closed' },
  { name: 'said without that', text: 'The spokesman said the talks had failed.', speaker: 'The spokesman', cue: 'said', content: 'the talks had failed' },
  { name: 'told CNN (addressee, tv)', text: 'Mira Olsen told CNN that the ceasefire was holding.', speaker: 'Mira Olsen', cue: 'told', content: 'that the ceasefire was holding', addressee: 'CNN', medium: 'tv' },
  { name: 'according to, fronted', text: 'According to the ministry, 40 people were injured in the blast.', speaker: 'the ministry', cue: 'According to', content: '40 people were injured in the blast' },
  { name: 'according to, trailing', text: 'Forty people were injured, according to local officials.', speaker: 'local officials', cue: 'according to', content: 'Forty people were injured' },
  { name: 'warned', text: 'Tehran warned that any attack would be met with force.', speaker: 'Tehran', cue: 'warned', content: 'that any attack would be met with force' },
  { name: 'vowed', text: 'The president vowed to rebuild the port within a year.', speaker: 'The president', cue: 'vowed', content: 'to rebuild the port within a year' },
  { name: 'reversed, X said', text: 'The dam is safe for now, engineers said.', speaker: 'engineers', cue: 'said', content: 'The dam is safe for now' },
  { name: 'reversed, said X', text: 'The dam is safe for now, said the chief engineer.', speaker: 'the chief engineer', cue: 'said', content: 'The dam is safe for now' },
  { name: 'auxiliary and adverb between speaker and cue', text: 'Olsen has also repeatedly denied that she knew of the plan.', speaker: 'Olsen', cue: 'denied', content: 'that she knew of the plan' },
  { name: 'appositive speaker', text: 'Lena Park, a spokeswoman for the agency, said the report was wrong.', speaker: 'Lena Park, a spokeswoman for the agency', cue: 'said', content: 'the report was wrong' },
  { name: 'participle takes the speaker of the clause', text: 'Haddad rejected the offer, saying it came too late.', speaker: 'Haddad', cue: 'saying', content: 'it came too late' },
  { name: 'interview', text: 'In an interview, Olsen said the army was exhausted.', speaker: 'Olsen', cue: 'said', content: 'the army was exhausted', medium: 'interview' },
  { name: 'press conference', text: 'The minister told a press conference that prices would fall.', speaker: 'The minister', cue: 'told', content: 'that prices would fall', addressee: 'a press conference', medium: 'press_conference' },
  { name: 'letter', text: 'The senators wrote in a letter that the deal was illegal.', speaker: 'The senators', cue: 'wrote', content: 'that the deal was illegal', medium: 'letter' },
  { name: 'on Fox News', text: 'Dalton said on Fox News that the strike saved lives.', speaker: 'Dalton', cue: 'said', content: 'that the strike saved lives', medium: 'tv' },
];

for (const c of cases) {
  test(`indirect speech: ${c.name}`, () => {
    const quotes = quotesOf(c.text);
    assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => slice(c.text, q.cue))));
    const q = quotes[0]!;
    assert.equal(q.speaker?.text ?? null, c.speaker);
    assert.equal(slice(c.text, q.cue), c.cue);
    assert.equal(slice(c.text, q.content), c.content);
    assert.equal(q.kind, 'indirect');
    assert.equal(q.addressee, c.addressee);
    assert.equal(q.medium, c.medium);
  });
}

test('two speech acts in one sentence stay apart', () => {
  const text = 'Haddad praised the deal and said the troops would leave.';
  const quotes = quotesOf(text, [], { scope: 'attribution' });
  assert.deepEqual(quotes.map((q) => [slice(text, q.cue), q.speaker?.text, slice(text, q.content)]), [
    ['praised', 'Haddad', 'the deal'],
    ['said', 'Haddad', 'the troops would leave'],
  ]);
});

test('speech scope leaves out beliefs and endorsements; attribution scope keeps them', () => {
  const text = 'Most voters think the economy is improving.';
  assert.equal(quotesOf(text).length, 0);
  assert.equal(quotesOf(text, [], { scope: 'attribution' }).length, 1);
});

test('a noun that looks like a cue verb is not a cue', () => {
  assert.deepEqual(quotesOf('The report was published on Monday. The state budget grew.'), []);
});
