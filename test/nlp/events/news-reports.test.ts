/**
 * The news-report rules over small invented articles: which time expression dates which happening
 * (live-blog stamps, possessive times, the time of a saying, times beyond "after"), a second
 * happening with its own date, the second-chance gate for reported happenings (with its negation,
 * hypothetical and state guards), statements as events, speech acts in direct quotes, definite
 * back-references, narrative time and live-blog furniture.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEvents } from '../../../src/nlp/events/index.ts';
import { datingTimexes, sayingTimexes } from '../../../src/nlp/events/timex-attachment.ts';
import type { StageInput } from '../../../src/nlp/stage-input.ts';
import type { EntitySpec, InputSpec } from '../build-stage-input.ts';
import { buildStageInput, entityId } from '../build-stage-input.ts';
import { eventWith, model, triggered, withCue } from './event-helpers.ts';

const NORWAY: EntitySpec = { name: 'Norway', type: 'GPE', country: 'NO' };
const REBELS: EntitySpec = { name: 'Kalan Front', type: 'ORG' };
const KARSTAD: EntitySpec = { name: 'Lena Karstad', type: 'PERSON', country: 'NO', roles: [{ title: 'Foreign Minister' }], aliases: ['Karstad'] };

function liveBlog(text: string, spec: InputSpec, time: string): StageInput {
  const base = buildStageInput(text, spec);
  return { ...base, doc: { ...base.doc, kind: 'liveblog', passages: [{ id: 'p0', kind: 'liveblog_entry', start: 0, end: text.length, time }] } };
}

describe('which time expression dates the happening', () => {
  it('a live-blog entry stamp is the anchor, not a time of the happening', () => {
    const text = '07:05 Kalan Front fighters attacked a convoy near the border.';
    const input = liveBlog(text, { entities: [REBELS], timexes: [{ text: '07:05', type: 'TIME', value: '2020-01-04T07:05' }] }, '2020-01-03T23:05Z');
    assert.deepEqual(eventWith(input, 'attacked').date, { value: '2020-01-03T23:05Z', precision: 'minute', from: 'anchor' });
  });

  it('a possessive time dates only the noun it owns ("over last week\'s bombing")', () => {
    const text = 'Police arrested two Kalan Front members over last week\'s bombing of a market.';
    const input = buildStageInput(text, { entities: [REBELS], timexes: [{ text: 'last week', type: 'DATE', value: '2019-W52' }] });
    assert.equal(eventWith(input, 'arrested').date?.from, 'published');
  });

  it('a time after the speech verb dates the saying ("…, the army said on Thursday"), not a happening with a time of its own', () => {
    const text = 'Kalan Front fighters shelled the town of Varna in the night to Tuesday, the army said on Thursday.';
    const input = buildStageInput(text, { entities: [REBELS], timexes: [{ text: 'Tuesday', type: 'DATE', value: '2019-12-31' }, { text: 'Thursday', type: 'DATE', value: '2020-01-02' }] });
    assert.equal(eventWith(input, 'shelled').date?.value, '2019-12-31');
    assert.deepEqual(datingTimexes(input.doc, input.tokens, input.timexes, { start: text.indexOf('shelled'), end: text.indexOf('shelled') + 7 }).map((t) => t.text), ['Tuesday']);
  });

  it('a happening with no time of its own took place by the time it was told: the saying\'s time, not the publication day', () => {
    const text = 'Kalan Front fighters shelled the town of Varna, the army said on Thursday.';
    const input = buildStageInput(text, { entities: [REBELS], timexes: [{ text: 'Thursday', type: 'DATE', value: '2020-01-02' }] });
    assert.deepEqual(eventWith(input, 'shelled').date, { value: '2020-01-02', precision: 'day', from: 'timex', timex: 't0' });
    assert.deepEqual(sayingTimexes(input.doc, input.tokens, input.timexes).map((t) => t.text), ['Thursday']);
  });

  it('a time beyond "after" dates the other happening, which becomes its own event', () => {
    const text = 'The raid on the camp came after Kalan Front fighters stormed a police station on Tuesday.';
    const input = buildStageInput(text, { entities: [REBELS], timexes: [{ text: 'Tuesday', type: 'DATE', value: '2019-12-31' }] });
    const events = extractEvents(input, model);
    const dated = events.filter((e) => e.date?.value === '2019-12-31');
    assert.equal(dated.length, 1, 'one event takes Tuesday');
    assert.equal(text.slice(dated[0]!.trigger.start, dated[0]!.trigger.end), 'stormed');
    assert.ok(events.some((e) => e.date?.value !== '2019-12-31'), 'the raid is not dated Tuesday');
  });
});

describe('a capitalised cue word inside running text is part of a name', () => {
  it('"the Strike Brigade\'s northern unit" is no strike', () => {
    const text = 'Members of the Strike Brigade\'s northern unit patrolled the valley near Varna on Monday.';
    assert.equal(triggered(buildStageInput(text, { entities: [{ name: 'Varna', type: 'GPE' }] }), 'Strike'), undefined);
  });
  it('a heading in title case keeps its cue ("… Fighters Attack Border Post …")', () => {
    const text = 'Kalan Front Fighters Attack Border Post Near Varna';
    assert.equal(eventWith(buildStageInput(text, { entities: [REBELS] }), 'Attack').type, 'ASSAULT');
  });
  it('a capital after a quotation mark starts a sentence', () => {
    const text = 'He said: "Attacks on the border posts continued all night."';
    assert.equal(eventWith(buildStageInput(text, {}), 'Attacks').type, 'ASSAULT');
  });
});

describe('a vague past time ("days earlier", "recently") of the happening', () => {
  it('is no day, but says the report\'s day is wrong: no date rather than the publication date', () => {
    const text = 'Days earlier Norway warned the Kalan Front that it would pay a heavy price.';
    const input = buildStageInput(text, { entities: [NORWAY, REBELS], timexes: [{ text: 'Days earlier', type: 'DATE', value: 'PAST_REF' }] });
    assert.equal(eventWith(input, 'warned').date, null);
  });
  it('a vague past time of another happening of the sentence leaves the fallback alone', () => {
    const text = 'Norway warned the Kalan Front after its fighters had recently shelled Varna.';
    const input = buildStageInput(text, { entities: [NORWAY, REBELS], timexes: [{ text: 'recently', type: 'DATE', value: 'PAST_REF' }] });
    assert.equal(eventWith(input, 'warned').date?.from, 'published');
  });
});

describe('datingTimexes: attachment rules on their own', () => {
  const text = 'Kalan Front fighters have staged attacks since October, after the army shelled the valley on Tuesday.';
  const input = buildStageInput(text, { entities: [REBELS], timexes: [{ text: 'October', type: 'DATE', value: '2019-10' }, { text: 'Tuesday', type: 'DATE', value: '2019-12-31' }] });
  const trigger = { start: text.indexOf('attacks'), end: text.indexOf('attacks') + 'attacks'.length };
  it('a preposition right before the time is part of the time phrase; a subordinator further on is not', () => {
    assert.deepEqual(datingTimexes(input.doc, input.tokens, input.timexes, trigger).map((t) => t.text), ['October']);
  });
});

describe('second-chance gate for reported happenings', () => {
  it('takes the clause\'s core cue before a broad second-chance word ("mourners … calling for revenge")', () => {
    const text = 'Crowds of mourners in Varna waved flags of the Kalan Front, calling for revenge.';
    const input = buildStageInput(text, { entities: [REBELS, { name: 'Varna', type: 'GPE' }] });
    assert.equal(eventWith(input, 'calling').type, 'REQUEST');
  });

  const cases: { text: string; trigger: string; type: string }[] = [
    { text: 'Norway urged its citizens in the region to leave the country at once.', trigger: 'urged', type: 'REQUEST' },
    { text: 'Norway has called on all parties to return to the negotiating table.', trigger: 'called', type: 'REQUEST' },
    { text: 'Norway dispatched a navy frigate to the strait.', trigger: 'dispatched', type: 'MOBILIZE' },
  ];
  for (const c of cases) {
    it(`${c.type}: ${c.text}`, () => {
      const input = buildStageInput(c.text, { entities: [NORWAY] });
      const event = eventWith(input, c.trigger);
      assert.equal(event.type, c.type);
      assert.equal(event.actor, entityId(input, 'Norway'));
    });
  }

  it('a possessive before the subject is not a passive auxiliary ("Norway\'s ministry urged …")', () => {
    const input = buildStageInput("Norway's foreign ministry urged its citizens to avoid public gatherings.", { entities: [NORWAY] });
    assert.equal(eventWith(input, 'urged').actor, entityId(input, 'Norway'));
  });

  const none: string[] = [
    'Kalan Front fighters did not attack the convoy near the border.',
    'Analysts think Kalan Front fighters could attack the convoy near the border.',
    'Kalan Front is currently training new recruits in the northern hills.',
  ];
  for (const text of none) {
    it(`no happening: ${text}`, () => {
      const input = buildStageInput(text, { entities: [REBELS] });
      const word = ['attack', 'training'].find((w) => text.includes(w))!;
      assert.equal(triggered(input, word), undefined);
    });
  }
});

describe('statements as events', () => {
  it('an official\'s statement with no happening of its own is an event by the speaker', () => {
    const text = 'Lena Karstad said her government would not accept the blockade of the port.';
    const input = withCue(buildStageInput(text, {
      entities: [KARSTAD, NORWAY],
      quotes: [{ content: 'her government would not accept the blockade of the port', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'indirect' }],
    }), 'said');
    const event = eventWith(input, 'said');
    assert.equal(event.actor, entityId(input, 'Norway'), 'the minister speaks for her country');
    assert.equal(event.reportedBy, 'q0');
  });

  it('a commentator\'s statement is commentary, not an event', () => {
    const text = 'Tom Vale said her government would not accept the blockade of the port.';
    const input = withCue(buildStageInput(text, {
      entities: [{ name: 'Tom Vale', type: 'PERSON', roles: [{ title: 'Political analyst' }] }],
      quotes: [{ content: 'her government would not accept the blockade of the port', speaker: 'Tom Vale', speakerEntity: 'Tom Vale', kind: 'indirect' }],
    }), 'said');
    assert.equal(triggered(input, 'said'), undefined);
  });

  it('"We call on all sides …", said the minister: a request by the speaker, dated by the saying', () => {
    const text = '"We call on all sides to show restraint and return to talks," Karstad said on Thursday.';
    const input = withCue(buildStageInput(text, {
      entities: [KARSTAD, NORWAY],
      quotes: [{ content: 'We call on all sides to show restraint and return to talks,', speaker: 'Karstad', speakerEntity: 'Lena Karstad', kind: 'direct' }],
      timexes: [{ text: 'Thursday', type: 'DATE', value: '2020-01-02' }],
    }), 'said');
    const event = eventWith(input, 'call');
    assert.equal(event.type, 'REQUEST');
    assert.equal(event.actor, entityId(input, 'Norway'));
    assert.equal(event.date?.value, '2020-01-02');
  });
});

describe('dates from elsewhere in the story', () => {
  it('"the strike" named before its date takes the date the story gives it later', () => {
    const text = 'The strike on the depot caused a huge fire.\n\nKalan Front fighters attacked the fuel depot on Monday.';
    const input = buildStageInput(text, { entities: [NORWAY, REBELS], timexes: [{ text: 'Monday', type: 'DATE', value: '2019-12-30' }] });
    const strike = extractEvents(input, model).find((e) => e.type === 'ASSAULT' && e.trigger.start < text.indexOf('\n'));
    assert.ok(strike, 'the first sentence has an ASSAULT event');
    assert.equal(strike.date?.value, '2019-12-30');
  });

  it('a two-word description ("the air strike") is a back-reference like "the strike"', () => {
    const text = 'Nobody expected the air strike on the depot.\n\nNorwegian jets attacked the fuel depot of the Kalan Front on Monday.';
    const input = buildStageInput(text, { entities: [NORWAY, REBELS], timexes: [{ text: 'Monday', type: 'DATE', value: '2019-12-30' }] });
    assert.equal(eventWith(input, 'air strike').date?.value, '2019-12-30');
  });

  it('a back-reference never takes the date of another happening of its own sentence', () => {
    const text = 'The attack came amid tensions with Norway after a Christmas Day attack by Kalan Front fighters on a police post.';
    const input = buildStageInput(text, { entities: [NORWAY, REBELS], timexes: [{ text: 'Christmas Day', type: 'DATE', value: '2019-12-25' }] });
    const events = extractEvents(input, model);
    assert.equal(events.filter((e) => e.date?.value === '2019-12-25').length, 1, 'only the Christmas Day attack');
    assert.equal(events.find((e) => e.trigger.start === 4)?.date?.from, 'published');
  });

  it('an undated happening takes the date of the latest earlier one of its category it shares a participant with, not only of the latest one', () => {
    const text = 'Mayor Per Olsen was shot dead on Friday in Varna.\n\nOn Saturday, Norwegian jets bombed a camp of the Kalan Front.\n\nThe minister spoke to reporters on the day Olsen was killed.';
    const olsen: EntitySpec = { name: 'Per Olsen', type: 'PERSON', aliases: ['Olsen'] };
    const built = buildStageInput(text, { entities: [NORWAY, REBELS, olsen], timexes: [{ text: 'Friday', type: 'DATE', value: '2020-01-03' }, { text: 'Saturday', type: 'DATE', value: '2020-01-04' }] });
    const input = { ...built, doc: { ...built.doc, published: { value: '2020-01-05', precision: 'day' as const } } };
    assert.equal(eventWith(input, 'killed').date?.value, '2020-01-03');
  });

  it('a description of a happening told before, as the subject, reports it again even without an actor or a date of its own', () => {
    const text = 'Kalan Front fighters attacked a convoy near the border on Monday.\n\nIn the eyes of many observers, the attack represented a worrying turn for the valley.';
    const input = buildStageInput(text, { entities: [REBELS], timexes: [{ text: 'Monday', type: 'DATE', value: '2019-12-30' }] });
    const again = extractEvents(input, model).find((e) => e.trigger.start > text.indexOf('\n'));
    assert.equal(again?.type, 'ASSAULT');
    assert.equal(again.date?.value, '2019-12-30');
  });

  it('a definite description of a dated happening inside a sentence about another one is a second event with the story\'s date', () => {
    const text = 'Kalan Front fighters attacked the town hall of Varna on Friday.\n\nThe mayor, who was wounded in the attack, had long backed the protests in Varna.';
    const input = buildStageInput(text, { entities: [REBELS, { name: 'Varna', type: 'GPE' }], timexes: [{ text: 'Friday', type: 'DATE', value: '2020-01-02' }] });
    const second = extractEvents(input, model).filter((e) => e.start > text.indexOf('\n'));
    assert.ok(second.length >= 2, `two events in the second sentence: ${JSON.stringify(second.map((e) => text.slice(e.trigger.start, e.trigger.end)))}`);
    assert.equal(second.find((e) => text.slice(e.trigger.start, e.trigger.end) === 'attack')?.date?.value, '2020-01-02');
  });

  it('narrative time: a later happening of the paragraph without a date of its own takes the day told before', () => {
    const text = 'On Monday, Kalan Front fighters shelled the town of Varna. Norway urged the group to withdraw its fighters from the valley.';
    const input = buildStageInput(text, { entities: [NORWAY, REBELS], timexes: [{ text: 'Monday', type: 'DATE', value: '2019-12-30' }] });
    assert.equal(eventWith(input, 'urged').date?.value, '2019-12-30');
  });

  it('a labour strike stays a protest (the classifier\'s strong lead is kept over the core cue "strike")', () => {
    const text = 'Workers in Norway went on strike over pay.';
    assert.equal(eventWith(buildStageInput(text, { entities: [NORWAY] }), 'strike').type, 'PROTEST');
  });

  it('live-blog furniture is no event', () => {
    const text = '06:00 Welcome to our live coverage of the attacks on the border posts.';
    const input = liveBlog(text, {}, '2020-01-03T06:00Z');
    assert.deepEqual(extractEvents(input, model), []);
  });
});
