import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeQuotes, speakerName, summariseStory } from '../../../src/stories/summary/index.ts';
import { storyArticle } from './build.ts';
import { courier, daily, PRONOUN_QUOTE, QUOTE_1, QUOTE_2, STORY, UNRESOLVED_QUOTE } from './fixtures.ts';

const printed = (): Map<string, string> =>
  new Map(summariseStory(STORY, { maxSentences: 20 }).sentences.map((s) => [s.citations[0]!.start + '@' + s.citations[0]!.doc, s.text]));

function attributed(article: typeof courier, sentence: string): ReturnType<typeof attributeQuotes> {
  const start = article.doc.text.indexOf(sentence);
  return attributeQuotes(article.doc, article.annotations, start, start + sentence.length);
}

// [case, article, sentence, printed text, attribution]
const CASES = [
  ['attribution in the next sentence: a prefix, and the closing mark restored', courier, QUOTE_1,
    'Mara Tolen said: "We told the railway company three times that the steel frame was unsafe."', 'prefixed'],
  ['the sentence names the speaker: as written, with the opening mark restored', courier, QUOTE_2,
    '"Nobody listened to us," said Mara Tolen, who led the last inspection of the bridge.', 'in-sentence'],
  ['a pronoun speaker is replaced by the resolved name', daily, PRONOUN_QUOTE,
    '"The whole street heard a noise like thunder," Ines Varga said.', 'pronoun'],
] as const;

for (const [name, article, sentence, text, attribution] of CASES) {
  test(`attributeQuotes: ${name}`, () => {
    const out = attributed(article, sentence);
    assert.equal(out?.text, text);
    assert.equal(out?.quote?.attribution, attribution);
  });
}

test('attributeQuotes: a pronoun speaker that cannot be resolved makes the sentence unprintable', () => {
  assert.equal(attributed(daily, UNRESOLVED_QUOTE), null);
  assert.ok(![...printed().values()].some((t) => t.includes('every euro')));
});

test('attributeQuotes: a sentence without quotes is printed as it stands', () => {
  const s = 'Engineers had warned for years that the steel frame of the bridge was corroding badly.';
  assert.deepEqual(attributed(courier, s), { text: s });
});

test('attributeQuotes: a quote whose speaker sits in another live-blog entry is not attributed to them', () => {
  const blog = storyArticle(
    'blog',
    [
      { sentences: ['10:05 The mayor of Kerrin, Olek Brand, visited the site of the collapse this morning.'], time: '2026-03-02T10:05Z' },
      { sentences: ['10:40 "The line will not reopen before the autumn at the very earliest."'], time: '2026-03-02T10:40Z' },
    ],
    { entities: [{ name: 'Olek Brand' }], quotes: [{ content: '"The line will not reopen before the autumn at the very earliest."', speaker: 'Olek Brand', entity: 'Olek Brand' }] },
  );
  const text = blog.doc.text;
  const start = text.indexOf('"The line');
  assert.equal(attributeQuotes(blog.doc, blog.annotations, start, text.length), null);
  // The entry's time label is cut off the printed span, and the entry's own sentence stays.
  const summary = summariseStory([blog], { maxSentences: 5 });
  assert.deepEqual(summary.sentences.map((s) => s.text), ['The mayor of Kerrin, Olek Brand, visited the site of the collapse this morning.']);
});

test('attributeQuotes: a sentence that leads into its quote with a colon attributes it, whatever the speaker record says', () => {
  const sentence = 'Mayor Olek Brand spoke of his talks with the railway company in Kerrin: "We expect a new bridge within two years."';
  const article = storyArticle('colon', [['Ines Varga lives next to the bridge.'], [sentence]], {
    entities: [{ name: 'Olek Brand' }, { name: 'Ines Varga' }, { name: 'Kerrin', type: 'GPE' }],
    quotes: [{ content: '"We expect a new bridge within two years."', speaker: 'Ines Varga', entity: 'Ines Varga' }],
  });
  const start = article.doc.text.indexOf(sentence);
  const out = attributeQuotes(article.doc, article.annotations, start, start + sentence.length);
  assert.equal(out?.text, sentence);
  assert.deepEqual(out?.quote, { speaker: 'Olek Brand', id: 'q0', doc: 'colon', attribution: 'in-sentence' });
});

// [written speaker, entity name, expected]
const NAMES = [
  ['he', 'Mara Tolen', 'Mara Tolen'],
  ['Tolen', 'Mara Tolen', 'Mara Tolen'],
  ['the regional fire chief', 'Mara Tolen', 'the regional fire chief'],
  ['she', null, null],
  ['a railway spokesman', null, 'a railway spokesman'],
] as const;

for (const [written, entity, expected] of NAMES) {
  test(`speakerName: ${written} → ${String(expected)}`, () => {
    const entities = new Map(entity ? [['e0', { id: 'e0', type: 'PERSON' as const, name: entity, aliases: [], roles: [], key: 'k' }]] : []);
    assert.equal(speakerName({ start: 0, end: written.length, text: written, entity: entity ? 'e0' : null }, entities), expected);
  });
}
