import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFragments } from '../../../src/nlp/quotes/index.ts';
import { quotesOf, slice } from './helpers.ts';

interface DirectCase {
  readonly name: string;
  readonly text: string;
  readonly content: string;
  readonly speaker: string;
  readonly cue: string;
}

const cases: readonly DirectCase[] = [
  { name: 'straight double quotes, reversed', text: '"We will respond at a time of our choosing," the minister said.', content: '"We will respond at a time of our choosing,"', speaker: 'the minister', cue: 'said' },
  { name: 'curly quotes after a colon', text: 'Mr. Karimi said: “The talks are over and the envoys have gone home.”', content: '“The talks are over and the envoys have gone home.”', speaker: 'Mr. Karimi', cue: 'said' },
  { name: 'curly single quotes, inverted', text: '‘We are ready for any outcome,’ said Ms. Lund.', content: '‘We are ready for any outcome,’', speaker: 'Ms. Lund', cue: 'said' },
  { name: 'guillemets', text: '«Our patience has limits,» the general warned.', content: '«Our patience has limits,»', speaker: 'the general', cue: 'warned' },
  { name: 'straight quotes after a comma', text: 'The mayor said, "Nobody will be left behind in this city."', content: '"Nobody will be left behind in this city."', speaker: 'The mayor', cue: 'said' },
];

for (const c of cases) {
  test(`direct quote: ${c.name}`, () => {
    const quotes = quotesOf(c.text);
    assert.equal(quotes.length, 1, JSON.stringify(quotes));
    const q = quotes[0]!;
    assert.equal(slice(c.text, q.content), c.content);
    assert.equal(q.speaker?.text, c.speaker);
    assert.equal(slice(c.text, q.cue), c.cue);
    assert.equal(q.kind, 'direct');
  });
}

test('a quote split around its attribution is one quote covering both parts', () => {
  const text = '“We will not back down,” Haddad said, “and we will rebuild every bridge.”';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  const q = quotes[0]!;
  assert.equal(slice(text, q.content), text);
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker?.text, 'Haddad');
  assert.deepEqual(contentFragments(text, q).map((s) => slice(text, s)), ['“We will not back down,”', '“and we will rebuild every bridge.”']);
});

test('a multi-paragraph quote runs to the closing mark of the last paragraph', () => {
  const text = 'The governor said: “We have asked for help from every agency in the region.\n\n“We have received very little so far, and people are waiting.”\n\nThe storm moved north.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  const q = quotes[0]!;
  assert.ok(slice(text, q.content)?.startsWith('“We have asked'));
  assert.ok(slice(text, q.content)?.endsWith('people are waiting.”'));
  assert.equal(q.speaker?.text, 'The governor');
});

test('a quoted paragraph without a cue takes the speaker of the quote just before', () => {
  const text = '“The bridge will reopen next week,” the engineer said.\n\n“Traffic will be slow for a while, but the repairs are finished.”';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.cue, null);
  assert.equal(quotes[1]!.speaker?.text, 'the engineer');
});

test('scare quotes are not quotes, and a cue inside a quotation is not a cue', () => {
  assert.deepEqual(quotesOf('The so-called "peace plan" collapsed within a week.'), []);
  const text = '"He said nothing to us about the plan," the aide told reporters.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.equal(slice(text, quotes[0]!.cue), 'told');
});

test('a tweet reproduced as text is a quote with medium twitter', () => {
  const text = 'Dalton tweeted: "The embassy is safe and our people are coming home!"';
  const q = quotesOf(text)[0]!;
  assert.equal(slice(text, q.content), '"The embassy is safe and our people are coming home!"');
  assert.equal(q.medium, 'twitter');
  const text2 = 'Dalton wrote on Twitter that the embassy was safe.';
  const q2 = quotesOf(text2)[0]!;
  assert.equal(q2.medium, 'twitter');
  assert.equal(slice(text2, q2.content), 'that the embassy was safe');
});

test('a written statement has medium statement', () => {
  const text = 'The ministry said in a statement that the convoy had been attacked twice.';
  const q = quotesOf(text)[0]!;
  assert.equal(q.medium, 'statement');
  assert.equal(slice(text, q.content), 'that the convoy had been attacked twice');
  assert.equal(q.speaker?.text, 'The ministry');
});

test('a quoted fragment inside paraphrase is mixed', () => {
  const text = 'Haddad said the strike was “an act of war” and would be answered.';
  const q = quotesOf(text)[0]!;
  assert.equal(q.kind, 'mixed');
  assert.equal(slice(text, q.content), 'the strike was “an act of war” and would be answered');
});

test('start and end cover the whole quote with its attribution', () => {
  const text = 'Earlier, "We are leaving," the captain said. Then the ship left.';
  const q = quotesOf(text)[0]!;
  assert.equal(slice(text, q), '"We are leaving," the captain said');
});

test('two apostrophes work as a double quote mark, and a participle after the quote keeps the speaker', () => {
  const text = "''We get that money back,'' Ms. Vega said, explaining how the bonus was paid.";
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((q) => [slice(text, q.content), q.speaker?.text, slice(text, q.cue)]), [
    ["''We get that money back,''", 'Ms. Vega', 'said'],
    ['how the bonus was paid', 'Ms. Vega', 'explaining'],
  ]);
});

test('an opening mark typed in place of the closing one still closes the quotation', () => {
  const text = '“The door is still open,“ said Omar Reyes, the mediator.';
  const q = quotesOf(text)[0]!;
  assert.equal(slice(text, q.content), '“The door is still open,“');
  assert.equal(q.speaker?.text, 'Omar Reyes, the mediator');
});

test('a capitalised label with a colon and nothing after it closes the text: no quote, no failure', () => {
  // a page's last line ("MORE FROM THE DAILY HERALD:") once sent the paragraph-label reader past the last token
  for (const text of ['The council met on Monday.\n\nMORE FROM THE DAILY HERALD :', 'The council met on Monday.\n\nMORE FROM THE DAILY HERALD:\n\nThe vote is on Friday.']) {
    assert.deepEqual(quotesOf(text).map((q) => slice(text, q.content)), []);
  }
  const headline = 'Mayor Okonjo: We will rebuild the bridge by spring';
  assert.deepEqual(quotesOf(headline).map((q) => slice(headline, q.content)), ['We will rebuild the bridge by spring']);
});
