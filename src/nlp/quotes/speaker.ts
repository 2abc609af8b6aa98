/**
 * Resolves a source span to a document-local entity: a named mention inside the span; a personal
 * pronoun or a role noun to the last fitting speaker or person named before; an organisation
 * name to the organisation. Call `resolve` in text order of the quotes; each call is O(log m) plus
 * the mentions it passes.
 */
import type { Entity, Mention, Span } from '../../model/index.ts';
import { COMPLEMENT_PREPOSITIONS, PERSON_PRONOUNS } from './words.ts';

const ORG_LIKE = new Set(['ORG', 'GPE', 'NORP', 'FACILITY']);
const PLURAL_PRONOUNS = new Set(['they', 'it', 'we']);
/** A relative clause inside a speaker phrase: what follows is not the speaker (`…, an analyst who tracked X`). */
const RELATIVE_CLAUSE = /[\s,](?:who|whom|whose|which|that)\s/i;
const POSSESSIVE = /^['’]s?/;

export class SpeakerResolver {
  private readonly mentions: readonly Mention[];
  private readonly entities: ReadonlyMap<string, Entity>;
  private next = 0;
  /** Last person mentioned so far (entity id), and last with each role word. */
  private lastPerson: string | null = null;
  private readonly lastByRole = new Map<string, string>();
  private lastPersonSpeaker: string | null = null;
  private lastOrgSpeaker: string | null = null;
  private lastOrg: string | null = null;

  private readonly text: string;

  constructor(text: string, mentions: readonly Mention[], entities: readonly Entity[]) {
    this.text = text;
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
    this.entities = new Map(entities.map((e) => [e.id, e]));
  }

  /** Reads mentions that start before `offset` into the recency memory. */
  private advance(offset: number): void {
    while (this.next < this.mentions.length && (this.mentions[this.next] as Mention).start < offset) {
      const m = this.mentions[this.next] as Mention;
      const e = this.entities.get(m.entity);
      if (e?.type === 'PERSON') {
        this.lastPerson = e.id;
        for (const role of e.roles) for (const word of role.title.toLowerCase().split(/\s+/)) this.lastByRole.set(word, e.id);
      } else if (e && ORG_LIKE.has(e.type)) this.lastOrg = e.id;
      this.next++;
    }
  }

  /** Entity id for the source `span` whose text is `text`, or null. */
  resolve(span: Span, text: string): string | null {
    this.advance(span.start);
    const inside = this.mentionsInside(span);
    this.advance(span.end);
    let id: string | null = inside.length > 0 ? this.headOf(span, text, inside) : null;
    if (id === null) {
      const words = text.toLowerCase().split(/\s+/);
      const head = words[words.length - 1] ?? '';
      if (words.length === 1 && PERSON_PRONOUNS.has(head)) id = this.lastPersonSpeaker ?? this.lastPerson;
      else if (words.length === 1 && PLURAL_PRONOUNS.has(head)) id = this.lastOrgSpeaker;
      else if (words.length <= 4 && (inside.length === 0 || /^the\s/i.test(text))) {
        id = this.lastByRole.get(head) ?? (this.isRoleLike(head) ? this.lastPersonSpeaker : null);
      }
    }
    const e = id ? this.entities.get(id) : undefined;
    if (e?.type === 'PERSON') this.lastPersonSpeaker = e.id;
    else if (e && ORG_LIKE.has(e.type)) this.lastOrgSpeaker = e.id;
    return id;
  }

  /**
   * The entity a speaker phrase is about, from the mentions inside it. A person who heads the phrase
   * wins over the organisations and places that modify it (`Defense Secretary Mark Esper`, `Iran's UN
   * ambassador, Majid Takht Ravanchi`); mentions inside a relative clause or a prepositional complement
   * (`an adviser to X`, `who tracked X`) are not the speaker. Without a person, the last organisation
   * that is not a possessor heads (`Iran's Revolutionary Guard`), else the possessor (`Iran's foreign
   * minister`). A definite role noun modified by a name (`the EU official`) is left to role anaphora
   * (null here). Null when only complements are named.
   */
  private headOf(span: Span, text: string, inside: readonly Mention[]): string | null {
    const relative = RELATIVE_CLAUSE.exec(text);
    const cut = relative ? span.start + relative.index : span.end;
    const heads: { readonly m: Mention; readonly e: Entity; readonly possessor: boolean }[] = [];
    let complementPerson = false;
    let complementOrg: string | null = null;
    for (const m of inside) {
      const e = this.entities.get(m.entity);
      if (!e) continue;
      if (m.start >= cut || this.isComplement(m, span.start, inside)) {
        if (e.type === 'PERSON') complementPerson = true;
        else if (m.start < cut && ORG_LIKE.has(e.type)) complementOrg ??= e.id;
        continue;
      }
      heads.push({ m, e, possessor: POSSESSIVE.test(this.text.slice(m.end, m.end + 2)) });
    }
    const person = heads.find((h) => h.e.type === 'PERSON');
    if (person) return person.e.id;
    const tail = this.text.slice(Math.max(span.start, heads[heads.length - 1]?.m.end ?? span.start), span.end).toLowerCase().trim();
    const tailWords = tail.split(/\s+/);
    const headWord = tailWords[tailWords.length - 1] ?? '';
    const others = heads.filter((h) => ORG_LIKE.has(h.e.type));
    const plain = others.filter((h) => !h.possessor);
    // `the EU official`, `the party lawmaker`: a named modifier of a definite role noun — the person meant
    // was named before (role anaphora in `resolve`)
    if (plain.length > 0 && plain.length === others.length && /^the\s/i.test(text) && ROLE_NOUNS.has(headWord) && tailWords.length <= 3) return null;
    const chosen = plain[plain.length - 1] ?? others[others.length - 1];
    if (chosen) return chosen.e.id;
    if (complementPerson) return null;
    return complementOrg ?? heads[0]?.e.id ?? null;
  }

  /**
   * Whether mention `m` is the object of a preposition inside the phrase (`to the United Nations`,
   * `to Iran's Khamenei`): the word before it, skipping articles and a possessor, is a preposition.
   */
  private isComplement(m: Mention, phraseStart: number, inside: readonly Mention[]): boolean {
    let at = m.start;
    for (let guard = 0; guard < 6 && at > phraseStart; guard++) {
      const before = this.text.slice(phraseStart, at);
      const word = /(\S+)\s*$/u.exec(before);
      if (!word) return false;
      const w = (word[1] ?? '').toLowerCase();
      const wordStart = phraseStart + word.index;
      if (COMPLEMENT_PREPOSITIONS.has(w)) return true;
      if (w === 'the' || w === 'a' || w === 'an') { at = wordStart; continue; }
      if (/['’]s?$/.test(w)) {
        // a possessor (`to Iran's Khamenei`): go on from before its mention, or before the owning word
        const ownerEnd = wordStart + w.replace(/['’]s?$/, '').length;
        const owner = inside.find((o) => o.end === ownerEnd);
        at = owner ? owner.start : wordStart;
        continue;
      }
      return false;
    }
    return false;
  }

  /** Mentions lying inside `span`, in text order (binary search over mentions sorted by start). */
  private mentionsInside(span: Span): Mention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as Mention).start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let k = lo; k < this.mentions.length && (this.mentions[k] as Mention).start < span.end; k++) {
      const m = this.mentions[k] as Mention;
      if (m.end <= span.end) out.push(m);
    }
    return out;
  }

  /** A role noun the entity stage did not record (`the diplomat`) still points at a person. */
  private isRoleLike(word: string): boolean {
    return ROLE_NOUNS.has(word);
  }
}

/** Role nouns that name a person (data; `the diplomat wrote` → the last person speaker). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'diplomat', 'general', 'commander', 'secretary', 'senator', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'leader', 'ambassador', 'governor', 'mayor', 'chief', 'director', 'envoy', 'premier',
  'chancellor', 'king', 'prince', 'ayatollah', 'cleric', 'candidate', 'lawmaker', 'congressman', 'congresswoman',
  'representative', 'adviser', 'advisor', 'aide', 'analyst', 'professor', 'expert', 'economist', 'billionaire',
  'businessman', 'mogul', 'nominee', 'frontrunner', 'front-runner', 'democrat', 'republican', 'senator', 'officer',
  'colonel', 'admiral', 'sergeant', 'judge', 'attorney', 'lawyer', 'chairman', 'chairwoman', 'ceo', 'founder',
]);
