/**
 * Round 2 of the seed-date rules, on small invented articles: general nouns that name a happening
 * told before ("this action", "the army's move", "this was a heavy blow"), a will or readiness to
 * answer with force as a threat, a warning about a risk as no event, a third-person deed in a
 * direct quote as no act of the speaker, and an undated background happening ("came after …") as
 * undated.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEvents } from '../../../src/nlp/events/index.ts';
import type { EntitySpec } from '../build-stage-input.ts';
import { buildStageInput, entityId } from '../build-stage-input.ts';
import { eventWith, model, triggerText, triggers, withCue } from './event-helpers.ts';

const NORWAY: EntitySpec = { name: 'Norway', type: 'GPE', country: 'NO' };
const VARNA: EntitySpec = { name: 'Varna', type: 'GPE', country: 'VA' };
const REBELS: EntitySpec = { name: 'Kalan Front', type: 'ORG' };
const KARSTAD: EntitySpec = { name: 'Lena Karstad', type: 'PERSON', country: 'NO', roles: [{ title: 'Foreign Minister' }], aliases: ['Karstad'] };
const COUNCIL: EntitySpec = { name: 'Defence Council', type: 'ORG' };

describe('a general noun names a happening told before', () => {
  const strike = 'Norway bombed a Kalan Front depot on Tuesday. ';
  const spec = { entities: [NORWAY, REBELS], timexes: [{ text: 'Tuesday', type: 'DATE' as const, value: '2020-01-07' }] };

  it('"this action" continues the latest material happening: its category and its date', () => {
    const text = `${strike}However, this action has not made the valley any safer.`;
    const e = eventWith(buildStageInput(text, spec), 'action');
    assert.equal(e.type, 'ASSAULT');
    assert.equal(e.date?.value, '2020-01-07');
  });

  it('a possessive names it too ("Norway\'s move has not calmed …"), and so does "this was a heavy blow"', () => {
    assert.equal(eventWith(buildStageInput(`${strike}Norway's move has not calmed the valley.`, spec), 'move').date?.value, '2020-01-07');
    assert.equal(eventWith(buildStageInput(`${strike}Officials say this was a heavy blow to the group.`, spec), 'blow').date?.value, '2020-01-07');
  });

  it('an indefinite noun introduces a new one; a generic predicate ("this is a bold move") characterises; nothing to refer to without an earlier happening', () => {
    assert.ok(!triggers(buildStageInput(`${strike}It followed an intelligence operation lasting many months.`, spec)).includes('operation'));
    assert.ok(!triggers(buildStageInput(`${strike}Everyone agrees that this is a bold move for the valley.`, spec)).includes('move'));
    assert.ok(!triggers(buildStageInput('However, this action has not made the valley any safer.', { entities: [NORWAY] })).includes('action'));
  });
});

describe('a will or readiness to answer with force is a threat', () => {
  it('"… said it will respond to the deaths of its officers" is a threat', () => {
    const text = 'The Defence Council said in a statement it will respond to the deaths of its officers.';
    const input = withCue(buildStageInput(text, { entities: [COUNCIL], quotes: [{ content: 'it will respond to the deaths of its officers', speaker: 'The Defence Council', speakerEntity: 'Defence Council', kind: 'indirect' }] }), 'said');
    assert.ok(extractEvents(input, model).some((e) => e.type === 'THREATEN'), JSON.stringify(extractEvents(input, model)));
  });

  it('a plain remark of the same speaker is no threat', () => {
    const text = 'The Defence Council said in a statement the weather in the hills was mild for the season.';
    const input = withCue(buildStageInput(text, { entities: [COUNCIL], quotes: [{ content: 'the weather in the hills was mild for the season', speaker: 'The Defence Council', speakerEntity: 'Defence Council', kind: 'indirect' }] }), 'said');
    assert.ok(!extractEvents(input, model).some((e) => e.type === 'THREATEN'));
  });
});

describe('a warning about a risk is a pessimistic comment, not a threat', () => {
  it('"warned that the risk of … is very high" is no event', () => {
    const text = 'Lena Karstad has warned that the risk of a wider war in the valley is very high.';
    const input = withCue(buildStageInput(text, { entities: [KARSTAD], quotes: [{ content: 'the risk of a wider war in the valley is very high', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'indirect' }] }), 'warned');
    assert.deepEqual(triggers(input), []);
  });

  it('a warning of what the speaker will do stays a threat', () => {
    const text = 'Lena Karstad has warned that Norway will close the border to Varna traders.';
    const input = buildStageInput(text, { entities: [KARSTAD, NORWAY, VARNA] });
    assert.equal(eventWith(input, 'warned').type, 'THREATEN');
  });
});

describe('a third-person deed in a direct quote is not the speaker\'s act', () => {
  it('"He praised the militias and spread fear," she said: the praise is his, not the speaker\'s', () => {
    const text = 'Lena Karstad spoke about the former governor. "He praised the militias and spread fear," she said.';
    const input = withCue(buildStageInput(text, { entities: [KARSTAD], quotes: [{ content: 'He praised the militias and spread fear,', speaker: 'she', speakerEntity: 'Lena Karstad', kind: 'direct' }] }), 'said');
    assert.notEqual(eventWith(input, 'praised').actor, entityId(input, 'Lena Karstad'));
  });

  it('"We praise the farmers for their courage," she said: her own act', () => {
    const text = 'Lena Karstad visited the valley. "We praise the farmers for their courage," she said.';
    const input = withCue(buildStageInput(text, { entities: [KARSTAD], quotes: [{ content: 'We praise the farmers for their courage,', speaker: 'she', speakerEntity: 'Lena Karstad', kind: 'direct' }] }), 'said');
    const praise = extractEvents(input, model).find((e) => triggerText(input, e) === 'praise');
    if (praise !== undefined) assert.equal(praise.actor, entityId(input, 'Lena Karstad'));
  });
});

describe('an undated background happening ("came after X stormed …") is undated', () => {
  it('the happening after "after" gets no date rather than the report\'s', () => {
    const text = 'The curfew came after Kalan Front supporters stormed the customs house in Varna.';
    const input = buildStageInput(text, { entities: [REBELS, VARNA] });
    const stormed = extractEvents(input, model).find((e) => triggerText(input, e) === 'stormed');
    if (stormed !== undefined) assert.equal(stormed.date, null);
  });

  it('the same happening as the clause\'s own news keeps the publication date', () => {
    const text = 'Kalan Front supporters stormed the customs house in Varna.';
    assert.equal(eventWith(buildStageInput(text, { entities: [REBELS, VARNA] }), 'stormed').date?.from, 'published');
  });
});

describe('a readiness to answer with force, told without a quote, is a reported threat', () => {
  it('"Norway … is ready to respond to any provocation, Karstad told reporters" is a THREATEN happening', () => {
    const text = 'Norway does not seek a war with Varna but is ready to respond to any provocation, Karstad told reporters.';
    const e = eventWith(buildStageInput(text, { entities: [NORWAY, VARNA, KARSTAD] }), 'respond');
    assert.equal(e.type, 'THREATEN');
  });

  it('"respond" without a will or readiness before it is no threat', () => {
    const text = 'Norway took a week to respond to the letter from Varna, Karstad told reporters.';
    assert.ok(!triggers(buildStageInput(text, { entities: [NORWAY, VARNA, KARSTAD] })).includes('respond'));
  });
});

describe('"according to" is no accord', () => {
  it('"we will go on according to our orders," said the spokesman: no AGREE on "according"', () => {
    const text = '"Our mission has not changed and we will go on according to our orders," said the Norway spokesman.';
    const input = withCue(buildStageInput(text, { entities: [NORWAY], quotes: [{ content: 'Our mission has not changed and we will go on according to our orders,', speaker: 'the Norway spokesman', speakerEntity: 'Norway', kind: 'direct' }] }), 'said');
    assert.ok(!triggers(input).includes('according'));
  });

  it('a real accord is still a happening', () => {
    const text = 'Norway and Varna signed an accord on fishing rights in the northern sea on Tuesday.';
    const input = buildStageInput(text, { entities: [NORWAY, VARNA], timexes: [{ text: 'Tuesday', type: 'DATE', value: '2020-01-07' }] });
    assert.ok(triggers(input).some((t) => t === 'signed' || t === 'accord'), triggers(input).join(', '));
  });
});
