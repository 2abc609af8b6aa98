/**
 * Entity: canonical name, aliases, roles, country, mentions over time, quotes by this speaker,
 * events and stances. A quote is shown in quotation marks only when it is direct speech (its
 * words are verbatim in the source); otherwise it is labelled reported speech. Every line opens
 * its source span.
 */
import { useState } from 'preact/hooks';
import { useApi } from '../api.ts';
import { citationHref } from '../format.ts';
import { DayChart } from '../components/chart.tsx';
import { Pending } from '../components/status-line.tsx';
import type { EntityDetail, StoredRecord } from '../types.ts';
import { CorrectionList, EntityCorrections } from './entity-corrections.tsx';

export function EntityView({ entityKey }: { entityKey: string }) {
  // Bumped by every correction made or undone here: the entity is read again, corrections applied.
  const [reload, setReload] = useState(0);
  const changed = () => setReload((n) => n + 1);
  const detail = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(entityKey)}?limit=200`, reload);
  // A key merged away answers with its target (the API resolves it); one that names nothing any more
  // (a split undone) says so, with the corrections that concern it and their undo.
  if (detail.state === 'error' && detail.status === 404) {
    return (
      <section aria-labelledby="entity-title">
        <h1 id="entity-title">No entity under this key</h1>
        <p>Nothing is named <code>{entityKey}</code> now: a correction may have moved it (a split that was undone), or the key is mistyped.</p>
        <CorrectionList entityKey={entityKey} reload={reload} onChanged={changed} />
      </section>
    );
  }
  return (
    <Pending result={detail} what="the entity">
      {({ entity: e, mentions, quotes, events, stances }) => {
        const perDay = countByDay(mentions.map((m) => m.date ?? m.docPublished));
        return (
          <article aria-labelledby="entity-title">
            <h1 id="entity-title">{e.name}</h1>
            {e.key !== entityKey && <p class="muted">The entity <code>{entityKey}</code> was merged into this one.</p>}
            <dl class="doc-meta">
              <dt>Type</dt><dd>{e.type}</dd>
              {e.country && <><dt>Country</dt><dd>{e.country}</dd></>}
              <dt>Also called</dt><dd>{e.aliases.length ? e.aliases.join(', ') : 'no other name'}</dd>
              {e.roles.length > 0 && <><dt>Roles</dt><dd>{e.roles.map((r) => (r.org ? `${r.title} (${r.org})` : r.title)).join('; ')}</dd></>}
              <dt>Named in</dt><dd>{e.documents} documents, {e.mentions} mentions</dd>
              <dt>Documents</dt><dd><a href={`/search?q=${encodeURIComponent(e.name)}&entity=${encodeURIComponent(e.key)}`}>search the documents naming {e.name}</a></dd>
            </dl>
            {perDay.days.length > 1 && <DayChart title="Mentions per day" days={perDay.days} series={[{ label: 'mentions', values: perDay.counts, color: '#2457a6' }]} />}
            <section aria-labelledby="quotes-title">
              <h2 id="quotes-title">Quotes</h2>
              {quotes.length === 0 ? <p>No quotes attributed.</p> : <ul class="quotes">{quotes.map((q, i) => <QuoteLine quote={q} key={i} />)}</ul>}
            </section>
            <RecordList title="Events as actor or target" records={events} describe={(r) => `${r.type ?? 'event'}${r.targetName ? ` → ${r.targetName}` : ''}`} />
            <RecordList title="Stances" records={stances} describe={(r) => String(r.record.stance ?? r.type ?? 'stance').replace('_', ' ')} />
            <EntityCorrections key={e.key} entity={e} reload={reload} onChanged={changed} />
          </article>
        );
      }}
    </Pending>
  );
}

function QuoteLine({ quote }: { quote: StoredRecord }) {
  const direct = quote.record.kind === 'direct';
  const span = quote.record.content ?? quote;
  return (
    <li>
      {direct ? <q>{quote.snippet.replace(/^["“]|["”]$/g, '')}</q> : <><span class="label">reported speech</span> {quote.snippet}</>}
      {' '}<a class="badge" href={citationHref({ doc: quote.doc, start: span.start, end: span.end })}>{quote.docSource ?? quote.doc.slice(0, 7)}{quote.docPublished ? `, ${quote.docPublished.slice(0, 10)}` : ''}</a>
    </li>
  );
}

function RecordList({ title, records, describe }: { title: string; records: StoredRecord[]; describe: (r: StoredRecord) => string }) {
  if (records.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul>{records.map((r, i) => <li key={i}><span class="label">{describe(r)}</span> {r.snippet} <a class="badge" href={citationHref(r)}>{r.docSource ?? r.doc.slice(0, 7)}</a></li>)}</ul>
    </section>
  );
}

function countByDay(dates: (string | null)[]): { days: string[]; counts: number[] } {
  const counts = new Map<string, number>();
  for (const d of dates) if (d) counts.set(d.slice(0, 10), (counts.get(d.slice(0, 10)) ?? 0) + 1);
  const days = [...counts.keys()].sort();
  return { days, counts: days.map((d) => counts.get(d)!) };
}
