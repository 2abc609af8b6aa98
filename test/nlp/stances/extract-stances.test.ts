import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StanceValue } from '../../../src/model/index.ts';
import { extractStances } from '../../../src/nlp/stances/index.ts';
import { buildStageInput, type EntitySpec, type InputSpec } from '../build-stage-input.ts';

// Invented places and people; country codes let demonyms stand for their country.
const ENTITIES: EntitySpec[] = [
  { name: 'Norway', type: 'GPE', country: 'NO' }, { name: 'Brazil', type: 'GPE', country: 'BR' },
  { name: 'Portugal', type: 'GPE', country: 'PT' }, { name: 'Spain', type: 'GPE', country: 'ES' },
  { name: 'Chile', type: 'GPE', country: 'CL', aliases: ['Santiago'] }, { name: 'Japan', type: 'GPE', country: 'JP' },
  { name: 'Kenya', type: 'GPE', country: 'KE' }, { name: 'Peru', type: 'GPE', country: 'PE' }, { name: 'Ghana', type: 'GPE', country: 'GH' },
  { name: 'Netherlands', type: 'GPE', country: 'NL' }, { name: 'Dutch', type: 'NORP', country: 'NL' },
  { name: 'Mexico', type: 'GPE', country: 'MX' }, { name: 'Mexican', type: 'NORP', country: 'MX' },
  { name: 'Egypt', type: 'GPE', country: 'EG' }, { name: 'Jordan', type: 'GPE', country: 'JO' },
  { name: 'Lima', type: 'GPE', country: 'PE' }, { name: 'Accra', type: 'GPE', country: 'GH' },
  { name: 'Bolivian', type: 'NORP', country: 'BO' },
  { name: 'Anna Berg', type: 'PERSON', aliases: ['Berg'] }, { name: 'Marco Ruiz', type: 'PERSON', aliases: ['Ruiz'] },
  { name: 'Lena Holt', type: 'PERSON', aliases: ['Holt'] },
  { name: 'Northern Alliance', type: 'ORG' },
];

interface Got {
  readonly actor: string;
  readonly stance: StanceValue;
}

function stancesOf(text: string, spec: InputSpec = {}): Got[] {
  const input = buildStageInput(text, { entities: ENTITIES, ...spec });
  return extractStances(input).map((s) => ({
    actor: input.entities.find((e) => e.id === s.actor)?.name ?? s.actor,
    stance: s.stance,
  }));
}

test('extractStances: the actor that reacts and its stance', () => {
  const cases: [string, Got[]][] = [
    ["Norway's foreign minister has urged Brazil to stop its unlawful blockade of the port.", [{ actor: 'Norway', stance: 'condemns' }]],
    ["Portugal, Spain's closest partner in the region, has stressed the importance of self-restraint.", [{ actor: 'Portugal', stance: 'urges_restraint' }]],
    ['Chile vowed harsh revenge for the attack.', [{ actor: 'Chile', stance: 'threatens' }]],
    ['Santiago promised a swift response.', [{ actor: 'Chile', stance: 'threatens' }]],
    ['Japan praised the operation.', [{ actor: 'Japan', stance: 'supports' }]],
    ['Kenya has welcomed the strike.', [{ actor: 'Kenya', stance: 'supports' }]],
    ['The Dutch government called for de-escalation.', [{ actor: 'Netherlands', stance: 'urges_restraint' }]],
    ['Prime Minister Anna Berg urged all sides to exercise restraint.', [{ actor: 'Anna Berg', stance: 'urges_restraint' }]],
    ['Peru condemned the strike.', [{ actor: 'Peru', stance: 'condemns' }]],
    ['Ghana denounced the raid, calling it a violation of international law.', [{ actor: 'Ghana', stance: 'condemns' }]],
    ['The Mexican president called the killing an assassination.', [{ actor: 'Mexico', stance: 'condemns' }]],
    ['The raid was an act of aggression, said Bolivian President Marco Ruiz.', [{ actor: 'Marco Ruiz', stance: 'condemns' }]],
    ['In a call with Anna Berg, Marco Ruiz said the raid was illegal and should be condemned.', [{ actor: 'Marco Ruiz', stance: 'condemns' }]],
    ['The strike was condemned by Norway.', [{ actor: 'Norway', stance: 'condemns' }]],
    ['Chile was outraged by the killing and vowed revenge.', [{ actor: 'Chile', stance: 'threatens' }]],
    ['Egypt and Jordan expressed concern over the rising tensions.', [
      { actor: 'Jordan', stance: 'neutral' }, { actor: 'Egypt', stance: 'neutral' },
    ]],
    ['The Northern Alliance stands with Brazil in its struggle.', [{ actor: 'Northern Alliance', stance: 'supports' }]],
    ['Mexico refused to comment on the raid.', [{ actor: 'Mexico', stance: 'neutral' }]],
    ['Secretary of State Anna Berg praised the operation.', [{ actor: 'Anna Berg', stance: 'supports' }]],
    ["Kenya's government said it believed the raid was justified.", [{ actor: 'Kenya', stance: 'supports' }]],
    ['The Northern Alliance, which backs Peru, vowed revenge.', [{ actor: 'Northern Alliance', stance: 'threatens' }]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(stancesOf(text), expected, text);
});

test('extractStances: negation, conditions and actors that are not entities', () => {
  const cases: [string, Got[]][] = [
    ['Peru did not condemn the strike.', [{ actor: 'Peru', stance: 'neutral' }]],
    ['Japan has never praised the operation.', [{ actor: 'Japan', stance: 'neutral' }]],
    ['Residents of Lima condemned the strike.', []],
    ['Mourners in Accra vowed revenge.', []],
    ['Some countries praised the strike, while others condemned it.', []],
    ['If Chile threatens the base, the navy will move.', []],
    ['Two rockets slammed into a base near Lima.', []],
    ['The French embassy in Lima urged citizens to act with prudence.', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(stancesOf(text), expected, text);
});

test('extractStances: a cue inside a quote belongs to its resolved speaker', () => {
  const text = '"This was a clear violation of our sovereignty and we call for restraint," Holt told reporters.';
  const got = stancesOf(text, { quotes: [{ content: 'This was a clear violation of our sovereignty and we call for restraint', speaker: 'Holt', speakerEntity: 'Lena Holt' }] });
  assert.deepEqual(got, [{ actor: 'Lena Holt', stance: 'condemns' }], 'one stance per actor and sentence: condemns outranks urges restraint');
  const unresolved = stancesOf('"The raid on Japan was unlawful," he said.', { quotes: [{ content: 'The raid on Japan was unlawful', speaker: 'he' }] });
  assert.deepEqual(unresolved, [], 'an unresolved speaker is no licence to take a name from inside the quote');
  const reported = stancesOf('"Japan praised the raid," Holt said.', { quotes: [{ content: 'Japan praised the raid', speaker: 'Holt', speakerEntity: 'Lena Holt' }] });
  assert.deepEqual(reported, [{ actor: 'Japan', stance: 'supports' }], 'a verb cue with its own subject reports that subject\'s stance');
  const relative = stancesOf('"It was a plot that threatened Peru," Holt said.', { quotes: [{ content: 'It was a plot that threatened Peru', speaker: 'Holt', speakerEntity: 'Lena Holt' }] });
  assert.deepEqual(relative, [], 'a plot that threatened: nobody threatens');
  const titled = stancesOf('"The blockade is unlawful," Norway\'s foreign minister said.', {
    quotes: [{ content: 'The blockade is unlawful', speaker: "Norway's foreign minister" }],
  });
  assert.deepEqual(titled, [{ actor: 'Norway', stance: 'condemns' }], 'an unresolved titled speaker stands for its country');
});

test('extractStances: a title-only mention stands for the country of its role', () => {
  const text = 'The foreign minister said the blockade was unlawful.';
  const input = buildStageInput(text, {
    entities: [
      { name: 'Ivan Petrov', type: 'PERSON', roles: [{ title: 'foreign minister', org: 'Moldova' }], find: ['The foreign minister'] },
      { name: 'Moldova', type: 'GPE', country: 'MD', find: [] },
    ],
  });
  const stances = extractStances(input);
  assert.equal(stances.length, 1);
  assert.equal(stances[0]?.actor, input.entities.find((e) => e.name === 'Moldova')?.id);
  assert.equal(stances[0]?.stance, 'condemns');
});

test('extractStances: evidence is the sentence; toward is an event the cue names, else the document', () => {
  const text = 'Talks went on. Peru condemned the strike on the convoy. Ghana praised the mediators.';
  const input = buildStageInput(text, { entities: ENTITIES, events: [{ trigger: 'strike', type: 'ASSAULT' }] });
  const stances = extractStances(input);
  assert.deepEqual(stances.map((s) => text.slice(s.start, s.end)), ['Peru condemned the strike on the convoy.', 'Ghana praised the mediators.']);
  assert.deepEqual(stances.map((s) => s.toward), ['v0', 'document']);
  assert.deepEqual(stances.map((s) => s.id), ['s0', 's1']);
});
