/**
 * Finds the subject phrase of a verb without a parser: walking left to a clause boundary, over an
 * appositive (`Saudi Arabia, Iran's top rival in the region, has stressed`), past a prepositional
 * object (`the French embassy in Tehran`), or — for a trailing attribution — to the right
 * (`…, said Iraqi Prime Minister Adel Abdul Mahdi`). Phrases never cross into or out of a quote.
 */
import {
  ANCHOR_VERBS, INVERTED_SUBJECT_BOUNDARY, PRONOUNS, SKIP_BEFORE_VERB, SUBJECT_BOUNDARY,
} from './data/actor-words.ts';
import type { StanceContext } from './context.ts';
import { actorOfPhrase } from './phrase-actor.ts';

const MAX_SUBJECT = 12;

function isBoundary(ctx: StanceContext, k: number, set: ReadonlySet<string>): boolean {
  return (ctx.mentionAt[k] ?? -1) < 0 && set.has(ctx.lower[k] ?? '');
}

/** Start of the phrase that ends at `last`, walking left to a boundary. */
function phraseStart(ctx: StanceContext, last: number, begin: number): number {
  // A phrase never crosses into or out of a quotation.
  const quote = ctx.quoteAt[last] ?? -1;
  let k = last;
  while (k >= begin && last - k < MAX_SUBJECT && !isBoundary(ctx, k, SUBJECT_BOUNDARY) && !isVerbWord(ctx, k) && (ctx.quoteAt[k] ?? -1) === quote) k--;
  return k + 1;
}

/** An auxiliary or a speech verb outside any name: a subject phrase does not run across it. */
function isVerbWord(ctx: StanceContext, k: number): boolean {
  return (ctx.mentionAt[k] ?? -1) < 0 && (SKIP_BEFORE_VERB.has(ctx.lower[k] ?? '') || ANCHOR_VERBS.has(ctx.tokens[k]?.text ?? ''));
}

/** A speech verb as written in lower case outside a name (`said`; not `States` in `United States`). */
export function isAnchorVerb(ctx: StanceContext, k: number): boolean {
  const token = ctx.tokens[k];
  return !!token && ANCHOR_VERBS.has(token.text) && (ctx.mentionAt[k] ?? -1) < 0 && (ctx.quoteAt[k] ?? -1) < 0;
}

const PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'for', 'with', 'against', 'to', 'by', 'near', 'inside', 'outside']);

/**
 * The subject phrase ending at `last`: when it is the object of a preposition (`the French
 * embassy in Tehran`), the phrase before the preposition is the subject's head.
 */
function subjectPhrase(ctx: StanceContext, last: number, begin: number): [number, number] {
  const first = phraseStart(ctx, last, begin);
  const before = first - 1;
  if (before > begin && PREPOSITIONS.has(ctx.lower[before] ?? '') && (ctx.mentionAt[before] ?? -1) < 0) {
    const prevLast = before - 1;
    const prevFirst = phraseStart(ctx, prevLast, begin);
    if (prevFirst <= prevLast && /\p{L}/u.test(ctx.tokens[prevLast]?.text ?? '')) return [prevFirst, prevLast];
  }
  return [first, last];
}

/**
 * `id`: the subject names an actor. `coordinated`: the verb follows `and`/`but` (`… and vowed`).
 * `none`: nothing stands before the verb but a boundary (`"…," said X`). `pronoun`: `it`, `he` (an earlier
 * verb of the sentence may name them: `Yemen's government said it believed …`). null: a subject that names no actor.
 */
export type SubjectResult =
  | { readonly id: string; readonly also?: string }
  | { readonly coordinated: true }
  | { readonly none: true }
  | { readonly pronoun: true }
  | null;

/** The actor that is the subject of the verb at `verb` (walking left, over an appositive). */
export function subjectOf(ctx: StanceContext, verb: number, begin: number): SubjectResult {
  let k = verb - 1;
  while (k >= begin && SKIP_BEFORE_VERB.has(ctx.lower[k] ?? '')) k--;
  if (k < begin) return { none: true };
  const word = ctx.lower[k] ?? '';
  if (word === 'and' || word === 'but') return { coordinated: true };
  // `an escalation that threatens`: the subject is a thing; `Hezbollah, who vowed`: the antecedent.
  if ((word === 'that' || word === 'which') && (ctx.mentionAt[k] ?? -1) < 0) return null;
  if (word === 'who' && (ctx.mentionAt[k] ?? -1) < 0) return subjectOf(ctx, k, begin);
  if (word !== ',' && isBoundary(ctx, k, SUBJECT_BOUNDARY)) return { none: true };
  if (PRONOUNS.has(word) && (ctx.mentionAt[k] ?? -1) < 0) return { pronoun: true }; // `he said`: who is said elsewhere
  if (word === ',' && k - 1 >= begin) return appositiveSubject(ctx, k, begin);
  const [first, last] = subjectPhrase(ctx, k, begin);
  const found = actorOfPhrase(ctx, first, last);
  if (!found) return null;
  // `Egypt and Turkey expressed concern`: both hold the stance.
  const and = first - 1;
  if (found.head && and - 1 >= begin && ctx.lower[and] === 'and' && (ctx.mentionAt[and] ?? -1) < 0) {
    const other = actorOfPhrase(ctx, phraseStart(ctx, and - 1, begin), and - 1);
    if (other?.head && other.id !== found.id) return { id: found.id, also: other.id };
  }
  return { id: found.id };
}

/**
 * The subject before `comma` when it ends an appositive: `Saudi Arabia, Iran's top rival in the
 * region, has stressed` → Saudi Arabia; `Iran's envoy, Majid Ravanchi, said` → Ravanchi. The host
 * phrase's own head wins, then a clean appositive's head (one without clause words), then owners.
 */
function appositiveSubject(ctx: StanceContext, comma: number, begin: number): SubjectResult {
  let open = comma - 1;
  while (open >= begin && comma - open <= 20 && ctx.lower[open] !== ',' && (ctx.quoteAt[open] ?? -1) === (ctx.quoteAt[comma] ?? -1) && !['.', ';', '"', '“', '”'].includes(ctx.lower[open] ?? '')) open--;
  const appositiveClean = phraseStart(ctx, comma - 1, begin) === open + 1;
  const appositive = appositiveClean ? actorOfPhrase(ctx, open + 1, comma - 1) : null;
  let host: ReturnType<typeof actorOfPhrase> = null;
  if (open >= begin && ctx.lower[open] === ',' && open - 1 >= begin) {
    const [first, last] = subjectPhrase(ctx, open - 1, begin);
    host = actorOfPhrase(ctx, first, last);
  }
  const best = (host?.head ? host : null) ?? (appositive?.head ? appositive : null) ?? host ?? appositive;
  return best ? { id: best.id } : null;
}

/** The actor written after a speech verb (`said Iraqi Prime Minister Adel Abdul Mahdi`). */
export function subjectAfter(ctx: StanceContext, verb: number, end: number): string | null {
  let k = verb + 1;
  if (ctx.lower[verb] === 'according' && ctx.lower[k] === 'to') k++;
  const first = k;
  const quote = ctx.quoteAt[first] ?? -1;
  while (k < end && k - first < MAX_SUBJECT && !isBoundary(ctx, k, INVERTED_SUBJECT_BOUNDARY) && (ctx.quoteAt[k] ?? -1) === quote) k++;
  return actorOfPhrase(ctx, first, k - 1)?.id ?? null;
}
