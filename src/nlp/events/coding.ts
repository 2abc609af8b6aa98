/** From a predicted category and trigger cue to the Event's coding fields: PLOVER type, CAMEO code, mode, intensity, and the state an official acts for. */
import type { Entity, Event, EventDate, Span } from '../../model/index.ts';
import type { EventModel } from './model.ts';
import { ploverOfCode } from './trigger.ts';

/** The CAMEO code, PLOVER type and mode: the trigger cue's when it is of the predicted category. */
export function coding(model: EventModel, label: string, cueCode: string | null): { type: string; code: string; mode?: string } {
  if (cueCode !== null) {
    const plover = ploverOfCode(model, cueCode)!;
    const mode = (model.cameo.get(cueCode) ?? model.cameo.get(cueCode.slice(0, 3)))?.mode;
    return { type: plover, code: cueCode, ...(mode ? { mode } : {}) };
  }
  // YIELD without a cue: CONCEDE is the category's first half (080–083) and the more general one
  const type = label === 'YIELD' ? 'CONCEDE' : label;
  return { type, code: model.rootOf.get(type) ?? '01' };
}

export function intensityOf(model: EventModel, code: string): number {
  const info = model.cameo.get(code) ?? model.cameo.get(code.slice(0, 3)) ?? model.cameo.get(code.slice(0, 2));
  return info?.goldstein ?? 0;
}

/** An official's act is coded to their country when the document names it (CAMEO codes states). */
export function stateOf(actor: Entity | undefined, entities: readonly Entity[]): Entity | undefined {
  if (actor === undefined || actor.type !== 'PERSON' || actor.country === undefined || actor.roles.length === 0) return actor;
  return entities.find((e) => e.type === 'GPE' && e.country === actor.country) ?? actor;
}


/** The parts of one coded happening, before it gets its id. */
export interface EventParts {
  readonly whole: Span;
  readonly trigger: Span;
  readonly coded: { readonly type: string; readonly code: string; readonly mode?: string };
  readonly actor?: string | undefined;
  readonly target?: string | undefined;
  readonly place?: string | undefined;
  readonly date: EventDate | null;
  readonly reportedBy?: string | undefined;
}

/** An Event record without its id: optional fields left out when absent, a target equal to the actor dropped. */
export function eventDraft(model: EventModel, p: EventParts): Omit<Event, 'id'> {
  const { type, code, mode } = p.coded;
  return {
    start: p.whole.start,
    end: p.whole.end,
    trigger: p.trigger,
    type,
    ...(mode === undefined ? {} : { mode }),
    cameo: code.slice(0, 2),
    ...(p.actor === undefined ? {} : { actor: p.actor }),
    ...(p.target === undefined || p.target === p.actor ? {} : { target: p.target }),
    ...(p.place === undefined ? {} : { place: p.place }),
    date: p.date,
    intensity: intensityOf(model, code),
    ...(p.reportedBy === undefined ? {} : { reportedBy: p.reportedBy }),
  };
}
