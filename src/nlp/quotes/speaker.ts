/**
 * Resolves a source span to a document-local entity: a named mention inside the span; a personal
 * pronoun or a role noun to the last fitting speaker or person named before; an organisation
 * name to the organisation. Call `resolve` in text order of the quotes; each call is O(log m) plus
 * the mentions it passes.
 */
import type { Entity, Mention, Span } from '../../model/index.ts';
import { PERSON_PRONOUNS } from './words.ts';

const ORG_LIKE = new Set(['ORG', 'GPE', 'NORP', 'FACILITY']);
const PLURAL_PRONOUNS = new Set(['they', 'it', 'we']);

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

  constructor(mentions: readonly Mention[], entities: readonly Entity[]) {
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
    const inside = this.mentionInside(span);
    this.advance(span.end);
    let id: string | null = null;
    if (inside) id = inside.entity;
    else {
      const words = text.toLowerCase().split(/\s+/);
      const head = words[words.length - 1] ?? '';
      if (words.length === 1 && PERSON_PRONOUNS.has(head)) id = this.lastPersonSpeaker ?? this.lastPerson;
      else if (words.length === 1 && PLURAL_PRONOUNS.has(head)) id = this.lastOrgSpeaker;
      else if (words.length <= 4) id = this.lastByRole.get(head) ?? (this.isRoleLike(head) ? this.lastPersonSpeaker : null);
    }
    const e = id ? this.entities.get(id) : undefined;
    if (e?.type === 'PERSON') this.lastPersonSpeaker = e.id;
    else if (e && ORG_LIKE.has(e.type)) this.lastOrgSpeaker = e.id;
    return id;
  }

  /** The first mention lying inside `span` (binary search over mentions sorted by start). */
  private mentionInside(span: Span): Mention | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as Mention).start < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.mentions.length && (this.mentions[k] as Mention).start < span.end; k++) {
      const m = this.mentions[k] as Mention;
      if (m.end <= span.end) return m;
    }
    return undefined;
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
