/**
 * Which statements and happenings a news report codes, on small invented texts: a speaker's later
 * direct quotes continue one statement (unless they do something of their own), a speech-act cue ("urging") or an official's must/should
 * makes a statement whatever the other words, a named teller ("the ministry revealed that …") vouches for a reported happening,
 * commentators' words are not happenings, "declined to comment" is no rejection, and conditions
 * ("if …", "would be the first [target]") are not happenings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quote } from '../../../src/model/index.ts';
import { extractEvents } from '../../../src/nlp/events/index.ts';
import { isHypothetical } from '../../../src/nlp/events/modality.ts';
import { tokenize } from '../../../src/text/index.ts';
import type { EntitySpec } from '../build-stage-input.ts';
import { buildStageInput } from '../build-stage-input.ts';
import { model, triggers, withCues } from './event-helpers.ts';

const NORWAY: EntitySpec = { name: 'Norway', type: 'GPE', country: 'NO' };
const REBELS: EntitySpec = { name: 'Kalan Front', type: 'ORG' };
const KARSTAD: EntitySpec = { name: 'Lena Karstad', type: 'PERSON', country: 'NO', roles: [{ title: 'Foreign Minister' }], aliases: ['Karstad'] };
const VALE: EntitySpec = { name: 'Tom Vale', type: 'PERSON', roles: [{ title: 'Security analyst' }], aliases: ['Vale'] };
const MINISTRY: EntitySpec = { name: 'Varnan Defence Ministry', type: 'ORG' };

describe('a speaker\'s turn is one statement', () => {
  const text = 'Lena Karstad said the blockade of the port was illegal and had to end. "They have been planning more attacks on our harbours for months," she said.';
  const spec = (second: string) => ({
    entities: [KARSTAD, NORWAY],
    quotes: [
      { content: 'the blockade of the port was illegal and had to end', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'indirect' as const },
      { content: 'They have been planning more attacks on our harbours for months,', speaker: 'she', speakerEntity: second, kind: 'direct' as const },
    ],
  });

  it('a later direct quote of the same speaker ("…," she said) is not a second statement', () => {
    const input = withCues(buildStageInput(text, spec('Lena Karstad')), ['said', 'said']);
    const saids = extractEvents(input, model).filter((e) => text.slice(e.trigger.start, e.trigger.end) === 'said');
    assert.ok(saids.every((e) => e.trigger.start < text.indexOf('"They')), `the second "said" is no event: ${JSON.stringify(saids)}`);
  });
});

describe('a later quote of a turn that does something of its own is a statement', () => {
  it('"Both sides must …," she said, after her call for restraint: a demand of its own (REQUEST)', () => {
    const text = 'Lena Karstad called for restraint in the valley. "Both sides must return to the table before winter," she said.';
    const input = withCues(buildStageInput(text, {
      entities: [KARSTAD, NORWAY],
      quotes: [
        { content: 'restraint in the valley', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'indirect' },
        { content: 'Both sides must return to the table before winter,', speaker: 'she', speakerEntity: 'Lena Karstad', kind: 'direct' },
      ],
    }), ['called for', 'said']);
    const said = extractEvents(input, model).find((e) => text.slice(e.trigger.start, e.trigger.end) === 'said');
    assert.equal(said?.type, 'REQUEST');
  });
});

describe('a speech-act cue makes a statement whatever the other words', () => {
  it('"…, urging leaders to show restraint": a REQUEST by the speaker', () => {
    const text = 'Lena Karstad said the harbour dispute was "a matter of deep concern for every family in the north", urging leaders to "show restraint".';
    const input = withCues(buildStageInput(text, {
      entities: [KARSTAD, NORWAY],
      quotes: [
        { content: 'a matter of deep concern for every family in the north', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'mixed' },
        { content: 'show restraint', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'mixed' },
      ],
    }), ['said', 'urging']);
    const event = extractEvents(input, model).find((e) => text.slice(e.trigger.start, e.trigger.end) === 'urging');
    assert.ok(event, `an event triggered by "urging" (got ${triggers(input).join(', ') || 'none'})`);
    assert.equal(event.type, 'REQUEST');
  });
});

describe('an official\'s must/should is a demand', () => {
  const cases: [string, string, string | undefined][] = [
    ['"The cycle of violence in the valley must be stopped before it spreads," Karstad said in a statement.', 'The cycle of violence in the valley must be stopped before it spreads,', 'REQUEST'],
    ['"The cycle of violence in the valley has reached the coast by now," Karstad said in a statement.', 'The cycle of violence in the valley has reached the coast by now,', undefined],
  ];
  for (const [text, content, type] of cases) {
    it(`${type ?? 'no statement'}: ${text}`, () => {
      const input = withCues(buildStageInput(text, {
        entities: [KARSTAD, NORWAY],
        quotes: [{ content, speaker: 'Karstad', speakerEntity: 'Lena Karstad', kind: 'direct' }],
      }), ['said']);
      assert.equal(extractEvents(input, model).find((e) => text.slice(e.trigger.start, e.trigger.end) === 'said')?.type, type);
    });
  }
});

describe('who vouches for a reported happening', () => {
  it('"The ministry revealed that a brigade was being sent …": the named teller', () => {
    const text = 'The Varnan Defence Ministry revealed that a brigade of paratroopers was being sent to the northern border.';
    const input = buildStageInput(text, { entities: [MINISTRY] });
    assert.ok(triggers(input).includes('sent'), `got ${triggers(input).join(', ') || 'none'}`);
  });

  it('without a named teller the same words are no event', () => {
    const text = 'It was revealed that a brigade of paratroopers was being sent to the northern border.';
    assert.deepEqual(triggers(buildStageInput(text, {})), []);
  });
});

describe('commentary is not a happening', () => {
  const cases: { text: string; content: string; kind: Quote['kind'] }[] = [
    { text: '"Kalan Front fighters will attack the port next, to show everyone their reach," said Tom Vale.', content: 'Kalan Front fighters will attack the port next, to show everyone their reach,', kind: 'direct' },
    { text: 'Tom Vale said the next step for Kalan Front will be an attack on the port.', content: 'the next step for Kalan Front will be an attack on the port', kind: 'indirect' },
  ];
  for (const c of cases) {
    it(`an analyst's words about fighting are not coded as fighting: ${c.text}`, () => {
      const input = withCues(buildStageInput(c.text, {
        entities: [REBELS, VALE],
        quotes: [{ content: c.content, speaker: 'Tom Vale', speakerEntity: 'Tom Vale', kind: c.kind }],
      }), ['said']);
      assert.deepEqual(triggers(input), []);
    });
  }
});

describe('a commentator described where named (an appositive, an institute) is a commentator', () => {
  const ANNA: EntitySpec = { name: 'Anna Berg', type: 'PERSON', aliases: ['Berg'] };
  const cases: { text: string; content: string }[] = [
    { text: 'Anna Berg, a former army analyst who followed the group for years, said Kalan Front fighters will attack the port next.', content: 'Kalan Front fighters will attack the port next' },
    { text: '"Kalan Front fighters will attack the port next," Anna Berg from the Varna Institute for Security Studies told reporters.', content: 'Kalan Front fighters will attack the port next,' },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const input = withCues(buildStageInput(c.text, {
        entities: [REBELS, ANNA],
        quotes: [{ content: c.content, speaker: 'Anna Berg', speakerEntity: 'Anna Berg', kind: 'indirect' }],
      }), [c.text.includes('told') ? 'told' : 'said']);
      assert.deepEqual(triggers(input), []);
    });
  }
  it('a minister described by her office still acts', () => {
    const text = 'Anna Berg, the foreign minister, said Kalan Front fighters attacked the port.';
    const input = withCues(buildStageInput(text, {
      entities: [REBELS, ANNA],
      quotes: [{ content: 'Kalan Front fighters attacked the port', speaker: 'Anna Berg', speakerEntity: 'Anna Berg', kind: 'indirect' }],
    }), ['said']);
    assert.deepEqual(triggers(input), ['attacked']);
  });
});

describe('"declined to comment" is CAMEO\'s "decline comment", not a rejection', () => {
  it('no event for a refusal to comment, even with a quote', () => {
    const text = 'Lena Karstad refused to comment on the blockade of the port, saying only that "the courts will decide".';
    const input = withCues(buildStageInput(text, {
      entities: [KARSTAD, NORWAY],
      quotes: [{ content: 'the courts will decide', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'mixed' }],
    }), ['saying']);
    assert.deepEqual(triggers(input), []);
  });

  it('a refusal of something else is still a rejection', () => {
    const text = 'Norway refused to sign the fishing agreement with the northern provinces.';
    const input = buildStageInput(text, { entities: [NORWAY] });
    assert.equal(extractEvents(input, model).find((e) => text.slice(e.trigger.start, e.trigger.end) === 'refused')?.type, 'REJECT');
  });
});

describe('isHypothetical: conditions and irrealis words', () => {
  const cases: [string, string, boolean][] = [
    ['The depot would be the first [target] of any offensive.', 'target', true],
    ['If the government in the capital sends more troops to the valley, the talks will fail.', 'troops', true],
    ['Unless the rebels withdraw their fighters, the border stays shut.', 'withdraw', true],
    ['After he sent more troops to the valley, the talks failed.', 'troops', false],
    ['If talks fail, Norway said, the fleet withdrew from the strait.', 'withdrew', false],
    ['If the shelling of the port had come a week later, the talks might have held.', 'shelling', false],
    ['If a shelling of the port comes, the talks will fail.', 'shelling', true],
    ['Officials fear the rebels would repeat the shelling of the port.', 'shelling', true],
  ];
  for (const [text, cue, expected] of cases) {
    it(`${expected ? 'hypothetical' : 'real'}: ${text} (${cue})`, () => {
      const words = tokenize(text).map((t) => t.text);
      assert.equal(isHypothetical(words, words.indexOf(cue)), expected);
    });
  }
});
