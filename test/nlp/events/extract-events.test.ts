/**
 * extractEvents over small invented articles: each hard case of the brief (speech vs happening,
 * threats, passive voice with an agent, an event reported inside a quote and dated by the earlier
 * happening it refers to, date fallbacks, intensity scale) with the shipped weights.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEvents } from '../../../src/nlp/events/index.ts';
import { buildStageInput, entityId } from '../build-stage-input.ts';
import { eventWith, model } from './event-helpers.ts';

const US = { name: 'United States', type: 'GPE', country: 'US', aliases: ['US'] } as const;
const RAHIMI = { name: 'Ali Rahimi', type: 'PERSON', aliases: ['Rahimi'] } as const;
const BAGHDAD = { name: 'Baghdad', type: 'GPE', country: 'IQ' } as const;

describe('extractEvents: what happened', () => {
  const cases: { text: string; trigger: string; type: string; cameo: string }[] = [
    { text: 'US forces killed Ali Rahimi in Baghdad on Friday.', trigger: 'killed', type: 'ASSAULT', cameo: '19' },
    { text: 'Iran vowed bitter revenge for the death of its commander.', trigger: 'vowed', type: 'THREATEN', cameo: '13' },
    { text: 'Police arrested dozens of students outside the parliament on Monday.', trigger: 'arrested', type: 'COERCE', cameo: '17' },
    { text: 'Thousands of people protested in the capital against the new tax.', trigger: 'protested', type: 'PROTEST', cameo: '14' },
    { text: 'The two governments agreed to resume direct flights next month.', trigger: 'agreed', type: 'AGREE', cameo: '03' },
  ];
  for (const c of cases) {
    it(`${c.type}: ${c.text}`, () => {
      const input = buildStageInput(c.text, { entities: [US, RAHIMI, BAGHDAD, { name: 'Iran', type: 'GPE', country: 'IR' }] });
      const event = eventWith(input, c.trigger);
      assert.equal(event.type, c.type);
      assert.equal(event.cameo, c.cameo);
    });
  }

  it('two contrasting clauses: the threat is told by its own clause', () => {
    const input = buildStageInput('Tehran vowed a fierce response to the raid, while Washington said it wanted calm.', {
      entities: [{ name: 'Tehran', type: 'GPE', country: 'IR' }, { name: 'Washington', type: 'GPE', country: 'US' }],
    });
    const vow = eventWith(input, 'vowed');
    assert.equal(vow.type, 'THREATEN');
    assert.equal(vow.actor, entityId(input, 'Tehran'));
    assert.deepEqual([vow.start, vow.end], [0, input.doc.text.length], 'the event spans its whole sentence');
  });

  it('a plain statement is no event', () => {
    const input = buildStageInput('The ministry said the figures would be published in the spring.', {
      entities: [{ name: 'ministry', type: 'ORG' }],
    });
    assert.deepEqual(extractEvents(input, model), []);
  });
});

describe('extractEvents: who, to whom, where', () => {
  it('active voice: actor before the trigger, target after, place after "in"', () => {
    const input = buildStageInput('US forces killed Ali Rahimi in Baghdad on Friday.', { entities: [US, RAHIMI, BAGHDAD] });
    const event = eventWith(input, 'killed');
    assert.equal(event.actor, entityId(input, 'United States'));
    assert.equal(event.target, entityId(input, 'Ali Rahimi'));
    assert.equal(event.place, entityId(input, 'Baghdad'));
  });

  it('passive voice: the agent after "by" acts, the subject suffers', () => {
    const input = buildStageInput('Ali Rahimi was killed in Baghdad by a US drone.', { entities: [US, RAHIMI, BAGHDAD] });
    const event = eventWith(input, 'killed');
    assert.equal(event.actor, entityId(input, 'United States'));
    assert.equal(event.target, entityId(input, 'Ali Rahimi'));
    assert.equal(event.place, entityId(input, 'Baghdad'));
  });

  it('a passive without an agent names no actor', () => {
    const input = buildStageInput('Ali Rahimi was killed near the airport.', { entities: [RAHIMI] });
    const event = eventWith(input, 'killed');
    assert.equal(event.actor, undefined);
    assert.equal(event.target, entityId(input, 'Ali Rahimi'));
  });
});

describe('extractEvents: reported speech and dates', () => {
  const text = 'US forces killed Ali Rahimi in Baghdad on Friday. The Pentagon said on Sunday that the strike was ordered by President John Smith.';
  const input = buildStageInput(text, {
    entities: [US, RAHIMI, BAGHDAD, { name: 'Pentagon', type: 'ORG', country: 'US' }, { name: 'John Smith', type: 'PERSON', country: 'US', roles: [{ title: 'President', org: 'US' }] }],
    timexes: [{ text: 'Friday', type: 'DATE', value: '2020-01-03' }, { text: 'Sunday', type: 'DATE', value: '2020-01-05' }],
    quotes: [{ content: 'the strike was ordered by President John Smith', speaker: 'The Pentagon', speakerEntity: 'Pentagon', kind: 'indirect' }],
  });
  const events = extractEvents(input, model);

  it('the happening is dated by its own time expression', () => {
    const killing = eventWith(input, 'killed');
    assert.deepEqual(killing.date, { value: '2020-01-03', precision: 'day', from: 'timex', timex: 't0' });
  });

  it('"the Pentagon said Sunday that the strike was ordered by Smith": an ASSAULT by the US on Rahimi, dated by the strike', () => {
    const strike = eventWith(input, 'strike');
    assert.equal(strike.type, 'ASSAULT');
    assert.equal(strike.reportedBy, 'q0');
    assert.equal(strike.actor, entityId(input, 'United States'), 'the president acts for his country');
    assert.equal(strike.target, entityId(input, 'Ali Rahimi'), 'the strike is the one told before');
    assert.equal(strike.date?.value, '2020-01-03', 'dated by the strike, not by the statement');
    assert.equal(strike.date?.from, 'timex');
  });

  it('the statement itself is not a second event', () => {
    assert.equal(events.length, 2);
    assert.ok(events.every((e) => e.trigger.start !== text.indexOf('said')));
  });
});

describe('extractEvents: speech without a quote record', () => {
  it('the time of the saying does not date the happening', () => {
    const text = 'US forces killed Ali Rahimi in Baghdad on Friday. The Pentagon said on Sunday that the strike was ordered by President John Smith.';
    const input = buildStageInput(text, {
      entities: [US, RAHIMI, BAGHDAD, { name: 'Pentagon', type: 'ORG' }, { name: 'John Smith', type: 'PERSON', country: 'US', roles: [{ title: 'President' }] }],
      timexes: [{ text: 'Friday', type: 'DATE', value: '2020-01-03' }, { text: 'Sunday', type: 'DATE', value: '2020-01-05' }],
    });
    const strike = eventWith(input, 'strike');
    assert.equal(strike.date?.value, '2020-01-03');
    assert.equal(strike.reportedBy, undefined);
  });
});

describe('extractEvents: date fallbacks', () => {
  it('without a time expression the publication date, at its precision', () => {
    const input = buildStageInput('Iran vowed bitter revenge for the death of its commander.', { entities: [{ name: 'Iran', type: 'GPE' }] });
    assert.deepEqual(eventWith(input, 'vowed').date, { value: '2020-01-03', precision: 'day', from: 'published' });
  });

  it('in a live-blog entry, the entry time', () => {
    const base = buildStageInput('Iran vowed bitter revenge for the death of its commander.', { entities: [{ name: 'Iran', type: 'GPE' }] });
    const doc = { ...base.doc, kind: 'liveblog' as const, passages: [{ id: 'p0', kind: 'liveblog_entry' as const, start: 0, end: base.doc.text.length, time: '2020-01-04T08:15Z' }] };
    const event = eventWith({ ...base, doc }, 'vowed');
    assert.deepEqual(event.date, { value: '2020-01-04T08:15Z', precision: 'minute', from: 'anchor' });
  });
});

describe('extractEvents: intensity', () => {
  it('follows the Goldstein scale: violence near −10, threats negative, agreements positive', () => {
    const kill = eventWith(buildStageInput('US forces killed Ali Rahimi in Baghdad on Friday.', { entities: [US, RAHIMI, BAGHDAD] }), 'killed');
    const vow = eventWith(buildStageInput('Iran vowed bitter revenge for the death of its commander.'), 'vowed');
    const agree = eventWith(buildStageInput('The two governments agreed to resume direct flights next month.'), 'agreed');
    assert.equal(kill.intensity, -10);
    assert.ok(vow.intensity < 0 && vow.intensity > kill.intensity);
    assert.ok(agree.intensity > 0 && agree.intensity <= 10);
  });
});
