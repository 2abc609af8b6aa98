/**
 * Threats worded without a threat word (CAMEO 13, threaten; 138 with military force), read by the
 * second chance for reported happenings only (index.ts), in clauses the classifier rejects:
 *
 * - force announced for the future: an assault word of the second chance right after "will"/"shall"
 *   or the passive "will be"/"shall be" ("those targets will be hit very hard", "we shall hit them");
 *   it has not happened, it is promised;
 * - the price idiom of retribution: a price someone is to pay ("Iran will pay a very big price") or
 *   the price of blood ("the price for the blood of our martyrs is …");
 * - retribution promised: a word of retribution ("punishment", "reprisals", "vengeance") in a clause
 *   that speaks of the future ("… punishment to the killers will be the task of every fighter");
 *   told as past ("the punishment was announced") it is no threat.
 *
 * The threat reading goes before the clause's core cues and other second-chance words: "we have
 * targeted 52 sites …, and they will be hit" announces force, it reports no strike.
 */
import { SECOND_CHANCE_CUES } from './data/second-chance-cues.ts';
import type { CoreMatch } from './features.ts';
import { stem } from './stem.ts';

const FUTURE = new Set(['will', 'shall']);

const ASSAULT_STEMS: ReadonlySet<string> = new Set((SECOND_CHANCE_CUES['ASSAULT'] ?? []).map(stem));

/** How far before "price" a form of "pay" may stand ("pay a very big price"), and after "price for" the word "blood" ("the price for the blood of …"). */
const PRICE_WINDOW = 4;

const PAY_STEMS: ReadonlySet<string> = new Set(['pay', 'paid']);

const lower = (words: readonly string[], i: number): string => words[i]?.toLowerCase() ?? '';

function announcesForce(words: readonly string[], stems: readonly string[], index: number): boolean {
  if (!ASSAULT_STEMS.has(stems[index]!)) return false;
  const one = lower(words, index - 1);
  return FUTURE.has(one) || (one === 'be' && FUTURE.has(lower(words, index - 2)));
}

function pricedRetribution(words: readonly string[], stems: readonly string[], index: number): boolean {
  if (stems[index] !== 'pric') return false;
  for (let j = Math.max(0, index - PRICE_WINDOW); j < index; j++) if (PAY_STEMS.has(stems[j]!)) return true;
  const next = lower(words, index + 1);
  if (next !== 'for' && next !== 'of') return false;
  for (let j = index + 2; j <= index + 1 + PRICE_WINDOW && j < words.length; j++) if (stems[j] === 'blood') return true;
  return false;
}

const RETRIBUTION_STEMS: ReadonlySet<string> = new Set(['punish', 'punishment', 'reprisal', 'vengeanc']);

const speaksOfFuture = (words: readonly string[]): boolean => words.some((w) => FUTURE.has(w.toLowerCase()));

/** The first threat worded without a threat word in the clause (its words and their stems), as a THREATEN cue match; undefined when none. */
export function threatWording(words: readonly string[], stems: readonly string[]): CoreMatch | undefined {
  let future: boolean | undefined; // looked up once, at the first word of retribution
  for (let index = 0; index < stems.length; index++) {
    if (announcesForce(words, stems, index) || pricedRetribution(words, stems, index)) return { index, length: 1, categories: THREAT };
    if (RETRIBUTION_STEMS.has(stems[index]!) && (future ??= speaksOfFuture(words))) return { index, length: 1, categories: THREAT };
  }
  return undefined;
}

const THREAT: readonly string[] = ['THREATEN'];
