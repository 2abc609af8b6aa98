/**
 * Attribution frames around each cue, left to right through the text (linear in tokens):
 * - forward:  `X (has) said (to Y) (that) CONTENT` and `X said: "CONTENT"` (content may be the next paragraph);
 * - reversed: `CONTENT, X said.` / `"CONTENT," said X.` and split `"A," X said, "B."` (content A + B);
 *   a reversed direct quote takes in the quoted sentences that follow it in the paragraph;
 * - `according to X, CONTENT` / `CONTENT, according to X`;
 * - a headline `X: CONTENT`.
 * Heuristics developed on PolNeAR train; a token belongs to at most one attribution (PolNeAR is univocal).
 */
import { ADDRESSEE_LEMMAS, CUE_LEMMA, INVERTING_LEMMAS, RAISING_FORMS } from './cue-verbs.ts';
import { cueAt } from './cues.ts';
import type { Layout } from './layout.ts';
import { isNounish, nounPhraseLeft, nounPhraseRight, skipModifiersLeft, type Range } from './phrases.ts';
import type { QuoteMarks } from './quote-marks.ts';
import { ASPECT_VERBS, BE_FORMS, CLOSE_QUOTES, CUE_MODIFIERS, DETERMINERS, OPEN_QUOTES, TERMINALS, TIME_WORDS } from './words.ts';

/** Words of a phrase between a cue and `that` (`said in a statement on Monday that`). */
const BEFORE_THAT: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'statement', 'interview', 'press', 'news',
  'conference', 'briefing', 'letter', 'post', 'speech', 'twitter', 'facebook', 'tweet', 'also', 'publicly', 'repeatedly',
  'again', 'previously', 'recently', 'separately', 'privately', 'later', 'late', 'early', 'televised', 'written', 'email',
  'e-mail', 'blog', 'op-ed', 'radio', 'tv', 'television', 'show', 'appearance', 'rally', 'debate',
]);

/** Words that start a circumstance after a cue (`said on Sunday during an interview`), not its content. */
const PP_STARTS: ReadonlySet<string> = new Set(['on', 'in', 'during', 'at', 'after', 'before', 'with', 'while', 'when', 'to', 'from', 'of']);

/** What may follow an addressee (`urged Congress to`, `warned Iran that`, `accused him of`). */
const AFTER_ADDRESSEE: ReadonlySet<string> = new Set(['that', 'to', 'of', 'against', 'about', 'not', ',', ':', 'on', 'over', 'for']);

/** Words that open a reported clause after a circumstance (`said in a statement it will …`). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'there', 'this', 'his', 'her', 'their', 'its']);

export interface Found {
  readonly cue: Range;
  readonly source: Range | null;
  /** One or two fragments, in text order. */
  readonly content: Range[];
  readonly addressee: Range | null;
}

interface Context {
  readonly layout: Layout;
  readonly quotes: readonly QuoteMarks[];
  /** Quote index of each token inside a quotation (marks included), else -1. */
  readonly quoteOf: Int32Array;
  /** Tokens already given a role. */
  readonly claimed: Uint8Array;
  /** Source of the last attribution found. */
  lastSource: Range | null;
  /** cueAt per token, computed once: -1 unknown, 0 none, else the cue's length in tokens. */
  readonly cueMemo: Int8Array;
}

/** cueAt, memoised: the forward-content cut asks about the same tokens the main loop visits. */
function cueOf(ctx: Context, i: number): Range | null {
  const known = ctx.cueMemo[i] ?? 0;
  if (known === 0) return null;
  if (known > 0) return { first: i, last: i + known - 1 };
  const cue = cueAt(ctx.layout, i);
  ctx.cueMemo[i] = cue ? cue.last - cue.first + 1 : 0;
  return cue;
}

const isPunct = (w: string): boolean => !/[\p{L}\p{N}]/u.test(w);

/** Last token of the sentence without terminal punctuation that lies outside a quotation. */
function contentLast(ctx: Context, first: number, last: number): number {
  let k = last;
  while (k > first) {
    const w = ctx.layout.lower[k] ?? '';
    if ((TERMINALS.has(w) || w === ',' || w === ';' || w === ':' || w === ')' ) && (ctx.quoteOf[k] ?? -1) < 0) { k--; continue; }
    break;
  }
  return k;
}

function quoteRange(q: QuoteMarks): Range {
  return { first: q.open, last: q.close };
}

function sentenceBounds(ctx: Context, i: number): Range {
  const s = ctx.layout.sentenceOf[i] ?? 0;
  return { first: ctx.layout.sentenceFirst[s] ?? 0, last: ctx.layout.sentenceLast[s] ?? 0 };
}

/** True when nothing that could be content follows the cue in its sentence (`…, he said on Monday.`). */
function rightIsBare(ctx: Context, after: number, last: number): boolean {
  const end = contentLast(ctx, after, last);
  if (after > last) return true;
  const w = ctx.layout.lower[after] ?? '';
  if (after === end && (isPunct(w) || TERMINALS.has(w))) return true;
  if (w === ',' || w === '.') return true;
  let words = 0;
  for (let k = after; k <= end; k++) {
    const x = ctx.layout.lower[k] ?? '';
    if (x === 'that' || OPEN_QUOTES.has(x) || x === ':') return false;
    if (!isPunct(x)) words++;
  }
  const first = w;
  return words <= 6 && (first === 'in' || first === 'on' || first === 'at' || first === 'to' || first === 'during' || first === 'after' || first === 'before' || first === 'with' || first === 'about' || TIME_WORDS.has(first) || /^\p{Lu}/u.test(ctx.layout.tokens[after]?.text ?? ''));
}

/** Content before token `before` (exclusive) back to the clause start: a quotation ending there, else the clause. */
function contentBefore(ctx: Context, before: number, floor: number): Range | null {
  let end = before - 1;
  while (end >= floor && (ctx.layout.lower[end] === ',' || ctx.layout.lower[end] === '—' || ctx.layout.lower[end] === '--')) end--;
  if (end < floor) return null;
  const q = ctx.quoteOf[end] ?? -1;
  if (q >= 0) {
    const quote = ctx.quotes[q] as QuoteMarks;
    if (quote.close === end || quote.close === end + 1) return quoteRange(quote);
  }
  let start = end;
  while (start - 1 >= floor && !ctx.claimed[start - 1]) start--;
  // a quotation that closes just before: `…,” said X` handled above; skip a leading comma
  while (start < end && isPunct(ctx.layout.lower[start] ?? '') && !OPEN_QUOTES.has(ctx.layout.lower[start] ?? '')) start++;
  return start <= end ? { first: start, last: end } : null;
}

/** The quotation opening at or just after token k (skipping `:` and `,`), if any. */
function quoteOpeningAt(ctx: Context, k: number): QuoteMarks | null {
  let j = k;
  while (ctx.layout.lower[j] === ':' || ctx.layout.lower[j] === ',') j++;
  const q = ctx.quoteOf[j] ?? -1;
  if (q < 0) return null;
  const quote = ctx.quotes[q] as QuoteMarks;
  return quote.open === j ? quote : null;
}

/** Quoted sentences following a reversed direct quote in the same paragraph, without their own cue. */
function followingQuotes(ctx: Context, afterSentence: number): Range | null {
  const { layout } = ctx;
  let s = afterSentence + 1;
  let last = -1;
  let first = -1;
  while (s < layout.sentenceFirst.length) {
    const a = layout.sentenceFirst[s] ?? -1;
    const b = layout.sentenceLast[s] ?? -1;
    if (a < 0 || layout.paragraphOf[a] !== layout.paragraphOf[afterSentence >= 0 ? (layout.sentenceFirst[afterSentence] ?? 0) : 0]) break;
    const q = ctx.quoteOf[a] ?? -1;
    if (q < 0) break;
    const quote = ctx.quotes[q] as QuoteMarks;
    if (quote.open !== a || quote.close < contentLast(ctx, a, b) - 0) break;
    if (first < 0) first = a;
    last = quote.close;
    s = layout.sentenceOf[quote.close]! + 1;
  }
  return first >= 0 ? { first, last } : null;
}

function claim(ctx: Context, r: Range | null): void {
  if (!r) return;
  for (let k = r.first; k <= r.last; k++) ctx.claimed[k] = 1;
}

function isFree(ctx: Context, r: Range): boolean {
  for (let k = r.first; k <= r.last; k++) if (ctx.claimed[k]) return false;
  return true;
}

function finish(ctx: Context, found: Found, into: Found[]): void {
  claim(ctx, found.cue);
  claim(ctx, found.source);
  ctx.lastSource = found.source;
  for (const c of found.content) claim(ctx, c);
  into.push(found);
}

/** `according to X, C` or `C, according to X`. */
function according(ctx: Context, cue: Range, into: Found[]): void {
  const { first, last } = sentenceBounds(ctx, cue.first);
  const source = nounPhraseRight(ctx.layout, cue.last + 1, last);
  const afterSource = source ? source.last + 1 : cue.last + 1;
  let content: Range | null = null;
  const startsClause = cue.first === first || ctx.layout.lower[cue.first - 1] === ',' && cue.first - 1 === first;
  if (startsClause || cue.first - first <= 1) {
    let k = afterSource;
    while (k <= last && ctx.layout.lower[k] !== ',') k++;
    const end = contentLast(ctx, k + 1, last);
    if (k + 1 <= end) content = { first: k + 1, last: end };
  } else {
    content = contentBefore(ctx, cue.first, first);
    if (!content) {
      const end = contentLast(ctx, afterSource, last);
      if (afterSource <= end) content = { first: afterSource, last: end };
    }
  }
  if (content) finish(ctx, { cue, source, content: [content], addressee: null }, into);
}

/** Nouns of evidence that speak through `in` (`ahead in a CNN poll`, `In a survey released Monday, …`). */
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'polling', 'analysis']);

/** `C in a new poll` / `In a new poll, C`: the poll is the source and `in` the cue. */
function inEvidence(ctx: Context, i: number, into: Found[]): boolean {
  const { layout } = ctx;
  const { first, last } = sentenceBounds(ctx, i);
  const source = nounPhraseRight(layout, i + 1, last);
  if (!source || ctx.claimed[i]) return false;
  let head = -1;
  for (let k = source.first; k <= source.last; k++) if (EVIDENCE_NOUNS.has(layout.lower[k] ?? '')) { head = k; break; }
  if (head < 0) return false;
  let srcLast = source.last;
  if (layout.lower[srcLast + 1] === 'released' || layout.lower[srcLast + 1] === 'conducted' || layout.lower[srcLast + 1] === 'published') {
    while (srcLast + 1 <= last && !isPunct(layout.lower[srcLast + 1] ?? '.')) srcLast++;
  }
  const src: Range = { first: source.first, last: srcLast };
  let content: Range | null = null;
  if (i === first) {
    let k = src.last + 1;
    while (k <= last && layout.lower[k] === ',') k++;
    const end = contentLast(ctx, k, last);
    if (k <= end) content = { first: k, last: end };
  } else {
    content = contentBefore(ctx, i, first);
  }
  if (!content || !isFree(ctx, content)) return false;
  finish(ctx, { cue: { first: i, last: i }, source: src, content: [content], addressee: null }, into);
  return true;
}

/** Labels before a colon that are not speakers (`Update: …`, `Photo: …`). */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', 'photo', 'photos', 'video', 'source', 'sources', 'editor', 'watch', 'read', 'related',
  'correction', 'clarification', 'the latest', 'latest', 'breaking', 'exclusive', 'analysis', 'opinion', 'live',
  'listen', 'see', 'also', 'more', 'warning', 'disclosure', 'full text', 'transcript', 'poll', 'q', 'a',
]);

/**
 * `X: content` opening a paragraph — a headline (`Obama: I'm optimistic`) or a transcript line
 * (`Matthews: Well, …`): the name is the source, the colon the cue, the rest of the paragraph the content.
 */
function paragraphLabel(ctx: Context, start: number, into: Found[]): void {
  const { layout } = ctx;
  const paragraph = layout.paragraphOf[start];
  let first = start;
  if (OPEN_QUOTES.has(layout.lower[first] ?? '')) first++;
  for (let c = first + 1; c <= first + 6 && layout.paragraphOf[c] === paragraph; c++) {
    if (layout.lower[c] !== ':') continue;
    const label = layout.lower.slice(first, c).join(' ');
    if (NOT_SPEAKERS.has(label) || !/^\p{Lu}/u.test(layout.tokens[first]?.text ?? '') || DETERMINERS.has(layout.lower[first] ?? '')) return;
    for (let k = first; k < c; k++) {
      const t = layout.tokens[k]?.text ?? '';
      if (!/^\p{Lu}/u.test(t) && !NAME_JOINERS.has(t)) return; // a name: capitalised words joined by `of`, `at`, `and`
    }
    // nothing after the colon in this paragraph ("MORE FROM THE WASHINGTON POST:" closing a page): no content
    if (layout.paragraphOf[c + 1] !== paragraph) return;
    let end = c + 1;
    while (layout.tokens[end + 1] && layout.paragraphOf[end + 1] === paragraph) end++;
    end = contentLast(ctx, c + 1, end);
    if (end > c && !ctx.claimed[first]) finish(ctx, { cue: { first: c, last: c }, source: { first, last: c - 1 }, content: [{ first: c + 1, last: end }], addressee: null }, into);
    return;
  }
}

const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'at', 'and', 'for', '.', '-', '&', 'de', 'van', 'von', 'al', 'bin']);

/** Every attribution of the text, in text order of their cues. */
export function findAttributions(layout: Layout, quotes: readonly QuoteMarks[]): Found[] {
  const n = layout.tokens.length;
  const quoteOf = new Int32Array(n).fill(-1);
  quotes.forEach((q, index) => { for (let k = q.open; k <= q.close; k++) quoteOf[k] = index; });
  const ctx: Context = { layout, quotes, quoteOf, claimed: new Uint8Array(n), lastSource: null, cueMemo: new Int8Array(n).fill(-1) };
  const found: Found[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || layout.paragraphOf[i] !== layout.paragraphOf[i - 1]) paragraphLabel(ctx, i, found);
    if (ctx.claimed[i] || (quoteOf[i] ?? -1) >= 0) continue;
    if (layout.lower[i] === 'in' && inEvidence(ctx, i, found)) continue;
    const cue = cueOf(ctx, i);
    if (!cue || !isFree(ctx, cue)) continue;
    if (layout.lower[i] === 'according') { according(ctx, cue, found); i = cue.last; continue; }
    const frame = frameAt(ctx, cue);
    if (frame) finish(ctx, frame, found);
    i = cue.last;
  }
  return found;
}

/** The frame of a verb cue: reversed when nothing follows it, else forward. */
function frameAt(ctx: Context, cue: Range): Found | null {
  const { layout } = ctx;
  const { first, last } = sentenceBounds(ctx, cue.first);
  const prev = layout.lower[cue.first - 1] ?? '';
  const after = cue.last + 1;
  const bare = rightIsBare(ctx, after, last);

  const cueWord = layout.lower[cue.first] ?? '';
  if (cueWord === 'asked' && (cue.first === first || prev === 'when' || prev === 'if' || prev === 'after' || prev === 'as')) {
    // `Asked whether …, Trump said …` / `… when asked about …`: a question without a stated asker
    let end = after;
    while (end + 1 <= last && layout.lower[end + 1] !== ',' && !TERMINALS.has(layout.lower[end + 1] ?? '')) end++;
    return after <= end ? { cue, source: null, content: [{ first: after, last: end }], addressee: null } : null;
  }
  const passive = passiveFrame(ctx, cue, first, last);
  if (passive) return passive;

  // `"…," said X` / `…, said the spokesman.`: the source after the cue ends the sentence or takes a relative clause
  if ((prev === ',' || CLOSE_QUOTES.has(prev) || closesQuote(ctx, cue.first - 1)) && cue.first > first && INVERTING_LEMMAS.has(CUE_LEMMA.get(cueWord) ?? '')) {
    const source = nounPhraseRight(layout, after, last);
    const contentLeft = contentBefore(ctx, cue.first, first);
    const tail = source ? source.last + 1 : after;
    const tailWord = layout.lower[tail] ?? '.';
    const endsThere = tail > last || TERMINALS.has(tailWord) || tailWord === ',' || tailWord === 'who' || CLOSE_QUOTES.has(tailWord) || tailWord === ';' || tailWord === '—' || shortTrailer(layout, tail, last);
    const opener = layout.lower[after] ?? '';
    const nameLike = source !== null && !PP_STARTS.has(opener) && !opener.endsWith('ing') && (DETERMINERS.has(layout.lower[after] ?? '') || source.first === source.last || layout.tokens.slice(source.first, source.last + 1).some((t) => /^\p{Lu}/u.test(t.text)));
    if (source && contentLeft && endsThere && !TIME_WORDS.has(layout.lower[source.first] ?? '') && nameLike) {
      const content = [contentLeft];
      const split = layout.lower[tail] === ',' ? quoteOpeningAt(ctx, tail + 1) : null;
      if (split) content.push(quoteRange(split));
      else if (quoteOf(ctx, contentLeft.first)) {
        const more = followingQuotes(ctx, layout.sentenceOf[cue.first]!);
        if (more) content.push(more);
      }
      return { cue, source: appositiveRight(ctx, source, last), content, addressee: null };
    }
  }

  let j = skipModifiersLeft(layout, cue.first - 1, first);
  if (isGerundCue(cueWord) && ASPECT_VERBS.has(layout.lower[j] ?? '')) j = skipModifiersLeft(layout, j - 1, first);
  let source: Range | null = null;
  if (j >= first) {
    const mark = layout.lower[j] ?? '';
    if ((mark === ',' || mark === '—' || mark === '--' || mark === '–') && j - 1 >= first) {
      if (!isGerundCue(layout.lower[cue.first] ?? '')) {
        // `X, a spokesman for Y, said` / `X, who runs Y, said` / `X — a teacher — says`: the phrase before the
        // matching comma or dash heads the source
        let k = j - 1;
        while (k >= first && k > j - 16 && layout.lower[k] !== mark) k--;
        const head = k > first && layout.lower[k] === mark ? nounPhraseLeft(layout, k - 1, first) : null;
        if (head && !ctx.claimed[head.first]) source = { first: head.first, last: j - 1 };
      }
    } else if (layout.lower[j] === 'to') {
      // `went on to say`, `continues to tell`, `was quick to deny`: the subject of the verb before `to`
      let k = j - 1;
      let steps = 0;
      while (k >= first && steps < 4 && /^\p{Ll}/u.test(layout.tokens[k]?.text ?? '') && !DETERMINERS.has(layout.lower[k] ?? '') && !SUBJECT_PRONOUNS.has(layout.lower[k] ?? '')) { k--; steps++; }
      k = skipModifiersLeft(layout, k, first);
      if (k >= first && k < j - 1) source = nounPhraseLeft(layout, k, first);
    } else {
      source = nounPhraseLeft(layout, j, first);
    }
  }
  if (source && ctx.claimed[source.first]) source = null;

  // reversed: `CONTENT, X said.` / `"CONTENT," X said, "MORE."` — also with a longer tail when a quotation
  // ends right before the speaker (`"You bet," Christie said when asked …`)
  const quoteJustBefore = source !== null && source.first > first && closesQuote(ctx, source.first - 1);
  const rightOpens = OPEN_QUOTES.has(layout.lower[after] ?? '') || layout.lower[after] === 'that' || layout.lower[after] === ':';
  if (source && (bare || (quoteJustBefore && !rightOpens)) && source.first > first) {
    const before = layout.lower[source.first - 1] ?? '';
    if (before === ',' || CLOSE_QUOTES.has(before) || before === '—' || closesQuote(ctx, source.first - 1)) {
      const contentLeft = contentBefore(ctx, source.first, first);
      if (contentLeft) {
        const content = [contentLeft];
        const split = layout.lower[after] === ',' ? quoteOpeningAt(ctx, after + 1) : null;
        if (split) content.push(quoteRange(split));
        else if (layout.lower[after] === ',' && after + 1 <= contentLast(ctx, after + 1, last) && (ctx.quoteOf[contentLeft.first] ?? -1) < 0) {
          content.push({ first: after + 1, last: contentLast(ctx, after + 1, last) }); // `The plan, he said, is bad.`
        } else if (quoteOf(ctx, contentLeft.first)) {
          const more = followingQuotes(ctx, layout.sentenceOf[cue.first]!);
          if (more) content.push(more);
        }
        return { cue, source, content, addressee: null };
      }
    }
  }

  // the subject of a participle or a coordinated verb is the speaker of the sentence's previous
  // attribution, else the sentence subject (`Trump hit back, saying …`, `He praised X and said …`)
  if (!source && j >= first && (layout.lower[j] === ',' || layout.lower[j] === 'and' || layout.lower[j] === 'but')) {
    const previous = ctx.lastSource;
    source = previous && previous.first >= first && previous.last < cue.first ? previous : sentenceSubject(ctx, first, cue.first - 1);
  }

  // forward content
  let k = after;
  let addressee: Range | null = null;
  const lemma = CUE_LEMMA.get(layout.lower[cue.first] ?? '') ?? '';
  if (ADDRESSEE_LEMMAS.has(lemma) && k <= last && isNounish(layout, k) && layout.lower[k] !== 'that') {
    addressee = nounPhraseRight(layout, k, last);
    // `told reporters the …` always names the addressee; `warned the US has …` only when a clause marker follows
    const next = layout.lower[(addressee?.last ?? k) + 1] ?? '.';
    if (addressee && lemma !== 'tell' && !AFTER_ADDRESSEE.has(next) && !OPEN_QUOTES.has(next) && !TERMINALS.has(next)) addressee = null;
    if (addressee) k = addressee.last + 1;
  }
  // `said on Monday that …`, `said in a statement that …`; without `that`, the same phrase before a clause
  let lead = k;
  for (let m = k; m <= Math.min(last, k + 8); m++) {
    const w = layout.lower[m] ?? '';
    if (w === 'that') { k = m; lead = -1; break; }
    if (!BEFORE_THAT.has(w) && !TIME_WORDS.has(w) && !/^\p{Lu}/u.test(layout.tokens[m]?.text ?? '')) break;
    lead = m + 1;
  }
  if (lead > k && lead <= last && CLAUSE_OPENERS.has(layout.lower[lead] ?? '')) k = lead;
  while (k <= last && (layout.lower[k] === ':' || layout.lower[k] === ',')) k++;
  const restEnd = contentLast(ctx, k, last);
  if (k > last || restEnd < k || (k === restEnd && isPunct(layout.lower[k] ?? ''))) {
    // `X said:` closing its sentence or paragraph: the content is the quotation or sentence that follows
    const next = last + 1;
    if (next >= layout.tokens.length || ctx.claimed[next]) return null;
    const q = quoteOpeningAt(ctx, next);
    if (q) return { cue, source, content: [quoteRange(q)], addressee };
    if (layout.lower[cue.last + 1] !== ':' && layout.lower[last] !== ':') return null;
    const nb = sentenceBounds(ctx, next);
    return { cue, source, content: [{ first: nb.first, last: contentLast(ctx, nb.first, nb.last) }], addressee };
  }
  // `said on "Meet the Press":` / `released the following statement:` — the quotation that follows is the content
  const circumstance = PP_STARTS.has(layout.lower[k] ?? '') && !quoteOf(ctx, last) && CUE_LEMMA.get(cueWord) === 'say';
  if ((layout.lower[last] === ':' || circumstance) && !quoteOpeningAt(ctx, k) && !layout.lower.slice(k, last).includes('that')) {
    const nextQuote = last + 1 < layout.tokens.length && !ctx.claimed[last + 1] ? quoteOpeningAt(ctx, last + 1) : null;
    if (nextQuote) return { cue, source, content: [quoteRange(nextQuote)], addressee };
  }
  const q = quoteOpeningAt(ctx, k);
  let end = cutBeforeNextCue(ctx, k, contentLast(ctx, k, last));
  if (q && q.close > end) end = q.close; // a quotation running over sentences or paragraphs
  if (!source && !q) return null;
  return { cue, source, content: [{ first: k, last: end }], addressee };
}

/**
 * Forward content stops at the clause boundary before another cue of the sentence
 * (`praised Rubio's record and said …`, `calling himself X, Mr. Trump said, …`), so that cue keeps its own
 * attribution; a cue with no boundary before it is reported speech inside this content and stays.
 */
function cutBeforeNextCue(ctx: Context, from: number, end: number): number {
  let boundary = -1;
  for (let m = from + 1; m <= end; m++) {
    const w = ctx.layout.lower[m] ?? '';
    const q = ctx.quoteOf[m] ?? -1;
    if (q >= 0) {
      // `…, that there is “one candidate,” adding …`: a quotation closing on a comma ends a clause
      if ((ctx.quotes[q] as QuoteMarks).close === m && ctx.layout.lower[m - 1] === ',') boundary = m;
      continue;
    }
    if (w === ',' || w === 'and' || w === 'but' || w === ';' || w === '—') { boundary = m; continue; }
    // a passive (`would be answered`) belongs to the content's own clause
    if (boundary > from && !BE_FORMS.has(ctx.layout.lower[m - 1] ?? '') && cueOf(ctx, m)) {
      if ((ctx.quoteOf[boundary] ?? -1) >= 0) return boundary;
      let b = boundary - 1;
      while (b > from && (ctx.layout.lower[b] === ',' || ctx.layout.lower[b] === 'and')) b--;
      return b;
    }
  }
  return end;
}

/**
 * `X was asked …`, `X is expected to …`, `X appeared paralysed`: no speaker unless `by Y` names one;
 * the content is the subject and what follows the cue.
 */
function passiveFrame(ctx: Context, cue: Range, first: number, last: number): Found | null {
  const { layout } = ctx;
  const word = layout.lower[cue.first] ?? '';
  let j = cue.first - 1;
  while (j >= first && CUE_MODIFIERS.has(layout.lower[j] ?? '') && !BE_FORMS.has(layout.lower[j] ?? '')) j--;
  const afterBe = j >= first && BE_FORMS.has(layout.lower[j] ?? '') && (word.endsWith('ed') || RAISING_FORMS.has(word) || word === 'told' || word === 'asked');
  const raising = /^(?:seem|appear)/.test(word);
  if (!afterBe && !raising) return null;
  let s = afterBe ? j - 1 : j;
  while (s >= first && CUE_MODIFIERS.has(layout.lower[s] ?? '')) s--;
  const subject = s >= first ? nounPhraseLeft(layout, s, first) : null;
  let k = cue.last + 1;
  let source: Range | null = null;
  if (layout.lower[k] === 'by') {
    source = nounPhraseRight(layout, k + 1, last);
    if (source) k = source.last + 1;
  }
  const content: Range[] = [];
  if (subject && !ctx.claimed[subject.first]) content.push(subject);
  while (k <= last && (layout.lower[k] === ',' || layout.lower[k] === ':')) k++;
  const end = k <= last ? cutBeforeNextCue(ctx, k, contentLast(ctx, k, last)) : -1;
  if (k <= end) content.push({ first: k, last: end });
  if (content.length === 0) return null;
  return { cue, source, content, addressee: null };
}

/**
 * `…, said an analyst to DW.`, `…, wrote the senator on Twitter.`: a short `to`/`on`/`in` phrase may
 * close an inverted attribution (the addressee or the medium); at most four words, then the sentence ends.
 */
function shortTrailer(layout: Layout, tail: number, last: number): boolean {
  if (!TRAILER_PREPOSITIONS.has(layout.lower[tail] ?? '')) return false;
  for (let k = tail + 1; k <= Math.min(last, tail + 5); k++) {
    const w = layout.lower[k] ?? '';
    if (TERMINALS.has(w) || k === last) return k > tail + 1;
    if (!/[\p{L}\p{N}]/u.test(w)) return false;
  }
  return false;
}
const TRAILER_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'in']);

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);

/** Words that open a fronted phrase before the subject (`At a rally in Ames, Clinton …`). */
const FRONTING: ReadonlySet<string> = new Set(['at', 'in', 'on', 'after', 'during', 'when', 'while', 'as', 'for', 'with', 'before', 'since', 'despite', 'following', 'speaking', 'earlier', 'later', 'but', 'and', 'yet', 'still', 'however', 'meanwhile', 'instead']);

/** The subject of a sentence: its first noun phrase after a dateline and a fronted phrase. */
function sentenceSubject(ctx: Context, first: number, ceiling: number): Range | null {
  const { layout } = ctx;
  let k = first;
  // dateline `WASHINGTON (AFP) —`
  for (let d = first; d <= Math.min(ceiling, first + 6); d++) {
    const w = layout.lower[d] ?? '';
    if (w === '—' || w === '--' || w === '-' || w === '–') { k = d + 1; break; }
  }
  if (FRONTING.has(layout.lower[k] ?? '')) {
    let c = k;
    while (c <= ceiling && layout.lower[c] !== ',') c++;
    if (c < ceiling && FRONTING.has(layout.lower[k] ?? '') && !['but', 'and', 'yet'].includes(layout.lower[k] ?? '')) k = c + 1;
    else if (['but', 'and', 'yet', 'still', 'however', 'meanwhile', 'instead'].includes(layout.lower[k] ?? '')) k++;
  }
  while (k <= ceiling && isPunct(layout.lower[k] ?? '')) k++;
  return k <= ceiling ? nounPhraseRight(layout, k, ceiling) : null;
}

function isGerundCue(word: string): boolean {
  return word.endsWith('ing');
}

/** True when token k is the closing mark of a quotation. */
function closesQuote(ctx: Context, k: number): boolean {
  const q = ctx.quoteOf[k] ?? -1;
  return q >= 0 && (ctx.quotes[q] as QuoteMarks).close === k;
}

function quoteOf(ctx: Context, k: number): boolean {
  return (ctx.quoteOf[k] ?? -1) >= 0;
}

/** A source after its cue takes an appositive up to the sentence end (`said Kristen Day, director of X.`). */
function appositiveRight(ctx: Context, source: Range, last: number): Range {
  const { layout } = ctx;
  if (layout.lower[source.last + 1] !== ',') return source;
  const appositive = nounPhraseRight(layout, source.last + 2, last);
  if (!appositive) return source;
  const after = layout.lower[appositive.last + 1] ?? '.';
  return TERMINALS.has(after) || appositive.last + 1 > last ? { first: source.first, last: appositive.last } : source;
}
