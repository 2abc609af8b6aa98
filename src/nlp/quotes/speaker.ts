/**
 * Resolves a source span to a document-local entity: the mention heading the span (a person over the
 * organisations and places modifying it; not a mention inside a prepositional complement or a relative
 * clause); a personal pronoun to the more recent of the last person speaker and the last person heading
 * a sentence; `they`/`it`/`we` likewise to the last organisation speaker or organisation heading a sentence;
 * `which`/`who` to the name just before; a role noun (`the diplomat`) to the nearest holder
 * of that role or role class, or to an earlier speaker phrase with the same head noun. Call `resolve` in
 * text order of the quotes; each call is O(log m) plus the mentions it passes.
 * Rules developed on the seeds' error list (speaker shapes only) and invented cases in test/nlp/quotes/.
 */
import type { Entity, Mention, Span } from '../../model/index.ts';
import { ROLE_CLASS, ROLE_NOUNS } from './roles.ts';
import { COMPLEMENT_PREPOSITIONS, PERSON_PRONOUNS } from './words.ts';

const ORG_LIKE = new Set(['ORG', 'GPE', 'NORP', 'FACILITY']);
const PLURAL_PRONOUNS = new Set(['they', 'it', 'we']);
/** A relative clause inside a speaker phrase: what follows is not the speaker (`…, an analyst who tracked X`). */
const RELATIVE_CLAUSE = /[\s,](?:who|whom|whose|which|that)\s/i;
const POSSESSIVE = /^['’]s?/;
/** Lower-case words that may stand before a sentence's subject (`Top US diplomat`, `Secretary of State`). */
const LEAD_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'top', 'former', 'senior', 'deputy', 'prime', 'foreign', 'supreme', 'national', 'security', 'defense', 'defence', 'political', 'party', 'militia', 'state', 'news', 'chief', "'s", '’s']);

/** How far back (characters) a role noun may point to its holder, and to an earlier phrase with the same head noun. */
const ROLE_REACH = 1200;
const HEAD_NOUN_REACH = 400;

/** An entity remembered with the offset where it was last seen. */
interface Seen {
  readonly id: string | null;
  readonly at: number;
}

export class SpeakerResolver {
  private readonly text: string;
  private readonly mentions: readonly Mention[];
  private readonly entities: ReadonlyMap<string, Entity>;
  private next = 0;
  /** Last person mentioned so far (entity id). */
  private lastPerson: string | null = null;
  /** Last person named at the head of a sentence (`Top diplomat Jane Doe struck a conciliatory tone.`). */
  private lastLeadPerson: Seen | null = null;
  /** Last person holding each role word or role class (`diplomat` also for an ambassador). */
  private readonly lastByRole = new Map<string, Seen>();
  /** The entity (or none) of the last speaker phrase headed by each role noun (`a US official` → US). */
  private readonly lastByHeadNoun = new Map<string, Seen>();
  private lastPersonSpeaker: Seen | null = null;
  private lastOrgSpeaker: Seen | null = null;
  /** Last country, body or group named at the head of a sentence (`The Iraqi military slammed …`). */
  private lastLeadOrg: Seen | null = null;

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
        const seen = { id: e.id, at: m.start };
        for (const role of e.roles) {
          for (const word of role.title.toLowerCase().split(/\s+/)) {
            this.lastByRole.set(word, seen);
            const kind = ROLE_CLASS.get(word);
            if (kind) this.lastByRole.set(kind, seen);
          }
        }
        if (this.leadsSentence(m.start)) this.lastLeadPerson = seen;
      } else if (e && ORG_LIKE.has(e.type) && this.leadsSentence(m.start)) {
        this.lastLeadOrg = { id: e.id, at: m.start };
      }
      this.next++;
    }
  }

  /**
   * Whether a mention at `start` is the subject at the head of its sentence: only a clock time,
   * capitalised words and title words stand before it (`13:47 US Secretary of State Jane Doe is …`).
   */
  private leadsSentence(start: number): boolean {
    const from = Math.max(0, start - 80);
    const before = this.text.slice(from, start);
    const boundary = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’']?\s+[^.!?]*$/));
    if (boundary < 0 && from > 0) return false;
    const lead = before.slice(boundary + 1).replace(/^[.!?"”’'\s]+/, '');
    if (lead.includes(',')) return false;
    const words = lead.split(/\s+/).filter((w) => w.length > 0);
    return words.length <= 8 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || LEAD_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()));
  }

  /** Entity id for the source `span` whose text is `text`, or null. */
  resolve(span: Span, text: string): string | null {
    this.advance(span.start);
    const inside = this.mentionsInside(span);
    this.advance(span.end);
    let id: string | null = inside.length > 0 ? this.headOf(span, text, inside) : null;
    const words = text.toLowerCase().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    const definite = /^the\s/i.test(text);
    if (id === null) {
      if (words.length === 1 && (head === 'which' || head === 'who')) id = this.antecedent(span.start, head === 'who');
      else if (words.length === 1 && PERSON_PRONOUNS.has(head)) id = this.pronounPerson();
      else if (words.length === 1 && PLURAL_PRONOUNS.has(head)) id = this.pronounGroup();
      else if (words.length <= 4 && (inside.length === 0 || definite)) id = this.roleReference(head, definite, span.start);
    }
    const e = id ? this.entities.get(id) : undefined;
    if (e?.type === 'PERSON') {
      this.lastPersonSpeaker = { id: e.id, at: span.start };
      if (inside.length > 0) this.rememberRoles(words, e.id, span.start);
    }
    else if (e && ORG_LIKE.has(e.type)) this.lastOrgSpeaker = { id: e.id, at: span.start };
    if (ROLE_NOUNS.has(head) && words.length > 1) this.lastByHeadNoun.set(head, { id, at: span.start });
    return id;
  }

  /** `X, which said …` / `X, who said …`: the name just before the relative pronoun (a person for `who`). */
  private antecedent(offset: number, person: boolean): string | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as Mention).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const m = this.mentions[lo - 1];
    if (!m || !/^[\s,]*$/.test(this.text.slice(m.end, offset)) || offset - m.end > 3) return null;
    const e = this.entities.get(m.entity);
    if (!e || (person ? e.type !== 'PERSON' : !ORG_LIKE.has(e.type))) return null;
    return e.id;
  }

  /** `he`, `she`: the more recent of the last person speaker and the last person heading a sentence. */
  private pronounPerson(): string | null {
    const speaker = this.lastPersonSpeaker;
    const lead = this.lastLeadPerson;
    if (speaker && lead) return (lead.at > speaker.at ? lead : speaker).id;
    return speaker?.id ?? lead?.id ?? this.lastPerson;
  }

  /** `they`, `it`, `we`: the more recent of the last organisation speaker and the last organisation heading a sentence. */
  private pronounGroup(): string | null {
    const speaker = this.lastOrgSpeaker;
    const lead = this.lastLeadOrg;
    if (speaker && lead) return (lead.at > speaker.at ? lead : speaker).id;
    return speaker?.id ?? lead?.id ?? null;
  }

  /**
   * `the diplomat`, `the official`: the most recent of the person holding that role (or one of its
   * class: an ambassador is a diplomat) and the speaker of an earlier phrase with the same head noun
   * (`a US official said … the official told`); else, for a known role noun, the last person speaker.
   */
  private roleReference(head: string, definite: boolean, at: number): string | null {
    const kind = ROLE_CLASS.get(head);
    const near = (c: Seen | undefined, reach: number): c is Seen => c !== undefined && at - c.at <= reach;
    const candidates = [this.lastByRole.get(head), kind ? this.lastByRole.get(kind) : undefined].filter((c) => near(c, ROLE_REACH));
    const sameHead = definite ? this.lastByHeadNoun.get(head) : undefined;
    if (near(sameHead, HEAD_NOUN_REACH)) candidates.push(sameHead);
    if (candidates.length > 0) return candidates.reduce((a, b) => (b.at > a.at ? b : a)).id;
    return this.isRoleLike(head) ? this.lastPersonSpeaker?.id ?? null : null;
  }

  /** A speaker phrase that names a person also tells her roles (`Ambassador to the UN Jane Doe said`). */
  private rememberRoles(words: readonly string[], id: string, at: number): void {
    const seen = { id, at };
    for (const word of words) {
      if (!ROLE_NOUNS.has(word) && !ROLE_CLASS.has(word)) continue;
      this.lastByRole.set(word, seen);
      const kind = ROLE_CLASS.get(word);
      if (kind) this.lastByRole.set(kind, seen);
    }
  }

  /**
   * The entity a speaker phrase is about, from the mentions inside it. A person who heads the phrase
   * wins over the organisations and places that modify it (`Defense Secretary Jane Doe`, `Norland's UN
   * envoy, Jane Doe`); mentions inside a relative clause or a prepositional complement
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
    // English noun phrases are right-headed (`Chatham House expert Jane Doe`): the last person before an
    // appositive comma heads; else the first person of the appositive (`Iran's envoy, Jane Doe,`)
    const comma = text.indexOf(',');
    const commaAt = comma < 0 ? span.end : span.start + comma;
    const persons = heads.filter((h) => h.e.type === 'PERSON');
    const person = persons.filter((h) => h.m.start < commaAt).pop() ?? persons[0];
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
   * Whether mention `m` is the object of a preposition inside the phrase (`an aide to Prime Minister
   * X`, `an adviser to Iran's X`): going left over articles, a possessor and capitalised title words,
   * the next word is a preposition. A preposition inside a capitalised title (`Secretary of State X`,
   * `Ambassador to the United Nations X`) does not count.
   */
  private isComplement(m: Mention, phraseStart: number, inside: readonly Mention[]): boolean {
    let at = m.start;
    for (let guard = 0; guard < 12 && at > phraseStart; guard++) {
      const word = /(\S+)\s*$/u.exec(this.text.slice(phraseStart, at));
      if (!word) return false;
      const w = (word[1] ?? '').replace(/,$/, '');
      const lower = w.toLowerCase();
      const wordStart = phraseStart + word.index;
      if (COMPLEMENT_PREPOSITIONS.has(lower)) {
        const before = /(\S+)\s*$/u.exec(this.text.slice(phraseStart, wordStart));
        if (before && /^\p{Lu}/u.test(before[1] ?? '') && !/,$/.test(before[1] ?? '')) { at = phraseStart + before.index; continue; }
        return true;
      }
      if (lower === 'the' || lower === 'a' || lower === 'an') { at = wordStart; continue; }
      if (/['’]s?$/.test(w)) {
        // a possessor: go on from before its mention, or before the owning word
        const ownerEnd = wordStart + w.replace(/['’]s?$/, '').length;
        const owner = inside.find((o) => o.end === ownerEnd);
        at = owner ? owner.start : wordStart;
        continue;
      }
      if (/^\p{Lu}/u.test(w) && !/,$/.test(word[1] ?? '')) { at = wordStart; continue; }
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
