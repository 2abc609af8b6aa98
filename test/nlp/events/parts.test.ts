/** The small parts of the event coder: stemming, cue matching, date precision, the weights format. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { precisionOf } from '../../../src/nlp/events/dating.ts';
import { coreCueAt, findCues, stemWords } from '../../../src/nlp/events/features.ts';
import { parseEventModel } from '../../../src/nlp/events/index.ts';
import type { EventModelFile } from '../../../src/nlp/events/index.ts';
import { stem } from '../../../src/nlp/events/stem.ts';
import { coreReading } from '../../../src/nlp/events/trigger.ts';
import { readFileSync } from 'node:fs';

describe('stem: inflections meet on one key', () => {
  const groups = [
    ['attack', 'attacks', 'attacked', 'attacking'],
    ['agree', 'agrees', 'agreed'],
    ['release', 'released', 'releases'],
    ['deny', 'denies', 'denied', 'denying'],
    ['kill', 'killed', 'kills'],
    ['stop', 'stopped', 'stops'],
  ];
  for (const group of groups) {
    it(group.join(' / '), () => assert.equal(new Set(group.map(stem)).size, 1, group.map(stem).join(' ')));
  }
  it('keeps different words apart', () => assert.notEqual(stem('strike'), stem('strife')));
});

describe('cue matching', () => {
  const cues = new Map([['wag_war', '190'], ['wag', '---'], ['condemn', '111']]);
  it('a two-word cue wins over its first word', () => {
    const found = findCues(stemWords(['They', 'waged', 'war', 'and', 'condemned', 'it']), cues);
    assert.deepEqual(found, [{ index: 1, length: 2, code: '190' }, { index: 4, length: 1, code: '111' }]);
  });
  it('core cues: "air strike" is one two-word ASSAULT cue; "vowed" is a THREATEN cue', () => {
    const stems = stemWords(['an', 'air', 'strike', 'and', 'Iran', 'vowed']);
    assert.deepEqual(coreCueAt(stems, 1), { categories: ['ASSAULT'], length: 2 });
    assert.deepEqual(coreCueAt(stems, 5).categories, ['THREATEN']);
    assert.equal(coreCueAt(stems, 3).length, 0);
  });
});

describe('precisionOf: TimeML values', () => {
  const cases: [string, string | null][] = [
    ['2020-01-03', 'day'], ['2020-01-03TMO', 'day'], ['2020-01-03T07:05Z', 'minute'], ['2020-01-03T07', 'hour'],
    ['2020-W01', 'week'], ['2020-01', 'month'], ['2020', 'year'], ['XXXX-12-27', null], ['PRESENT_REF', null], ['P444D', null],
  ];
  for (const [value, precision] of cases) it(`${value} → ${precision}`, () => assert.equal(precisionOf(value), precision));
});

describe('parseEventModel', () => {
  const file: EventModelFile = {
    format: 'storyline-events', version: 'test', classes: ['NONE', 'ASSAULT'],
    weights: { 'w:kil': [1, 2.5, 0, -1] }, cues: { kil: '190' },
    cameo: { '190': { plover: 'ASSAULT', mode: null, goldstein: -10 } }, rootOf: { ASSAULT: '19' },
    thresholds: { coreBonus: 0, core: -1, cue: 0, uncued: 1 },
  };
  const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  it('reads sparse rows into dense ones', () => {
    const model = parseEventModel(bytes(file));
    assert.deepEqual([...model.weights.get('w:kil')!], [-1, 2.5]);
    assert.equal(model.cues.get('kil'), '190');
  });
  it('refuses a file of another format', () => assert.throws(() => parseEventModel(bytes({ ...file, format: 'other' })), /not an event model/));
  it('refuses classes that do not start with NONE', () => assert.throws(() => parseEventModel(bytes({ ...file, classes: ['ASSAULT', 'NONE'] })), /NONE/));
});

describe('coreReading: a fallback trigger that is another category\'s core cue', () => {
  const model = parseEventModel(readFileSync(new URL('../../../models/events/events-v1.json', import.meta.url)));
  // "Envoys are reacting to the deadly strike on the rebel camp.": PROTEST by the classifier, "strike" (word 6) chosen as its content word
  const analysis = { cores: [{ index: 6, length: 1, categories: ['ASSAULT'] }], cues: [] };
  const fallback = { index: 6, length: 1, code: null, core: false };
  it('a weak lead: the core cue names the happening (ASSAULT)', () => {
    assert.deepEqual(coreReading(model, 'PROTEST', fallback, analysis, 1.5), { label: 'ASSAULT', choice: { index: 6, length: 1, code: null, core: true } });
  });
  it('a strong lead keeps the class ("workers went on strike over pay")', () => {
    assert.equal(coreReading(model, 'PROTEST', fallback, analysis, 28).label, 'PROTEST');
  });
  it('a core cue or a lexicon cue of the class keeps it', () => {
    assert.equal(coreReading(model, 'PROTEST', { ...fallback, code: '143' }, analysis, 1.5).label, 'PROTEST');
    assert.equal(coreReading(model, 'ASSAULT', { ...fallback, core: true }, analysis, 1.5).label, 'ASSAULT');
  });
});
