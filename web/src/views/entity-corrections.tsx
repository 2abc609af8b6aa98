/**
 * The entity page's corrections: rename, set the type, merge another entity into this one (found by
 * search), split an alias off into an entity of its own, and the corrections about this entity with
 * an undo each. Every control has a label and works from the keyboard; outcomes are announced in a
 * status region, refusals (a read-only server, a bad value) in an alert. Names are rendered as text.
 */
import { useState } from 'preact/hooks';
import { query, useApi } from '../api.ts';
import { concerns, describeCorrection, ENTITY_TYPES, entityHref, makeCorrection, splitKey, undoCorrection, type Correction, type CorrectionKind } from '../corrections.ts';
import type { CorpusEntity, Page } from '../types.ts';

type Outcome = { ok: true; text: string; href?: string } | { ok: false; text: string } | null;

/** Runs one correction call and reports it; shared by the forms of this file. */
function useCorrect(onChanged: () => void) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (work: () => Promise<Correction>, done: (c: Correction) => Outcome) => {
    setBusy(true);
    try {
      const c = await work();
      setOutcome(done(c));
      onChanged();
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p role="status" class="muted">{outcome?.ok ? <>{outcome.text}{outcome.href && <> <a href={outcome.href}>Open it</a>.</>}</> : ''}</p>
      {outcome && !outcome.ok && <p role="alert" class="error">Not corrected: {outcome.text}</p>}
    </>
  );
}

export function EntityCorrections({ entity, reload, onChanged }: { entity: CorpusEntity; reload: number; onChanged: () => void }) {
  const { busy, outcome, run } = useCorrect(onChanged);
  const correct = (kind: CorrectionKind, subject: string, value: string, said: (c: Correction) => Outcome) => run(() => makeCorrection(kind, subject, value), said);
  return (
    <section aria-labelledby="correct-title" class="corrections">
      <h2 id="correct-title">Correct this entity</h2>
      <p class="muted">Corrections are kept apart from the analysis: they show everywhere at once, stay after re-analysis, and can be undone.</p>
      <RenameForm entity={entity} busy={busy} onSubmit={(name) => correct('rename', entity.key, name, () => ({ ok: true, text: `Renamed to “${name}”.` }))} />
      <TypeForm entity={entity} busy={busy} onSubmit={(type) => correct('set_type', entity.key, type, () => ({ ok: true, text: `Type set to ${type}.` }))} />
      <MergeFinder entity={entity} busy={busy} reload={reload} onPick={(other) => correct('merge', other.key, entity.key, () => ({ ok: true, text: `Merged “${other.name}” into this entity.` }))} />
      {entity.aliases.length > 0 && (
        <fieldset>
          <legend>Split an alias off into an entity of its own</legend>
          <ul class="alias-list">
            {entity.aliases.map((alias) => (
              <li key={alias}>
                <span>{alias}</span>{' '}
                <button type="button" class="small" disabled={busy} aria-label={`Split off “${alias}” into an entity of its own`}
                  onClick={() => correct('split', entity.key, alias, () => ({ ok: true, text: `“${alias}” is now an entity of its own.`, href: entityHref(splitKey(entity.key, alias)) }))}>Split off</button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <OutcomeLine outcome={outcome} />
      <CorrectionList entityKey={entity.key} reload={reload} onChanged={onChanged} />
    </section>
  );
}

function RenameForm({ entity, busy, onSubmit }: { entity: CorpusEntity; busy: boolean; onSubmit: (name: string) => void }) {
  const [name, setName] = useState('');
  return (
    <form class="filters" onSubmit={(e) => { e.preventDefault(); if (name.trim()) onSubmit(name.trim()); }}>
      <label>New name<input name="name" required maxLength={200} value={name} placeholder={entity.name} onInput={(e) => setName(e.currentTarget.value)} /></label>
      <button type="submit" disabled={busy}>Rename</button>
    </form>
  );
}

function TypeForm({ entity, busy, onSubmit }: { entity: CorpusEntity; busy: boolean; onSubmit: (type: string) => void }) {
  const [type, setType] = useState(entity.type);
  return (
    <form class="filters" onSubmit={(e) => { e.preventDefault(); onSubmit(type); }}>
      <label>Type<select name="type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
        {ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
      </select></label>
      <button type="submit" disabled={busy || type === entity.type}>Set type</button>
    </form>
  );
}

/** Finds entities by name (GET /api/entities?q=) to merge into this one. */
function MergeFinder({ entity, busy, reload, onPick }: { entity: CorpusEntity; busy: boolean; reload: number; onPick: (other: CorpusEntity) => void }) {
  const [q, setQ] = useState('');
  // Searched again after each correction: a merged entity is no candidate any more.
  const found = useApi<Page<CorpusEntity>>(q.trim().length >= 2 ? `/api/entities${query({ q: q.trim(), limit: 8 })}` : null, reload);
  const others = found.state === 'ok' && q.trim().length >= 2 ? found.data.items.filter((o) => o.key !== entity.key) : [];
  return (
    <div class="merge-finder">
      <label>Find an entity to merge into this one
        <input type="search" name="merge-q" maxLength={200} value={q} onInput={(e) => setQ(e.currentTarget.value)} aria-describedby="merge-help" />
      </label>
      <p id="merge-help" class="muted">Type two letters or more of a name or alias; the entity you merge becomes part of {entity.name}.</p>
      {others.length > 0 && (
        <ul class="merge-candidates" aria-label="Entities to merge">
          {others.map((o) => (
            <li key={o.key}>
              <a href={entityHref(o.key)}>{o.name}</a> <span class="label">{o.type}</span> <span class="muted">{o.documents} documents</span>{' '}
              <button type="button" class="small" disabled={busy} aria-label={`Merge ${o.name} into ${entity.name}`} onClick={() => onPick(o)}>Merge</button>
            </li>
          ))}
        </ul>
      )}
      {q.trim().length >= 2 && found.state === 'ok' && others.length === 0 && <p class="muted">No other entity matches.</p>}
    </div>
  );
}

/** The entity a correction leads to: the merge target, the split-off entity, else the one corrected. */
function resultKey(c: Correction): string {
  return c.kind === 'merge' ? c.value : c.kind === 'split' ? splitKey(c.subject, c.value) : c.subject;
}

/** The corrections about one entity (all of them without a key), each with an undo. */
export function CorrectionList({ entityKey, reload, onChanged }: { entityKey?: string; reload: number; onChanged: () => void }) {
  const list = useApi<Page<Correction>>('/api/corrections?limit=200', reload);
  const { busy, outcome, run } = useCorrect(onChanged);
  if (list.state !== 'ok') return list.state === 'error' ? <p role="alert" class="error">Could not load the corrections: {list.error}</p> : null;
  const shown = list.data.items.filter((c) => entityKey === undefined || concerns(c, entityKey));
  return (
    <section aria-labelledby="corrections-made">
      <h3 id="corrections-made">{entityKey === undefined ? 'Every correction' : 'Corrections of this entity'}</h3>
      {shown.length === 0 ? <p class="muted">None yet.</p> : (
        <ul class="correction-list">
          {shown.map((c) => (
            <li key={c.id}>
              <span>{describeCorrection(c)}</span> <span class="muted">{c.created.slice(0, 16).replace('T', ' ')}</span>{' '}
              {resultKey(c) !== entityKey && <a href={entityHref(resultKey(c))}>open {resultKey(c)}</a>}{' '}
              <button type="button" class="small" disabled={busy} aria-label={`Undo: ${describeCorrection(c)}`}
                onClick={() => run(() => undoCorrection(c.id), (u) => ({ ok: true, text: `Undone: ${describeCorrection(u)}.` }))}>Undo</button>
            </li>
          ))}
        </ul>
      )}
      <OutcomeLine outcome={outcome} />
    </section>
  );
}
