import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentWords, stem, summariseStory } from '../../../src/stories/summary/index.ts';
import { storyArticle } from './build.ts';

const PLACES = [{ name: 'Kerrin', type: 'GPE' as const }, { name: 'Aldon', type: 'LOC' as const }];

/** A live blog writes its newest entry first; the summary reads oldest first. */
const blog = storyArticle(
  'blog',
  [
    { sentences: ['21:40 Rescue divers have lifted both freight wagons out of the Aldon river near Kerrin.'], time: '2026-03-02T21:40Z' },
    { sentences: ['19:05 Police closed every road around the broken railway line and asked residents to stay indoors.'], time: '2026-03-02T19:05Z' },
    { sentences: ['18:30 A railway bridge in Kerrin has fallen into the Aldon river, local police reported.'], time: '2026-03-02T18:30Z' },
  ],
  { published: '2026-03-02', entities: PLACES },
);

/** Published later, telling of a later decision and of an earlier warning. */
const later = storyArticle(
  'later',
  [
    ['The railway company announced on Wednesday that it will build a new crossing over the Aldon by next spring.'],
    ['Inspectors first reported deep cracks in the steel frame in May 2024 during a routine check of the line.'],
  ],
  { published: '2026-03-05', entities: PLACES, eventDates: [['announced on Wednesday', '2026-03-04'], ['first reported deep cracks', '2024-05-10']] },
);

test('sentences are read in order of their date, then time, then publication and position', () => {
  const summary = summariseStory([later, blog], { maxSentences: 10 });
  assert.deepEqual(
    summary.sentences.map((s) => s.date),
    ['2024-05-10', '2026-03-02T18:30Z', '2026-03-02T19:05Z', '2026-03-02T21:40Z', '2026-03-04'],
  );
  assert.ok(summary.sentences[0]!.text.startsWith('Inspectors first reported'));
  // Entry time labels are not part of the printed (and cited) span.
  assert.equal(summary.sentences[1]!.text, 'A railway bridge in Kerrin has fallen into the Aldon river, local police reported.');
});

test('within a day, a lead comes before another article\'s details, whatever was published first', () => {
  const early = storyArticle('early', [
    ['Divers searched the Aldon river near Kerrin for the missing freight wagons until late at night.'],
    ['Police divers from three towns joined the search after the coast guard boat broke down.'],
  ], { published: '2026-03-02', entities: PLACES });
  const late = storyArticle('late', [['The old railway bridge in Kerrin collapsed into the Aldon river on Monday evening.']], {
    published: '2026-03-03', entities: PLACES, eventDates: [['collapsed', '2026-03-02']],
  });
  const texts = summariseStory([early, late], { maxSentences: 3 }).sentences.map((s) => s.text.slice(0, 20));
  assert.deepEqual(texts, ['Divers searched the ', 'The old railway brid', 'Police divers from t']);
});

// [word, stem]: inflections of one word meet, different words stay apart.
const STEMS = [
  ['killed', 'kill'], ['killing', 'kill'], ['kills', 'kill'], ['stormed', 'storm'], ['storming', 'storm'],
  ['setting', 'set'], ['embassies', 'embassy'], ['protesters', 'protester'], ['bus', 'bus'], ['crisis', 'crisis'],
] as const;
for (const [word, expected] of STEMS) test(`stem: ${word} → ${expected}`, () => assert.equal(stem(word), expected));

test('contentWords: stop words and short numbers out, possessives folded', () => {
  assert.deepEqual(contentWords("The company's 2 bridges were closed on Monday by the city's police."), ['company', 'bridg', 'clos', 'monday', 'city', 'polic']);
});
