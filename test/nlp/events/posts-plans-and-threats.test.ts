/**
 * Round 3 of the seed-date rules, on small invented articles: posts reproduced as text (a tweet and
 * its signature), threats worded without a threat word (force announced for the future, the price
 * idiom, retribution promised), shouted capitals, a definite description in a commentator's words,
 * "at the time", the paragraph's last named time as narrative time, hostage-taking, a described
 * happening reported only by an earlier live-blog entry, and a plan told twice.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Passage } from '../../../src/model/index.ts';
import { extractEvents } from '../../../src/nlp/events/index.ts';
import { isBackReference } from '../../../src/nlp/events/back-reference.ts';
import { stemWords } from '../../../src/nlp/events/features.ts';
import { threatWording } from '../../../src/nlp/events/threat-wording.ts';
import type { StageInput } from '../../../src/nlp/stage-input.ts';
import type { EntitySpec, InputSpec } from '../build-stage-input.ts';
import { buildStageInput } from '../build-stage-input.ts';
import { eventWith, model, triggerText, triggers, withCue } from './event-helpers.ts';

const NORWAY: EntitySpec = { name: 'Norway', type: 'GPE', country: 'NO' };
const VARNA: EntitySpec = { name: 'Varna', type: 'GPE', country: 'VA' };
const REBELS: EntitySpec = { name: 'Kalan Front', type: 'ORG' };
const KARSTAD: EntitySpec = { name: 'Lena Karstad', type: 'PERSON', country: 'NO', roles: [{ title: 'Foreign Minister' }], aliases: ['Karstad'] };

/** A live blog whose entries start at the given stamps ("17:35 …"), each with its entry time. */
function liveBlog(text: string, spec: InputSpec, entries: readonly { stamp: string; time: string }[]): StageInput {
  const base = buildStageInput(text, spec);
  const starts = entries.map((e) => text.indexOf(e.stamp));
  const passages: Passage[] = entries.map((e, i) => ({ id: `p${i}`, kind: 'liveblog_entry', start: starts[i]!, end: i + 1 < starts.length ? starts[i + 1]! : text.length, time: e.time }));
  return { ...base, doc: { ...base.doc, kind: 'liveblog', passages } };
}

/** The (trigger, date) pairs of the events coded in the sentence holding `snippet`. */
function datesIn(input: StageInput, snippet: string): string[] {
  const at = input.doc.text.indexOf(snippet);
  const sentence = input.sentences.find((s) => s.start <= at && at < s.end)!;
  return extractEvents(input, model).filter((e) => e.trigger.start >= sentence.start && e.trigger.end <= sentence.end).map((e) => `${triggerText(input, e)}@${e.date?.value ?? 'null'}`);
}

describe('a post reproduced as text is told by its author on the signature\'s date', () => {
  const signature = ' — Lena Karstad (@lenakarstad) 6 January 2020';
  const post = (body: string): StageInput => {
    const text = `${body}${signature}`;
    const input = buildStageInput(text, {
      entities: [KARSTAD, REBELS],
      quotes: [{ content: body, speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'direct' }],
      timexes: [{ text: '6 January 2020', type: 'DATE', value: '2020-01-06' }],
    });
    return withCue(input, '(@lenakarstad)');
  };

  it('a happening the post tells without a time of its own takes the post\'s date, as the telling\'s (anchor)', () => {
    const input = post('Kalan Front gunmen targeted the ferries on the lake again.');
    assert.deepEqual(eventWith(input, 'targeted').date, { value: '2020-01-06', precision: 'day', from: 'anchor' });
  });

  it('every sentence of a thread: the signature closes the last one', () => {
    const input = post('Kalan Front gunmen targeted the ferries on the lake again. We will not stand for this!');
    assert.equal(eventWith(input, 'targeted').date?.value, '2020-01-06');
  });

  it('a direct quote with an ordinary cue has no signature: a date after its cue is no post\'s date', () => {
    const text = '"Kalan Front gunmen targeted the ferries on the lake again," Lena Karstad said 6 January 2020.';
    const input = withCue(buildStageInput(text, {
      entities: [KARSTAD, REBELS],
      quotes: [{ content: 'Kalan Front gunmen targeted the ferries on the lake again,', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'direct' }],
      timexes: [{ text: '6 January 2020', type: 'DATE', value: '2020-01-06' }],
    }), 'said');
    assert.ok(!extractEvents(input, model).some((e) => e.date?.from === 'anchor'));
  });
});

describe('threats worded without a threat word', () => {
  const words = (text: string): string[] => text.split(' ');
  const reading = (text: string): string | undefined => {
    const w = words(text);
    const found = threatWording(w, stemWords(w));
    return found === undefined ? undefined : `${w[found.index]}:${found.categories.join()}`;
  };

  it('force announced for the future ("will be hit", "shall hit"), not force told as done', () => {
    assert.equal(reading('we marked the depots and they will be hit very hard'), 'hit:THREATEN');
    assert.equal(reading('our gunners shall hit the depots'), 'hit:THREATEN');
    assert.equal(reading('mortar rounds hit the depots at dawn'), undefined);
  });

  it('the price idiom: a price to pay, the price of blood — not the price of goods', () => {
    assert.equal(reading('Varna will pay a very heavy price for this'), 'price:THREATEN');
    assert.equal(reading('the price for the blood of our officers is the end of the Front'), 'price:THREATEN');
    assert.equal(reading('the price of bread rose again in the capital'), undefined);
  });

  it('retribution promised for the future, not retribution told as done', () => {
    assert.equal(reading('punishing the killers will be the task of every fighter'), 'punishing:THREATEN');
    assert.equal(reading('the punishment of the officers was announced on Monday'), undefined);
  });

  it('in a direct quote of an official it is the official\'s threat, dated by the saying', () => {
    const text = '"The price for the blood of our officers is the end of the Kalan Front," Lena Karstad told a radio station.';
    const input = withCue(buildStageInput(text, {
      entities: [KARSTAD, REBELS],
      quotes: [{ content: 'The price for the blood of our officers is the end of the Kalan Front,', speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'direct' }],
    }), 'told');
    const threat = eventWith(input, 'price');
    assert.equal(threat.type, 'THREATEN');
    assert.equal(threat.date?.from, 'published');
  });

  it('goes before the clause\'s other second-chance words ("targeted … will be hit" is a threat)', () => {
    const text = 'We have targeted their depots, and those depots WILL BE HIT VERY FAST AND VERY HARD.';
    const input = withCue(buildStageInput(`${text} — Lena Karstad (@lenakarstad) 6 January 2020`, {
      entities: [KARSTAD],
      quotes: [{ content: text, speaker: 'Lena Karstad', speakerEntity: 'Lena Karstad', kind: 'direct' }],
      timexes: [{ text: '6 January 2020', type: 'DATE', value: '2020-01-06' }],
    }), '(@lenakarstad)');
    const events = extractEvents(input, model);
    assert.deepEqual(events.map((e) => `${triggerText(input, e)}:${e.type}`), ['HIT:THREATEN']);
  });
});

describe('shouted capitals are no name', () => {
  it('"… WILL BE HIT VERY HARD": a word in capitals between capitals is emphasis', () => {
    const text = 'Norway said the fuel depots of the rebels in the northern hills WILL BE HIT VERY HARD.';
    const input = withCue(buildStageInput(text, {
      entities: [NORWAY],
      quotes: [{ content: 'the fuel depots of the rebels in the northern hills WILL BE HIT VERY HARD', speaker: 'Norway', speakerEntity: 'Norway', kind: 'indirect' }],
    }), 'said');
    assert.ok(triggers(input).includes('HIT'), triggers(input).join());
  });
  it('a short name in capitals ("TRAVEL ALERT:") still is one', () => {
    const text = 'The ferry line posted a TRAVEL ALERT: boats to Varna are cancelled until further notice.';
    assert.ok(!triggers(buildStageInput(text, { entities: [VARNA] })).includes('ALERT'));
  });
});

describe('a definite description in a commentator\'s words still names the happening', () => {
  const BERG: EntitySpec = { name: 'Ola Berg', type: 'PERSON', roles: [{ title: 'former army analyst' }], aliases: ['Berg'] };
  /** A Tuesday raid, then the analyst's direct quote `content` with its cue word. */
  const analystSays = (text: string, content: string, cue: string) =>
    withCue(buildStageInput(text, {
      entities: [NORWAY, REBELS, BERG],
      quotes: [{ content, speaker: 'Ola Berg', speakerEntity: 'Ola Berg', kind: 'direct' }],
      timexes: [{ text: 'Tuesday', type: 'DATE', value: '2020-01-07' }],
    }), cue);
  it('"Was the raid worth the risk?" said an analyst: the raid the story told, with its date', () => {
    const text = 'Norway raided a Kalan Front camp on Tuesday. "Was the raid worth the risk of a long war?" asked Ola Berg.';
    const input = analystSays(text, 'Was the raid worth the risk of a long war?', 'asked');
    assert.deepEqual(datesIn(input, 'Was the raid'), ['raid@2020-01-07']);
  });
  it('what the analyst says will happen stays commentary', () => {
    const text = 'Norway raided a Kalan Front camp on Tuesday. "The Front will attack the port next," said Ola Berg.';
    const input = analystSays(text, 'The Front will attack the port next,', 'said');
    assert.deepEqual(datesIn(input, 'attack the port'), []);
  });
});

describe('"at the time" points to the time the paragraph named last', () => {
  const text = '10:05 Officials recalled the siege of the dam in 1998. At the time, Norway cut off trade with Varna.';
  const timexes = [{ text: '10:05', type: 'TIME' as const, value: '2020-01-03T10:05' }, { text: '1998', type: 'DATE' as const, value: '1998' }];
  it('dates the happening then, not by the entry\'s time', () => {
    const input = liveBlog(text, { entities: [NORWAY, VARNA], timexes }, [{ stamp: '10:05', time: '2020-01-03T10:05Z' }]);
    assert.deepEqual(datesIn(input, 'At the time'), ['cut@1998']);
  });
  it('"at the time of the flood" has a reference of its own', () => {
    const other = '10:05 Officials recalled the siege of the dam in 1998. At the time of the flood, Norway cut off trade with Varna.';
    const input = liveBlog(other, { entities: [NORWAY, VARNA], timexes }, [{ stamp: '10:05', time: '2020-01-03T10:05Z' }]);
    assert.deepEqual(datesIn(input, 'At the time'), ['cut@2020-01-03T10:05Z']);
  });
});

describe('narrative time: the time the paragraph named last', () => {
  const spec = { entities: [REBELS, { name: 'Norwegian', type: 'NORP' as const }], timexes: [{ text: '1998', type: 'DATE' as const, value: '1998' }] };
  it('a taking of hostages after "… in 1998." is dated 1998, not the report\'s day', () => {
    const text = 'The siege of the dam began in 1998. Fifty Norwegian engineers were held as hostages by the Kalan Front for a year.';
    assert.deepEqual(datesIn(buildStageInput(text, spec), 'Fifty'), ['hostages@1998']);
  });
  it('a time named in a later paragraph does not count', () => {
    const text = 'Fifty Norwegian engineers were held as hostages by the Kalan Front for a year. The siege of the dam began in 1998.';
    assert.deepEqual(datesIn(buildStageInput(text, spec), 'Fifty'), ['hostages@2020-01-03']);
  });
});

describe('a described happening reported by an earlier live-blog entry', () => {
  it('"X, who died in the raid, …" takes the entry time that reported the raid when no text date is known', () => {
    const text = '09:10 Norway raided a Kalan Front camp near the dam. 08:05 Lena Karstad, whose aide died in the raid, urged Varna to hold talks.';
    const input = liveBlog(text, {
      entities: [NORWAY, REBELS, KARSTAD, VARNA],
      timexes: [{ text: '09:10', type: 'TIME', value: '2020-01-03T09:10' }, { text: '08:05', type: 'TIME', value: '2020-01-03T08:05' }],
    }, [{ stamp: '09:10', time: '2020-01-03T09:10Z' }, { stamp: '08:05', time: '2020-01-03T08:05Z' }]);
    assert.ok(datesIn(input, 'whose aide').includes('raid@2020-01-03T09:10Z'), datesIn(input, 'whose aide').join());
  });
});

describe('isBackReference: a relative or a conjunction ends the description', () => {
  const at = (text: string, word: string): boolean => {
    const i = text.lastIndexOf(word);
    return isBackReference(text, { start: i, end: i + word.length });
  };
  it('"attacks between the army and the Front that triggered protests": the protests are new', () => {
    assert.equal(at('raids between the army and the Front that triggered protests in the capital', 'protests'), false);
  });
  it('"said that it should consult": "that" is no determiner there', () => {
    assert.equal(at('the minister said that it should consult the allies', 'consult'), false);
  });
  it('"that attack", "the fatal army strike", "the general\'s killing" are descriptions', () => {
    assert.equal(at('after that attack', 'attack'), true);
    assert.equal(at('after the fatal army strike', 'strike'), true);
    assert.equal(at("after the general's killing", 'killing'), true);
  });
});

describe('a plan told twice: the telling that dates it dates the other', () => {
  const text = '17:35 Varna\'s parliament will hold an emergency session to discuss the raid. 09:40 Varna\'s parliament is set to hold a session on Saturday to discuss the crisis.';
  const timexes = [{ text: '17:35', type: 'TIME' as const, value: '2020-01-03T17:35' }, { text: 'Saturday', type: 'DATE' as const, value: '2020-01-04' }, { text: '09:40', type: 'TIME' as const, value: '2020-01-03T09:40' }];
  const entries = [{ stamp: '17:35', time: '2020-01-03T17:35Z' }, { stamp: '09:40', time: '2020-01-03T09:40Z' }];
  it('the undated plan takes Saturday, not its entry\'s time', () => {
    const input = liveBlog(text, { entities: [VARNA], timexes }, entries);
    assert.deepEqual(datesIn(input, 'will hold'), ['discuss@2020-01-04']);
  });
  it('a happening told as done keeps its own time', () => {
    const done = text.replace('will hold an emergency session to discuss', 'held an emergency session to discuss');
    const input = liveBlog(done, { entities: [VARNA], timexes }, entries);
    assert.deepEqual(datesIn(input, 'held an'), ['discuss@2020-01-03T17:35Z']);
  });
});
