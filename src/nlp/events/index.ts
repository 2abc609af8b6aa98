/**
 * Events: who did what to whom, where and when, one per clause that reports a happening (or an
 * official's statement), plus one per further happening a time expression of its own dates
 * (README.md in this folder: model, gates, intensity scale, dating rules, measured figures).
 */
import type { Entity, Event, EventDate, Mention, Quote, Span, Token } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { findArguments } from './arguments.ts';
import { withDescribedCommentators } from './commentator-descriptions.ts';
import type { Classification, RuntimeAnalysis } from './classify.ts';
import { codeStatement, isCommentator, sayingDate } from './statement.ts';
import { coding, eventDraft, stateOf } from './coding.ts';
import { isHypothetical, isNegated } from './modality.ts';
import { otherDatedHappenings } from './secondary.ts';
import { dateBackReferences, isBackReference } from './back-reference.ts';
import { applyNarrativeTime } from './narrative-time.ts';
import { postDate } from './posts.ts';
import { datePlans } from './planned.ts';
import { anaphoricDate, pointsBackInTime } from './anaphoric-time.ts';
import { threatWording } from './threat-wording.ts';
import { inside, within } from './spans.ts';
import { analyseAndClassify, isEvent } from './classify.ts';
import { SECOND_CHANCE_CUES } from './data/second-chance-cues.ts';
import { ANAPHORIC_DETERMINERS, BACKGROUND_WORDS, FORCEFUL_ANSWERS, READINESS_WORDS, CLAUSE_BREAKERS, DIRECTIVE_CUES, FURNITURE_PATTERNS, MATERIAL_CATEGORIES, NO_COMMENT_VERBS, PRONOUN_SUBJECTS, REFERENCE_NOUNS, RISK_STEMS, THIRD_PERSON_SUBJECTS, SPEECH_ACT_CATEGORIES, SPEECH_STEMS } from './data/function-words.ts';
import { fallbackDate, ownDate } from './dating.ts';
import type { CoreMatch, CueMatch } from './features.ts';
import type { EventModel } from './model.ts';
import { stem } from './stem.ts';
import { datingTimexes, sayingTimexes } from './timex-attachment.ts';
import type { TriggerChoice } from './trigger.ts';
import { chooseTrigger, coreReading, ploverOfCode, sameCategory } from './trigger.ts';

export type { CameoInfo, EventModel, EventModelFile, EventThresholds } from './model.ts';
export { parseEventModel } from './model.ts';
export { analyseAndClassify, analyseWords, classify, isEvent } from './classify.ts';
export type { Classification, Evidence, RuntimeAnalysis, SentenceAnalysis } from './classify.ts';

/** Live-blog page furniture that survived cleaning (data/function-words.ts). */
const isFurniture = (sentence: string): boolean => {
  const lower = sentence.toLowerCase();
  return FURNITURE_PATTERNS.some((p) => p.test(lower));
};

/** Sentences shorter than this (in tokens) are bylines, read-times, captions. */
const MIN_TOKENS = 5;

export interface ExtractOptions {
  /**
   * Code every sentence as if it reported a happening (its best event class), skipping the
   * no-event decision: for evaluating categories and arguments on sentences known to hold an event.
   */
  readonly everySentence?: boolean;
}

export function extractEvents(input: StageInput, model: EventModel): Event[] {
  return extractEventsWith(input, model, {});
}

const tokensIn = within<Token>;

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}


const isCommentatorId = (id: string, entityById: ReadonlyMap<string, Entity>): boolean => {
  const entity = entityById.get(id);
  return entity !== undefined && isCommentator(entity);
};

/**
 * A clause whose only threat word is a warning about a risk or danger ("warned that the risk of an
 * escalation is very high", "warns of the dangers of …"): the speaker threatens nothing — CAMEO
 * codes it 012, a pessimistic comment, which PLOVER does not code. The risk word must follow within
 * four words (quote marks and "that", "of" count).
 */
function warnsOfRiskOnly(stems: readonly string[], cores: readonly CoreMatch[]): boolean {
  const threats = cores.filter((c) => c.categories.includes('THREATEN'));
  const only = threats.length === 1 ? threats[0]! : undefined;
  if (only === undefined || stems[only.index] !== 'warn') return false;
  for (let k = only.index + 1; k <= only.index + 5 && k < stems.length; k++) if (RISK_STEMS.has(stems[k]!)) return true;
  return false;
}

/** A background word (`BACKGROUND_WORDS`: "after", "following", "amid", "on the heels of") between the clause's start and the trigger, with no comma in between. */
function afterBackgroundWord(words: readonly string[], index: number): boolean {
  for (let j = index - 1; j >= 0 && words[j] !== ','; j--) if (BACKGROUND_WORDS.has(words[j]!.toLowerCase())) return true;
  return false;
}

const isAccordingTo = (words: readonly string[], index: number): boolean => words[index]!.toLowerCase() === 'according' && words[index + 1]?.toLowerCase() === 'to';

const declinesComment = (words: readonly string[], after: number): boolean => words[after]?.toLowerCase() === 'to' && NO_COMMENT_VERBS.has(words[after + 1]?.toLowerCase() ?? '');

/** "the strike", "this attack": a core cue noun after a determiner that points back. */
function isAnaphoric(stems: readonly string[], index: number): boolean {
  return ANAPHORIC_DETERMINERS.has(stems[index - 1] ?? '') || ANAPHORIC_DETERMINERS.has(stems[index - 2] ?? '');
}

/**
 * A sentence the classifier does not call an event may still continue one told before: "the
 * Pentagon said Sunday that the strike was ordered by Trump" is about the strike, and "for
 * observers, the attack marked an escalation" reports it again. Its category is the earlier
 * event's. A news sentence whose subject is such a description reports that happening (the seeds'
 * gold dates it too), so it counts even when it adds neither who did it nor when.
 */
function continuation(stems: readonly string[], cues: readonly CueMatch[], cores: readonly CoreMatch[], earlier: readonly Event[], model: EventModel): { label: string; choice: TriggerChoice } | null {
  for (const core of cores) {
    const i = core.index;
    if (!isAnaphoric(stems, i)) continue;
    const label = core.categories.find((category) => earlier.some((e) => sameCategory(category, e.type)));
    if (label === undefined) continue;
    const cue = cues.find((c) => c.index === i && sameCategory(label, ploverOfCode(model, c.code)));
    return { label, choice: { index: i, length: core.length, code: cue?.code ?? null, core: true } };
  }
  return null;
}

const REFERENCE_STEMS: ReadonlySet<string> = new Set([...REFERENCE_NOUNS].map(stem));

/**
 * A general noun that names a happening told before ("this action has not eased tensions",
 * "America's action was a response", "this was a decisive blow"): the story refers back to its
 * latest material happening (a strike, an arrest, a deployment), whose category it takes; the
 * caller then continues that event's participants and date as for "the strike". Only after a word
 * that points back — a determiner, a possessive, or "this was a" —, skipping up to two modifiers
 * ("the decisive military action"); "an intelligence operation in which …" introduces a new one.
 */
function referencedHappening(words: readonly string[], stems: readonly string[], earlier: readonly Event[]): { label: string; choice: TriggerChoice } | null {
  for (let i = 1; i < stems.length; i++) {
    if (!REFERENCE_STEMS.has(stems[i]!)) continue; // one set lookup per word of a rejected clause; the rest only at a hit
    const noun = words[i]!.toLowerCase();
    if (!REFERENCE_NOUNS.has(noun) || !pointsBack(words, i, noun)) continue;
    const antecedent = findLast(earlier, (e) => MATERIAL_CATEGORIES.has(e.type));
    if (antecedent === undefined) return null;
    const label = antecedent.type === 'CONCEDE' || antecedent.type === 'RETREAT' ? 'YIELD' : antecedent.type;
    return { label, choice: { index: i, length: 1, code: null, core: true } };
  }
  return null;
}

const isPossessive = (word: string): boolean => /['’]s$/.test(word);

function pointsBack(words: readonly string[], index: number, noun: string): boolean {
  const before = (k: number): string => words[index - k]?.toLowerCase() ?? '';
  for (let k = 1; k <= 3; k++) {
    const word = before(k);
    if (ANAPHORIC_DETERMINERS.has(word) || isPossessive(word)) return true;
    // "this was a decisive blow": the subject points back, the predicate names the happening
    // (only for a noun that is itself a hit: "this is an escalatory move" characterises, it names nothing)
    if (noun === 'blow' && (word === 'a' || word === 'an') && (before(k + 1) === 'was' || before(k + 1) === 'is') && (before(k + 2) === 'this' || before(k + 2) === 'that' || before(k + 2) === 'it')) return true;
    // only lower-case modifiers may stand between ("the US military operation" is a new one's name)
    if (word === 'a' || word === 'an' || !/^\p{Ll}[\p{Ll}-]*$/u.test(words[index - k] ?? '')) return false;
  }
  return false;
}

/**
 * A capitalised word inside running text that the name tagger missed ("the Guards' foreign arm",
 * "the Shield Force's base"): part of a name, not a happening. Not a word that may start a sentence
 * (first, or after a stamp, a quotation mark or a colon), and not in a heading set in title case
 * (there, fewer than a third of the longer words are lower-case).
 */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII without a regex: this runs for every coded happening
  return /^\p{Lu}/u.test(word);
}

function isNameWord(words: readonly string[], index: number): boolean {
  // after a stamp, a quotation mark or a colon a capital only starts a sentence
  if (index === 0 || !startsUpper(words[index]!) || !/\p{L}/u.test(words[index - 1]!)) return false;
  if (isShouted(words, index)) return false;
  let lower = 0;
  let upper = 0;
  for (const w of words) {
    if (w.length < 4) continue;
    if (/^\p{Ll}/u.test(w)) lower++;
    else if (/^\p{Lu}/u.test(w)) upper++;
  }
  return lower * 2 >= upper;
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/**
 * A word in capitals between two other words in capitals ("… WILL BE HIT VERY HARD") is shouted
 * emphasis in running text, as posts and headlines shout, not a name the tagger missed (a name in
 * capitals is short: "TRAVEL ALERT:", "NATO").
 */
function isShouted(words: readonly string[], index: number): boolean {
  return ALL_CAPS.test(words[index]!) && ALL_CAPS.test(words[index - 1] ?? '') && ALL_CAPS.test(words[index + 1] ?? '');
}

/**
 * The part of the sentence that tells the happening when no quote was found around it: after
 * "said (on Sunday) that" when a speech verb comes before the trigger, else the whole clause.
 */
function reportedPart(tokens: readonly Token[], stems: readonly string[], triggerIndex: number, clause: Span): Span {
  const j = speechVerbBefore(stems, triggerIndex);
  if (j < 0) return clause;
  let start = tokens[j]!.end;
  for (let k = j + 1; k < triggerIndex; k++) if (stems[k] === 'that') start = tokens[k]!.end;
  return { start: Math.max(start, clause.start), end: clause.end };
}

/** Index of the nearest speech verb ("said", "revealed") before the trigger, or -1. */
function speechVerbBefore(stems: readonly string[], triggerIndex: number): number {
  for (let j = triggerIndex - 1; j >= 0; j--) if (SPEECH_STEMS.has(stems[j]!)) return j;
  return -1;
}

/** "The Pentagon revealed that the brigade was being sent …": the named teller before the speech verb, when the quote finder found no quote. */
function tellerBefore(tokens: readonly Token[], stems: readonly string[], triggerIndex: number, mentions: readonly Mention[]): Mention | undefined {
  const j = speechVerbBefore(stems, triggerIndex);
  return j < 0 ? undefined : mentions.find((m) => m.end <= tokens[j]!.start);
}

/**
 * A sentence of two contrasting clauses ("Iran vowed revenge, while Washington said …") is coded
 * clause by clause, so the second clause's words do not decide the first one's category. Splits only
 * at a comma or semicolon before while/whereas/but/although, and only into clauses of 4+ tokens.
 */
function clausesOf(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [];
  let from = 0;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const breaks = tokens[i]!.text === ';' || (tokens[i]!.text === ',' && CLAUSE_BREAKERS.has(tokens[i + 1]!.text.toLowerCase()));
    if (breaks && i - from >= 4 && tokens.length - i - 1 >= 4) {
      clauses.push(tokens.slice(from, i));
      from = i + 1;
    }
  }
  clauses.push(tokens.slice(from));
  return clauses;
}

interface Decision {
  readonly label: string;
  readonly choice: TriggerChoice;
  /** Taken by the second-chance rule for reported happenings (kept only with an actor, outside quotes). */
  readonly reported: boolean;
}

/** Lead of NONE over the best class beyond which not even a reported happening is believed (tuned on the seeds' error list; see README). */
const REPORTED_MARGIN = -40;

function decide(model: EventModel, result: Classification, words: readonly string[], analysis: RuntimeAnalysis, earlier: readonly Event[], options: ExtractOptions): Decision | null {
  const { stems, cues, cores } = analysis;
  const label = result.eventLabel;
  const { core, cue, uncued } = model.thresholds;
  // below every threshold the trigger cannot change the verdict: skip looking for it (most sentences)
  const hopeless = options.everySentence !== true && result.margin <= Math.min(core, cue, uncued);
  // "according to" is a preposition, not an accord (the AGREE core cue "accord" by stem): the class's next cue is the trigger
  const choice = hopeless ? null : chooseTrigger(model, label, words, stems, cues, cores.some((c) => isAccordingTo(words, c.index)) ? cores.filter((c) => !isAccordingTo(words, c.index)) : cores);
  if (options.everySentence === true) return { label, choice: choice ?? { index: 0, length: 1, code: null, core: false }, reported: false };
  if (choice !== null && isEvent(model, result, choice.core ? 'core' : choice.code !== null ? 'cue' : 'uncued')) return { ...coreReading(model, label, choice, analysis, result.margin), reported: false };
  const continued = continuation(stems, cues, cores, earlier, model);
  if (continued !== null) return { ...continued, reported: false };
  const reported = reportedHappening(model, result, words, analysis);
  if (reported !== null) return reported;
  // like the second chance, only where the classifier does not rule the clause out
  const referenced = result.margin > REPORTED_MARGIN ? referencedHappening(words, stems, earlier) : null;
  return referenced === null ? null : { ...referenced, reported: false };
}

/**
 * News reports a happening in nearly every sentence that has a named subject and a word naming
 * what it did ("France urged its citizens …", "Khamenei promised revenge …"), in wording the PLV
 * training sentences rarely have, so the classifier leans to NONE there. Second chance: the first
 * core cue of the clause (of the best class, else of its own first category) is the trigger when
 * the classifier's lead of NONE is not overwhelming; the caller keeps it only when the trigger is
 * outside any quote, is not hypothetical and has an actor before it (`reported`).
 */
const SECOND_CHANCE_BY_STEM: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SECOND_CHANCE_CUES).flatMap(([category, list]) => list.map((w) => [stem(w), [category]] as const)));

function secondChanceCues(stems: readonly string[], words: readonly string[]): CoreMatch[] {
  const found: CoreMatch[] = [];
  stems.forEach((s, index) => {
    const categories = SECOND_CHANCE_BY_STEM.get(s) ?? (FORCEFUL_ANSWERS.has(s) && readyBefore(words, index) ? THREAT : undefined);
    if (categories !== undefined) found.push({ index, categories, length: 1 });
  });
  return found;
}

const THREAT: readonly string[] = ['THREATEN'];

/** "is ready to respond", "are prepared to defend", "will respond": a declared will to answer with force is a threat (CAMEO 13). */
function readyBefore(words: readonly string[], index: number): boolean {
  const one = words[index - 1]?.toLowerCase() ?? '';
  return one === 'will' || one === 'shall' || (one === 'to' && READINESS_WORDS.has(words[index - 2]?.toLowerCase() ?? ''));
}

function reportedHappening(model: EventModel, result: Classification, words: readonly string[], analysis: RuntimeAnalysis): Decision | null {
  if (result.margin <= REPORTED_MARGIN) return null;
  const { stems, cues, cores } = analysis;
  // a threat worded without a threat word first ("… will be hit very hard", "will pay a heavy price",
  // threat-wording.ts); then a core cue of the clause; the broad second-chance words only when it has
  // none ("… talking about targeting our assets as revenge": the revenge, not the targeting), and a
  // will or readiness to answer with force ("the US is ready to respond to …, Pompeo told …")
  const threat = threatWording(words, stems);
  for (const core of threat !== undefined ? [threat] : cores.length > 0 ? cores : secondChanceCues(stems, words)) {
    const i = core.index;
    const label = core.categories.includes(result.eventLabel) ? result.eventLabel : core.categories[0]!;
    const cue = cues.find((c) => c.index === i && sameCategory(label, ploverOfCode(model, c.code)));
    if (isNegated(words, i)) return null;
    return { label, choice: { index: i, length: Math.max(core.length, cue?.length ?? 1), code: cue?.code ?? null, core: true }, reported: true };
  }
  return null;
}

/** One clause (`unit`, all of the sentence `whole` unless split) → its event, given the events coded before it in the document. */
function codeClause(input: StageInput, model: EventModel, options: ExtractOptions, whole: Span, tokens: readonly Token[], words: readonly string[], analysis: RuntimeAnalysis, events: readonly Event[], entityById: ReadonlyMap<string, Entity>): Event | null {
  const unit: Span = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
  const result = analysis.result;
  // "refused to comment", "refuses to elaborate" (a REJECT core cue before "to comment"): CAMEO's "decline comment" (011), a statement PLOVER does not code
  if (options.everySentence !== true && analysis.cores.some((c) => c.categories.includes('REJECT') && declinesComment(words, c.index + c.length))) return null;
  // "warned that the risk of escalation is high": CAMEO 012 (a pessimistic comment), no threat and no event
  if (options.everySentence !== true && warnsOfRiskOnly(analysis.stems, analysis.cores)) return null;
  const happening = codeHappening(input, model, options, whole, unit, tokens, words, analysis, result, events, entityById);
  if (happening !== null || options.everySentence === true) return happening;
  const statement = codeStatement(input, unit, result, tokens, entityById);
  if (statement === null) return null;
  const { type, code, mode } = coding(model, statement.label, null);
  const actor = stateOf(entityById.get(statement.speaker), input.entities)?.id ?? statement.speaker;
  return {
    id: `v${events.length}`,
    ...eventDraft(model, { whole, trigger: statement.trigger, coded: { type, code, ...(mode === undefined ? {} : { mode }) }, actor, date: statement.date ?? fallbackDate(input.doc, unit), reportedBy: statement.quote }),
  };
}

function codeHappening(input: StageInput, model: EventModel, options: ExtractOptions, whole: Span, unit: Span, tokens: readonly Token[], words: readonly string[], analysis: RuntimeAnalysis, result: Classification, events: readonly Event[], entityById: ReadonlyMap<string, Entity>): Event | null {
  const decision = decide(model, result, words, analysis, events, options);
  if (decision === null) return null;
  const { label, choice } = decision;
  const first = tokens[choice.index]!;
  const last = tokens[choice.index + choice.length - 1]!;
  const trigger: Span = { start: first.start, end: last.end };

  // reported speech: the happening lies in a quote's content; its clause is that content
  const quoted: Quote | undefined = input.quotes.find((q) => inside(trigger, q.content) && q.content.start < unit.end && q.content.end > unit.start);
  // "Trump ordered the killing of …": an order, not speech — the one who orders acts
  const directive = quoted?.cue != null && DIRECTIVE_CUES.has(stem(input.doc.text.slice(quoted.cue.start, quoted.cue.end)));
  const quote = directive ? undefined : quoted;
  const clause: Span = quote === undefined ? unit : { start: Math.max(unit.start, quote.content.start), end: Math.min(unit.end, quote.content.end) };
  const clauseTokens = tokensIn(tokens, clause);
  const triggerIndex = clauseTokens.indexOf(first);
  // a date is never an actor ("on Saturday"), whatever the tagger made of it
  const clauseTimexes = within(input.timexes, clause);
  const mentions = within(input.mentions, clause).filter((m) => !clauseTimexes.some((t) => t.start < m.end && t.end > m.start));
  const found = triggerIndex < 0 ? {} : findArguments(clauseTokens, mentions, entityById, triggerIndex, trigger);

  // an analyst's or reporter's words are commentary: what they say would, could or did happen is not reported as a happening
  // — but a definite description ("was the strike worth it?") names a happening the story tells, whoever names it
  if (!options.everySentence && quoted?.speaker?.entity != null && isCommentatorId(quoted.speaker.entity, entityById) && !isBackReference(input.doc.text, trigger)) return null;
  // a word of a name ("Revolutionary Guards", "TRAVEL ALERT") is no happening
  if (!options.everySentence && mentions.some((m) => m.start < trigger.end && trigger.start < m.end)) return null;
  if (!options.everySentence && isNameWord(words, choice.index)) return null;
  // "according to": a preposition, not an accord (the AGREE cue "accord" by stem) — no happening (the second chance's first core cue)
  if (!options.everySentence && isAccordingTo(words, choice.index)) return null;
  // "did not attack", "plans to attack", "if Iran attacked": no happening (a refusal or a threat is one)
  if (!options.everySentence && label !== 'REJECT' && isNegated(words, choice.index)) return null;
  if (!options.everySentence && label !== 'THREATEN' && isHypothetical(words, choice.index)) return null;
  // "We call on all sides …", said the minister: a speech act in a direct quote is the speaker's act
  // — not one told of someone else: "He supported terror," she said reports his deeds, it is not her act
  const ofSomeoneElse = clauseTokens.slice(Math.max(0, triggerIndex - 3), Math.max(0, triggerIndex)).some((t) => THIRD_PERSON_SUBJECTS.has(t.text.toLowerCase()));
  const speechAct = quote?.kind === 'direct' && SPEECH_ACT_CATEGORIES.has(label) && quote.speaker?.entity != null && !ofSomeoneElse ? quote.speaker.entity : undefined;
  const told = quote === undefined ? reportedPart(tokens, analysis.stems, choice.index, clause) : clause;
  const ownTimexes = datingTimexes(input.doc, tokens, clauseTimexes, trigger);
  let date: EventDate | null = ownDate(ownTimexes, told, trigger);
  // "At the time, the two countries broke off ties": the time the paragraph named last (anaphoric-time.ts)
  if (date === null && pointsBackInTime(words)) date = anaphoricDate(input.doc, input.timexes, unit);
  // "we will respond," the minister said Thursday: a speech act in a quote is dated by the saying
  if (date === null && quote !== undefined && SPEECH_ACT_CATEGORIES.has(label)) date = sayingDate(input, unit, quote);
  // a post reproduced as text (a tweet and its signature): its author tells it, by the post's date (posts.ts)
  if (date === null && quote !== undefined) date = postDate(input, quote);
  // a second-chance event: told as a fact by the text (or in indirect speech), by someone or at a stated time
  if (decision.reported && date === null && speechAct === undefined) {
    const subject = found.actor ?? (PRONOUN_SUBJECTS.has(words[0]!.toLowerCase()) ? words[0] : undefined);
    const byline = quote === undefined ? subject ?? tellerBefore(tokens, analysis.stems, choice.index, mentions) : quote.kind === 'direct' ? undefined : subject ?? quote.speaker ?? undefined;
    if (byline === undefined) return null;
  }
  const { type, code, mode } = coding(model, label, choice.code);
  const actorEntity = found.actor?.entity ?? speechAct ?? (directive ? quoted?.speaker?.entity ?? undefined : undefined);
  let actor = stateOf(actorEntity === undefined ? undefined : entityById.get(actorEntity), input.entities)?.id;
  let target = found.target?.entity;

  // "the strike …": continue the earlier event of the same category (its participants, its date)
  const anaphoric = isAnaphoric(analysis.stems, choice.index);
  const ofCategory = (e: Event): boolean => e.type === type || sameCategory(label, e.type);
  const earlier = findLast(events, ofCategory);
  if (earlier !== undefined && anaphoric) {
    actor ??= earlier.actor;
    target ??= earlier.target;
    if (date === null && earlier.date?.from === 'timex') date = earlier.date;
  }
  // the latest earlier happening of the category with a participant in common, dated by the text
  // ("Soleimani was killed on Friday …" then "… after Soleimani was killed"), not only the latest one
  const shares = (e: Event): boolean => (actor !== undefined && (actor === e.actor || actor === e.target)) || (target !== undefined && (target === e.target || target === e.actor));
  if (date === null && (actor !== undefined || target !== undefined)) date = findLast(events, (e) => ofCategory(e) && e.date?.from === 'timex' && shares(e))?.date ?? null;
  // "days earlier", "many years ago", "recently": the text puts it before the report, on no day it names — not the report's day
  const vaguePast = date === null && ownTimexes.some((t) => t.value === 'PAST_REF' && inside(t, told));
  // "it came after militia supporters stormed the embassy", "on the heels of attacks …": a background
  // happening the story does not date took place before the report, on no day it names — no date
  const background = date === null && afterBackgroundWord(words, choice.index);
  if (!vaguePast && !background) {
    // no time of its own: the happening took place by the time it was told ("…, the Pentagon said Thursday")
    if (date === null && quote !== undefined) date = sayingDate(input, unit, quote);
    date ??= ownDate(sayingTimexes(input.doc, tokens, within(input.timexes, unit)), unit, trigger);
    date ??= fallbackDate(input.doc, unit);
  }

  return {
    id: `v${events.length}`,
    ...eventDraft(model, { whole, trigger, coded: { type, code, ...(mode === undefined ? {} : { mode }) }, actor, target, place: found.place?.entity, date, reportedBy: quote?.id }),
  };
}

export function extractEventsWith(input: StageInput, model: EventModel, options: ExtractOptions): Event[] {
  const entityById = withDescribedCommentators(input.doc.text, input.entities, input.mentions, input.quotes);
  // the binary searches need text order; stages produce it, but a caller's hand-made input may not
  const byStart = <T extends Span>(items: readonly T[]): readonly T[] => (items.every((x, i) => i === 0 || items[i - 1]!.start <= x.start) ? items : [...items].sort((a, b) => a.start - b.start));
  input = { ...input, tokens: byStart(input.tokens), mentions: byStart(input.mentions), timexes: byStart(input.timexes) };
  const events: Event[] = [];
  for (const whole of input.sentences) {
    const sentenceTokens = tokensIn(input.tokens, whole);
    if (sentenceTokens.length < MIN_TOKENS) continue;
    if (options.everySentence !== true && isFurniture(input.doc.text.slice(whole.start, whole.end))) continue;
    for (const clause of options.everySentence === true ? [sentenceTokens] : clausesOf(sentenceTokens)) {
      const words = clause.map((t) => t.text);
      const analysis = analyseAndClassify(model, words);
      const event = codeClause(input, model, options, whole, clause, words, analysis, events, entityById);
      if (event !== null) events.push(event);
      if (options.everySentence !== true) for (const other of otherDatedHappenings(input, model, whole, clause, analysis.cores, events, entityById)) events.push({ ...other, id: `v${events.length}` });
    }
  }
  return options.everySentence === true ? events : applyNarrativeTime(input.doc, datePlans(input.doc.text, dateBackReferences(input.doc.text, events)), input.timexes);
}
