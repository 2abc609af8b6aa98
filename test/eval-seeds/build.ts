/** Hand-made annotations for the scorer tests: small builders over the model types. */
import type { Annotations, Entity, EntityType, Event, Quote } from '../../src/model/index.ts';

export function entity(id: string, type: EntityType, name: string, aliases: string[] = [], country?: string): Entity {
  return { id, type, name, aliases, roles: [], key: `${type}:${name.toLowerCase()}`, ...(country ? { country } : {}) };
}

/** A quote whose content is the first occurrence of `content` in `text`. */
export function quote(id: string, text: string, content: string, speaker: { text: string; entity: string | null } | null): Quote {
  const start = text.indexOf(content);
  if (start < 0) throw new Error(`test setup: "${content}" not in text`);
  const span = { start, end: start + content.length };
  return { id, ...span, content: span, cue: null, speaker: speaker === null ? null : { ...span, ...speaker }, kind: 'direct' };
}

/** An event whose trigger is the first occurrence of `trigger` in `text`, dated `value` (or undated). */
export function event(id: string, text: string, trigger: string, value: string | null): Event {
  const start = text.indexOf(trigger);
  if (start < 0) throw new Error(`test setup: "${trigger}" not in text`);
  const span = { start, end: start + trigger.length };
  return {
    id, ...span, trigger: span, type: 'ASSAULT', cameo: '19', intensity: -10,
    date: value === null ? null : { value, precision: 'day', from: 'timex' },
  };
}

export function annotations(parts: Partial<Annotations>): Annotations {
  return { doc: 'd0', sentences: [], entities: [], mentions: [], quotes: [], timexes: [], events: [], facts: [], stances: [], ...parts };
}
