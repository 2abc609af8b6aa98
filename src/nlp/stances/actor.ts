/**
 * Who holds the stance a cue expresses. In order: the resolved speaker of the quote the cue is
 * in; for a verb cue (`Iran vowed …`) the subject before it; else the subject of the nearest speech
 * verb before the cue (`Lavrov said … unlawful`), then after it (`"… restraint," said Champagne`).
 * A subject phrase yields its head entity (`Iraqi President Barham Salih`), or — when the head is a
 * title or a government body (`Russia's foreign minister`, `the Syrian government`) — the country
 * or organisation named in it; demonyms stand for their country when the document names it.
 */
import { ADJECTIVAL_PARTICIPLES, PASSIVE_AUX, SKIP_BEFORE_VERB } from './data/actor-words.ts';
import type { CueMatch } from './cue-matcher.ts';
import type { StanceContext } from './context.ts';
import { actorOfPhrase, countryOf, roleOrg } from './phrase-actor.ts';
import { isAnchorVerb, subjectAfter, subjectOf, type SubjectResult } from './subject.ts';

const one = (id: string | null): string[] => (id ? [id] : []);

/** The actor ids a subject names (`Egypt and Turkey` → both). */
function idsOf(subject: SubjectResult): string[] {
  if (!subject || !('id' in subject)) return [];
  return subject.also ? [subject.id, subject.also] : [subject.id];
}

/**
 * The actor of a speech verb: its subject, or the name written after it when nothing stands before
 * it; null when the subject is a pronoun, so the caller looks at the speech verb before this one.
 */
function viaAnchor(ctx: StanceContext, j: number, begin: number, end: number): string[] | null {
  if (ctx.lower[j] === 'according') return one(subjectAfter(ctx, j, end));
  // `…, said Iraqi Prime Minister Adel Abdul Mahdi.` / `"…," said Champagne.`
  if ([',', '"', '”', '’', "'"].includes(ctx.lower[j - 1] ?? '')) {
    const after = subjectAfter(ctx, j, end);
    if (after) return [after];
  }
  const left = subjectOf(ctx, j, begin);
  if (left && 'id' in left) return idsOf(left);
  if (left && 'coordinated' in left) return coordinatedSubject(ctx, j, begin);
  if (left && 'pronoun' in left) return null;
  return left && 'none' in left ? one(subjectAfter(ctx, j, end)) : [];
}

/** A coordinated verb borrows the subject of the verb before it (`Iran was outraged … and vowed …`). */
function coordinatedSubject(ctx: StanceContext, verb: number, begin: number): string[] {
  for (let j = verb - 2; j >= begin; j--) {
    const w = ctx.lower[j] ?? '';
    const isVerb = isAnchorVerb(ctx, j) || (w.length > 4 && w.endsWith('ed') && ctx.tokens[j]?.text === w);
    if (!isVerb || (ctx.quoteAt[j] ?? -1) >= 0) continue;
    const subject = subjectOf(ctx, j, begin);
    if (subject && 'id' in subject) return idsOf(subject);
    if (!subject || !('coordinated' in subject)) return [];
  }
  return [];
}

/** First token index whose start is at or after `offset` (binary search). */
function tokenAt(ctx: StanceContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const FIRST_PERSON = new Set(['we', 'i']);

/**
 * A verb cue inside a quote with its own subject reports someone else's stance (`"Germany is
 * concerned," Pompeo said` → Germany; `action that threatened citizens` → nobody). Undefined when
 * the speaker is the subject (`we condemn`, or no subject inside the quote).
 */
function reportedActors(ctx: StanceContext, cue: CueMatch, contentBegin: number): string[] | undefined {
  let k = cue.first - 1;
  while (k >= contentBegin && SKIP_BEFORE_VERB.has(ctx.lower[k] ?? '')) k--;
  if (k < contentBegin || FIRST_PERSON.has(ctx.lower[k] ?? '')) return undefined;
  const subject = subjectOf(ctx, cue.first, contentBegin);
  if (subject && 'id' in subject) return idsOf(subject);
  if (!subject || 'pronoun' in subject) return [];
  return undefined;
}

/** The actor a quote's written speaker names when the quote stage left it unresolved. */
function speakerActor(ctx: StanceContext, speaker: { readonly start: number; readonly end: number }): string | null {
  const first = tokenAt(ctx, speaker.start);
  let last = first;
  while (last + 1 < ctx.tokens.length && (ctx.tokens[last + 1]?.end ?? Infinity) <= speaker.end) last++;
  return (ctx.tokens[last]?.end ?? Infinity) <= speaker.end ? actorOfPhrase(ctx, first, last)?.id ?? null : null;
}

/** The entity ids of who expresses `cue` in the sentence `[begin, end)` (usually one; none when unsure). */
export function findActors(ctx: StanceContext, cue: CueMatch, begin: number, end: number): string[] {
  const q = ctx.quoteAt[cue.first] ?? -1;
  if (q >= 0) {
    const quote = ctx.quotes[q];
    if (cue.anchor === 'cue' && quote) {
      const reported = reportedActors(ctx, cue, Math.max(begin, tokenAt(ctx, quote.content.start)));
      if (reported) return reported;
    }
    const speaker = quote?.speaker;
    if (speaker?.entity) {
      const e = ctx.entityById.get(speaker.entity);
      if (!e) return [];
      const titled = e.type === 'PERSON' && !e.name.toLowerCase().split(/\s+/).some((w) => w.length > 2 && speaker.text.toLowerCase().includes(w));
      return [countryOf(ctx, titled ? roleOrg(ctx, e) ?? e : e).id];
    }
    // An unresolved speaker may still name its country (`Russia's foreign minister`); a pronoun (`he`)
    // names none — and nothing is guessed from inside the quote.
    if (speaker) return one(speakerActor(ctx, speaker));
  }
  if (cue.anchor === 'cue') {
    const verb = ctx.lower[cue.first] ?? '';
    const passive = PASSIVE_AUX.has(ctx.lower[cue.first - 1] ?? '') && /ed$/.test(verb) && !ADJECTIVAL_PARTICIPLES.has(verb);
    // `…, accusing Washington of …`: a participle after a comma takes the subject of the verb before it.
    if (verb.endsWith('ing') && ctx.lower[cue.first - 1] === ',') return coordinatedSubject(ctx, cue.first, begin);
    if (passive) {
      for (let k = cue.last + 1; k < Math.min(end, cue.last + 4); k++) {
        if (ctx.lower[k] === 'by') return one(subjectAfter(ctx, k, end));
      }
    } else {
      const subject = subjectOf(ctx, cue.first, begin);
      if (subject && 'id' in subject) return idsOf(subject);
      if (subject && 'coordinated' in subject) return coordinatedSubject(ctx, cue.first, begin);
      // A verb cue whose subject names no actor (`Some have praised …`, `rockets slammed into`) has none to borrow.
      if (!subject) return [];
    }
  }
  // The nearest speech verb before the cue, else the nearest after it: its actor or none.
  for (let j = cue.first - 1; j >= begin; j--) {
    const found = isAnchorVerb(ctx, j) ? viaAnchor(ctx, j, begin, end) : null;
    if (found) return found;
  }
  for (let j = cue.last + 1; j < end; j++) {
    const found = isAnchorVerb(ctx, j) ? viaAnchor(ctx, j, begin, end) : null;
    if (found) return found;
  }
  return [];
}
