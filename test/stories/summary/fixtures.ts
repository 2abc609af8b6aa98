/** An invented story (no real article copied): a railway bridge collapses in the town of Kerrin. */
import { storyArticle } from './build.ts';

export const LEAD_A = 'The old railway bridge over the Aldon river in Kerrin collapsed on Monday evening, sending two freight wagons into the water.';
/** LEAD_A in other words: the same fact, reordered and re-inflected. */
export const LEAD_B = 'Two freight wagons plunged into the water of the Aldon river when the old railway bridge in Kerrin collapsed on Monday evening.';
export const NOBODY = "Nobody was on the bridge when it fell, the city's transport office said.";
export const WIRE = 'Rail traffic between Kerrin and the coast will be suspended for at least three weeks, the railway company said.';
export const WIRE_EDITED = 'Rail traffic between Kerrin and the coast will be halted for at least three weeks, the railway company said.';
export const QUOTE_1 = '"We told the railway company three times that the steel frame was unsafe.';
export const QUOTE_2 = 'Nobody listened to us," said Mara Tolen, who led the last inspection of the bridge.';
export const CAPTION = 'Photo: The broken bridge seen from the east bank of the Aldon river on Tuesday morning.';
export const QUESTION = 'Will the line reopen before the summer holidays begin in July this year?';
export const WITNESS = 'Ines Varga, who lives next to the bridge, was walking her dog when the steel frame gave way.';
export const PRONOUN_QUOTE = '"The whole street heard a noise like thunder," she said.';
export const UNRESOLVED_QUOTE = '"The railway company must pay for every euro of the new bridge," he said.';

const PLACES = [
  { name: 'Kerrin', type: 'GPE' },
  { name: 'Aldon', type: 'LOC' },
] as const;

export const courier = storyArticle(
  'courier',
  [
    { sentences: ['Bridge collapses in Kerrin'], headline: true },
    [LEAD_A, NOBODY],
    ['Engineers had warned for years that the steel frame of the bridge was corroding badly.'],
    [QUOTE_1, QUOTE_2],
    [CAPTION],
    [QUESTION],
    ['Share this'],
  ],
  {
    source: 'Courier',
    published: '2026-03-03',
    entities: [...PLACES, { name: 'Mara Tolen' }],
    quotes: [
      { content: `${QUOTE_1} Nobody listened to us,"`, speaker: 'Mara Tolen', entity: 'Mara Tolen' },
      { content: 'Nobody was on the bridge when it fell', speaker: "the city's transport office", entity: null, kind: 'indirect' },
    ],
  },
);

export const daily = storyArticle(
  'daily',
  [[LEAD_B], [WIRE_EDITED], [WITNESS, PRONOUN_QUOTE], [UNRESOLVED_QUOTE]],
  {
    source: 'Daily',
    published: '2026-03-03',
    entities: [...PLACES, { name: 'Ines Varga' }],
    quotes: [
      { content: '"The whole street heard a noise like thunder,"', speaker: 'she', entity: 'Ines Varga' },
      { content: '"The railway company must pay for every euro of the new bridge,"', speaker: 'he', entity: null },
    ],
  },
);

/** One agency story printed by two outlets: one copy group, one source. */
export const wireX = storyArticle('wire-x', [[WIRE], ['The company said it had started an inquiry into the state of its other bridges.']], {
  source: 'Post', published: '2026-03-03', copyGroup: 'g1', entities: [...PLACES],
});
export const wireY = storyArticle('wire-y', [[WIRE], ['The company said it had started an inquiry into the state of its other bridges.']], {
  source: 'Herald', published: '2026-03-03', copyGroup: 'g1', entities: [...PLACES],
});

export const STORY = [courier, daily, wireX, wireY];
