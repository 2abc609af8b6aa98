/**
 * events: PLOVER category accuracy and actor/target accuracy on the fixed PLV hold-out fifth
 * (`plvFold(sentence_id) === 0`, never trained or tuned on) and category accuracy on the PLOVER
 * gold standard records (dev part; codebook examples they were edited from are kept out of
 * training). Categories are compared in PLV granularity (CONCEDE and RETREAT count as YIELD).
 * Categories: the best event class of the sentence (the pair is known to hold an event).
 * Actor/target (PLV hold-out and GSR): extraction over the sentence alone, every sentence coded;
 * right when the text of a mention of the predicted entity overlaps the gold source/target text.
 * Entities come from the shipped name tagger + resolveEntities when models/ner/ner-v*.bin.gz exists,
 * else from capitalised phrases (the metric note says which).
 * The coder's rules were developed on PLV train folds 1–4, invented sentences and the seed articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../model/index.ts';
import { analyseWords, classify, extractEvents, extractEventsWith, parseEventModel } from '../../nlp/events/index.ts';
import type { EventModel } from '../../nlp/events/index.ts';
import type { StageInput } from '../../nlp/index.ts';
import { tokenize } from '../../text/index.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';
import type { GsrRecord, PlvPair } from './data.ts';
import { eventsDir, isPlvHeldOut, readJsonl, toPlvCategory } from './data.ts';
import { shippedModelPath } from '../load-resources.ts';
import { loadNerModel, sentenceInput } from './sentence-entities.ts';

/** The shipped event weights (models/ stays in the repo; --data only moves the data folder). */
export function loadEventModel(path = shippedModelPath('events')): EventModel {
  if (path === null) throw new Error('events: no events-v<N> weights in models/events');
  return parseEventModel(readFileSync(path));
}

function categoryOf(model: EventModel, sentence: string): string {
  const words = tokenize(sentence).map((t) => t.text);
  return classify(model, analyseWords(words, model.cues, model.cameo)).eventLabel;
}

/** Does some mention of `entity` in the input overlap the first occurrence of `gold` in the text? */
function overlaps(input: StageInput, entity: string | undefined, gold: string): boolean {
  if (entity === undefined) return false;
  const at = input.doc.text.indexOf(gold.trim());
  if (at < 0) return false;
  const end = at + gold.trim().length;
  return input.mentions.some((m) => m.entity === entity && m.start < end && m.end > at);
}

const ratio = (right: number, total: number): number => (total === 0 ? 0 : right / total);

export const eventsSuite: EvalSuite = {
  name: 'events',
  description: 'PLOVER category and actor/target accuracy on the PLV hold-out fifth; category accuracy on the PLOVER gold records',
  isAvailable: (ctx: SuiteContext) =>
    existsSync(join(eventsDir(ctx.dataDir), 'plv.train.jsonl')) && existsSync(join(eventsDir(ctx.dataDir), 'plover_gsr.dev.jsonl')) && shippedModelPath('events') !== null,
  async run(ctx: SuiteContext): Promise<readonly Metric[]> {
    const model = loadEventModel();
    const ner = loadNerModel();
    const entitySource = ner === null ? 'capitalised-phrase fallback entities' : 'tagNames + resolveEntities entities';
    const pairs = readJsonl<PlvPair>(join(eventsDir(ctx.dataDir), 'plv.train.jsonl')).filter((p) => isPlvHeldOut(p.sentence_id));
    let right = 0;
    let detected = 0;
    let actorRight = 0;
    let targetRight = 0;
    const coded = new Map<string, { input: StageInput; event: Event | undefined; detected: boolean }>();
    for (const pair of pairs) {
      if (categoryOf(model, pair.sentence) === pair.plover) right++;
      let done = coded.get(pair.sentence);
      if (done === undefined) {
        const input = sentenceInput(pair.sentence, ner);
        done = { input, event: extractEventsWith(input, model, { everySentence: true })[0], detected: extractEvents(input, model).length > 0 };
        coded.set(pair.sentence, done);
      }
      if (done.detected) detected++;
      if (overlaps(done.input, done.event?.actor, pair.source.text)) actorRight++;
      if (overlaps(done.input, done.event?.target, pair.target.text)) targetRight++;
    }
    ctx.log(`events: PLV hold-out ${right}/${pairs.length} categories right; actors ${actorRight}, targets ${targetRight} (${entitySource})`);

    const gsr = readJsonl<GsrRecord>(join(eventsDir(ctx.dataDir), 'plover_gsr.dev.jsonl'));
    let gsrRight = 0;
    let gsrDetected = 0;
    let gsrActorRight = 0;
    let gsrTargetRight = 0;
    for (const record of gsr) {
      if (categoryOf(model, record.sentence) === toPlvCategory(record.plover)) gsrRight++;
      const input = sentenceInput(record.sentence, ner);
      if (extractEvents(input, model).length > 0) gsrDetected++;
      const event = extractEventsWith(input, model, { everySentence: true })[0];
      // reciprocal and compound actors list several texts: any of them counts
      if (record.source.some((s) => overlaps(input, event?.actor, s.text))) gsrActorRight++;
      if (record.target.some((t) => overlaps(input, event?.target, t.text))) gsrTargetRight++;
    }
    const withTarget = gsr.filter((r) => r.target.length > 0).length;
    ctx.log(`events: PLOVER GSR dev ${gsrRight}/${gsr.length} categories right`);
    return [
      { name: 'events.plv.accuracy', value: ratio(right, pairs.length), note: `${right}/${pairs.length} held-out PLV train pairs; anchor: zero-shot NLI 0.838 on PLV test` },
      { name: 'events.plv.actor.accuracy', value: ratio(actorRight, pairs.length), note: `${actorRight}/${pairs.length}; ${entitySource}` },
      { name: 'events.plv.target.accuracy', value: ratio(targetRight, pairs.length), note: `${targetRight}/${pairs.length}; ${entitySource}` },
      { name: 'events.plv.detected', value: ratio(detected, pairs.length), note: 'share of held-out PLV pairs whose sentence extractEvents codes as an event (recall of the no-event gate)' },
      { name: 'events.gsr.accuracy', value: ratio(gsrRight, gsr.length), note: `${gsrRight}/${gsr.length} PLOVER gold records (dev), CONCEDE/RETREAT as YIELD` },
      { name: 'events.gsr.actor.accuracy', value: ratio(gsrActorRight, gsr.length), note: `${gsrActorRight}/${gsr.length}; ${entitySource}` },
      { name: 'events.gsr.target.accuracy', value: ratio(gsrTargetRight, withTarget), note: `${gsrTargetRight}/${withTarget} records that name a target; ${entitySource}` },
      { name: 'events.gsr.detected', value: ratio(gsrDetected, gsr.length), note: 'share of gold records extractEvents codes as an event' },
    ];
  },
};
