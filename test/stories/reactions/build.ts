/**
 * Invented story articles for the reactions tests: sentences are the lines of the text; entities are
 * mentioned wherever their name or an alias occurs; stances, events and quotes are placed by line and word.
 */
import type { Document, Entity, EntityType, Event, Mention, Precision, Quote, Stance, StanceValue } from '../../../src/model/index.ts';
import type { StoryArticle } from '../../../src/stories/story-article.ts';

export interface EntitySpec {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly key: string;
  readonly aliases?: readonly string[];
  readonly country?: string;
}

export interface ArticleSpec {
  readonly source?: string | null;
  readonly published?: string;
  readonly kind?: Document['kind'];
  readonly copyGroup?: string;
  readonly newerVersion?: string;
  readonly entities?: readonly EntitySpec[];
}

export interface EventSpec {
  readonly type: string;
  readonly intensity: number;
  readonly actor?: string;
  readonly date?: string | null;
  readonly precision?: Precision;
  readonly reportedBy?: string;
}

export class ArticleBuilder {
  private readonly text: string;
  private readonly lineStarts: number[] = [];
  private readonly entities: Entity[];
  private readonly stances: Stance[] = [];
  private readonly events: Event[] = [];
  private readonly quotes: Quote[] = [];

  constructor(private readonly id: string, private readonly lines: readonly string[], private readonly spec: ArticleSpec = {}) {
    let offset = 0;
    for (const line of lines) {
      this.lineStarts.push(offset);
      offset += line.length + 2;
    }
    this.text = lines.join('\n\n');
    this.entities = (spec.entities ?? []).map((e) => ({
      id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [], roles: [], key: e.key, ...(e.country ? { country: e.country } : {}),
    }));
  }

  /** Offset of `word` in line `line` (its `nth` occurrence). */
  at(line: number, word: string, nth = 0): number {
    const start = this.lineStarts[line]!;
    let i = -1;
    for (let n = 0; n <= nth; n++) i = this.lines[line]!.indexOf(word, i + 1);
    if (i < 0) throw new Error(`test data: "${word}" not in line ${line}`);
    return start + i;
  }

  private sentence(line: number): { start: number; end: number } {
    const start = this.lineStarts[line]!;
    return { start, end: start + this.lines[line]!.length };
  }

  stance(line: number, actor: string, stance: StanceValue, toward = 'document'): this {
    this.stances.push({ id: `s${this.stances.length}`, ...this.sentence(line), actor, stance, toward });
    return this;
  }

  event(line: number, trigger: string, e: EventSpec): this {
    const at = this.at(line, trigger);
    const date = e.date === null ? null : { value: e.date ?? '2020-01-03', precision: e.precision ?? 'day', from: 'timex' as const };
    this.events.push({
      id: `v${this.events.length}`, ...this.sentence(line), trigger: { start: at, end: at + trigger.length }, type: e.type, cameo: '00',
      date, intensity: e.intensity, ...(e.actor ? { actor: e.actor } : {}), ...(e.reportedBy ? { reportedBy: e.reportedBy } : {}),
    });
    return this;
  }

  /** A quote of line `line` whose content is `content`, said by entity `speaker` (named by `speakerText` in the line). */
  quote(line: number, content: string, speaker: string, speakerText: string): this {
    const c = this.at(line, content);
    const s = this.at(line, speakerText);
    const sentence = this.sentence(line);
    this.quotes.push({
      id: `q${this.quotes.length}`, ...sentence, content: { start: c, end: c + content.length }, cue: null,
      speaker: { start: s, end: s + speakerText.length, text: speakerText, entity: speaker }, kind: 'direct',
    });
    return this;
  }

  build(): StoryArticle {
    const doc: Document = {
      id: this.id, origin: this.id, url: null, title: null, published: { value: this.spec.published ?? '2020-01-04', precision: 'day' },
      source: this.spec.source === undefined ? `outlet-${this.id}` : this.spec.source, agencies: [], author: null, language: 'en',
      kind: this.spec.kind ?? 'article', text: this.text, rawSha256: '', passages: [],
    };
    const mentions: Mention[] = [];
    for (const e of this.entities) {
      for (const form of [e.name, ...e.aliases]) {
        for (const m of this.text.matchAll(new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))) {
          mentions.push({ entity: e.id, start: m.index!, end: m.index! + form.length, text: form });
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const annotations = {
      doc: this.id, sentences: this.lines.map((_, i) => this.sentence(i)), entities: this.entities, mentions,
      quotes: this.quotes, timexes: [], events: this.events, facts: [], stances: this.stances,
    };
    return {
      doc, annotations,
      ...(this.spec.copyGroup ? { copyGroup: this.spec.copyGroup } : {}),
      ...(this.spec.newerVersion ? { newerVersion: this.spec.newerVersion } : {}),
    };
  }
}

export function article(id: string, lines: readonly string[], spec: ArticleSpec = {}): ArticleBuilder {
  return new ArticleBuilder(id, lines, spec);
}
