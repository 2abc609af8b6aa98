/**
 * Token-level indexes over one document that the resolution steps share: words, gazetteer hits by
 * first/last token, name spans by last token, sentence starts.
 */
import type { EntityType, Token } from '../../model/index.ts';
import type { StageInput } from '../stage-input.ts';
import { matchGazetteer } from '../gazetteer/index.ts';
import type { GazetteerMatch } from '../gazetteer/index.ts';

/** A name span on token boundaries: tokens `[ts, te)`, characters `[start, end)`. */
export interface Candidate {
  start: number;
  end: number;
  ts: number;
  te: number;
  type: EntityType;
  text: string;
  /** Set when the span came from the gazetteer or an acronym rather than the tagger. */
  from: 'tagger' | 'gazetteer' | 'acronym';
}

export class DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  private readonly gazByStart = new Map<number, GazetteerMatch>();
  private readonly gazByEnd = new Map<number, GazetteerMatch>();
  /** Multi-token hits by each of their tokens after the first. */
  private readonly gazInside = new Map<number, GazetteerMatch>();
  private readonly namesByEnd = new Map<number, Candidate>();
  private readonly namesByStart = new Map<number, Candidate>();
  private readonly sentenceStartOfToken: Int32Array;
  private readonly sentenceEndOfToken: Int32Array;

  constructor(input: StageInput) {
    this.text = input.doc.text;
    this.tokens = input.tokens;
    // The document's gazetteer matches, when annotate has matched them once for the tagger already.
    const shared = input.gazetteer;
    this.words = shared ? shared.words : input.tokens.map((t) => t.text);
    for (const m of shared ? shared.matches : matchGazetteer(this.words)) {
      this.gazByStart.set(m.start, m);
      this.gazByEnd.set(m.end - 1, m);
      if (m.end - m.start > 1) for (let i = m.start + 1; i < m.end; i++) this.gazInside.set(i, m);
    }
    this.sentenceStartOfToken = new Int32Array(this.tokens.length);
    this.sentenceEndOfToken = new Int32Array(this.tokens.length);
    let s = 0;
    let sentenceFirst = 0;
    const sentences = input.sentences;
    for (let i = 0; i < this.tokens.length; i++) {
      const start = (this.tokens[i] as Token).start;
      while (s < sentences.length && (sentences[s] as { end: number }).end <= start) {
        s++;
        sentenceFirst = i;
      }
      this.sentenceStartOfToken[i] = sentenceFirst;
    }
    // Sentence ends: walk backwards, a new sentence starts where the start index changes.
    let end = this.tokens.length;
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      this.sentenceEndOfToken[i] = end;
      if (this.sentenceStartOfToken[i] === i) end = i;
    }
  }

  /** One past the last token of the sentence of token `i`. */
  sentenceEnd(i: number): number {
    return this.sentenceEndOfToken[i] ?? this.tokens.length;
  }

  gazetteerStartingAt(i: number): GazetteerMatch | undefined {
    return this.gazByStart.get(i);
  }

  gazetteerEndingAt(i: number): GazetteerMatch | undefined {
    return this.gazByEnd.get(i);
  }

  /** The gazetteer hit that covers token `i`, if any. */
  gazetteerCovering(i: number): GazetteerMatch | undefined {
    return this.gazByStart.get(i) ?? this.gazInside.get(i);
  }

  gazetteerMatches(): IterableIterator<GazetteerMatch> {
    return this.gazByStart.values();
  }

  setNames(names: readonly Candidate[]): void {
    this.namesByEnd.clear();
    this.namesByStart.clear();
    for (const n of names) {
      this.namesByEnd.set(n.te - 1, n);
      this.namesByStart.set(n.ts, n);
    }
  }

  nameStartingAt(i: number): Candidate | undefined {
    return this.namesByStart.get(i);
  }

  nameEndingAt(i: number): Candidate | undefined {
    return this.namesByEnd.get(i);
  }

  sentenceStart(i: number): number {
    return this.sentenceStartOfToken[i] ?? 0;
  }

  /** Document text from the start of token `from` to the end of token `to - 1`. */
  textOf(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b ? this.text.slice(a.start, b.end) : '';
  }

  /** First token whose start is ≥ `offset` (tokens.length when none). */
  tokenAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
