/**
 * Actor, target and place of a happening from the entity mentions of its clause, by word order:
 * active "A attacked B in P" → actor A, target B, place P; passive "B was killed … by A" and
 * nominal "the strike … by A" take the actor after `by`; a nominal "strike on B" takes its target
 * after on/against. Places are GPE/LOC/FACILITY mentions after in/at/near and never actor or target.
 * Rules written by reading PLV train folds 1–4 and the seed articles (never the PLV hold-out).
 */
import type { Entity, Mention, Span, Token } from '../../model/index.ts';
import { PASSIVE_AUXILIARIES, PLACE_PREPOSITIONS } from './data/function-words.ts';

export interface Arguments {
  readonly actor?: Mention;
  readonly target?: Mention;
  readonly place?: Mention;
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY']);
const PARTICIPLE = /(?:ed|en|wn)$/i;
/** Irregular participles of common happening verbs (`was hit`, `were shot`). */
const IRREGULAR_PARTICIPLES = new Set(['hit', 'shot', 'struck', 'held', 'caught', 'beat', 'met', 'sent', 'led', 'put', 'fought', 'thrown', 'seized', 'won', 'lost', 'cut', 'bound', 'told', 'sought']);
const BY_WINDOW = 8;

/** Index of the last token that ends at or before `offset`. */
function tokenBefore(tokens: readonly Token[], offset: number): number {
  let i = -1;
  for (let j = 0; j < tokens.length && tokens[j]!.end <= offset; j++) i = j;
  return i;
}

function isPlaceMention(mention: Mention, tokens: readonly Token[], entities: ReadonlyMap<string, Entity>): boolean {
  const type = entities.get(mention.entity)?.type;
  if (type === undefined || !PLACE_TYPES.has(type)) return false;
  let i = tokenBefore(tokens, mention.start);
  if (i >= 0 && /^(the|a|an)$/i.test(tokens[i]!.text)) i--;
  return i >= 0 && PLACE_PREPOSITIONS.has(tokens[i]!.text.toLowerCase());
}

function isPassive(tokens: readonly Token[], trigger: number): boolean {
  const word = tokens[trigger]!.text;
  if (!PARTICIPLE.test(word) && !IRREGULAR_PARTICIPLES.has(word.toLowerCase())) return false;
  for (let j = trigger - 1; j >= Math.max(0, trigger - 3); j--) {
    const word = tokens[j]!.text.toLowerCase().replace('’', "'");
    // "'s" is an auxiliary only right before the participle or "been" ("it's been hit"); else a possessive ("Germany's ministry urged")
    if (word === "'s" && j !== trigger - 1 && tokens[j + 1]?.text.toLowerCase() !== 'been') continue;
    if (PASSIVE_AUXILIARIES.has(word)) return true;
  }
  return false;
}

/** The first mention after a `by` that follows the trigger closely (`… was ordered by Trump`). */
function byAgent(tokens: readonly Token[], trigger: number, mentions: readonly Mention[]): Mention | undefined {
  for (let j = trigger + 1; j < Math.min(tokens.length, trigger + BY_WINDOW); j++) {
    if (tokens[j]!.text.toLowerCase() !== 'by') continue;
    const after = tokens[j]!.end;
    const limit = tokens[Math.min(tokens.length - 1, j + 4)]!.end;
    return mentions.find((m) => m.start >= after && m.start <= limit);
  }
  return undefined;
}

/**
 * @param tokens the tokens of the clause that holds the happening (the sentence, or the quote content)
 * @param mentions the mentions inside that clause, in text order
 * @param trigger index of the trigger token in `tokens`
 */
export function findArguments(tokens: readonly Token[], mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, trigger: number, triggerSpan: Span): Arguments {
  const places = mentions.filter((m) => isPlaceMention(m, tokens, entities));
  const candidates = mentions.filter((m) => !places.includes(m) && (m.end <= triggerSpan.start || m.start >= triggerSpan.end));
  const before = candidates.filter((m) => m.end <= triggerSpan.start);
  const after = candidates.filter((m) => m.start >= triggerSpan.end);
  const agent = byAgent(tokens, trigger, after);
  const subject = before[before.length - 1];
  let actor: Mention | undefined;
  let target: Mention | undefined;
  if (agent !== undefined) {
    actor = agent;
    target = isPassive(tokens, trigger) ? subject : after.find((m) => m !== agent && m.entity !== agent.entity && m.start < agent.start);
  } else if (isPassive(tokens, trigger)) {
    // "Soleimani was killed" with no agent: the subject suffered it; who did it is not said here
    target = subject;
  } else {
    actor = subject;
    target = after.find((m) => m.entity !== actor?.entity);
  }
  const place = places.find((m) => m.start >= triggerSpan.end) ?? places[0];
  return {
    ...(actor === undefined ? {} : { actor }),
    ...(target === undefined || target.entity === actor?.entity ? {} : { target }),
    ...(place === undefined ? {} : { place }),
  };
}
