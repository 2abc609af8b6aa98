/**
 * A story's entities (who and what its documents name, most mentioned first, each linking to its
 * entity page) and its quotes (direct speech in quotation marks, anything else labelled reported
 * speech; each opens its source span).
 */
import { useApi } from '../api.ts';
import { citationHref } from '../format.ts';
import { Pending } from '../components/status-line.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { citationColumns } from '../export-view.ts';
import type { CorpusEntity, Page, StoredRecord } from '../types.ts';

export function StoryEntities({ base, reload }: { base: string; reload: number }) {
  const entities = useApi<Page<CorpusEntity>>(`${base}/entities?limit=40`, reload);
  return (
    <section aria-labelledby="entities-title">
      <h2 id="entities-title">Who and what</h2>
      <Pending result={entities} what="the entities">
        {(page) => page.items.length === 0 ? <p>No entities found.</p> : (
          <>
          <ExportButtons name="story-entities" title="Who and what this story names" rows={page.items} columns={[
            { name: 'key', value: (e) => e.key }, { name: 'name', value: (e) => e.name }, { name: 'type', value: (e) => e.type },
            { name: 'documents', value: (e) => e.documents }, { name: 'mentions', value: (e) => e.mentions }, { name: 'aliases', value: (e) => e.aliases.join('; ') },
            { name: 'link', value: (e) => `${location.origin}/entities/${encodeURIComponent(e.key)}` },
          ]} />
          <ul class="entity-chips">
            {page.items.map((e) => (
              <li key={e.key}><a href={`/entities/${encodeURIComponent(e.key)}`}>{e.name}</a> <span class="muted">{e.type.toLowerCase()} · {e.mentions}</span></li>
            ))}
          </ul>
          </>
        )}
      </Pending>
    </section>
  );
}

export function StoryQuotes({ base, reload }: { base: string; reload: number }) {
  const quotes = useApi<Page<StoredRecord>>(`${base}/quotes?limit=30`, reload);
  return (
    <section aria-labelledby="story-quotes-title">
      <h2 id="story-quotes-title">Quotes</h2>
      <Pending result={quotes} what="the quotes">
        {(page) => page.items.length === 0 ? <p>No quotes found.</p> : (
          <>
          <ExportButtons name="story-quotes" title="Quotes in this story" rows={page.items} columns={[
            { name: 'speaker', value: (q) => speakerOf(q) }, { name: 'kind', value: (q) => (q.record.kind === 'direct' ? 'quote' : 'reported speech') },
            { name: 'text', value: (q) => q.snippet }, { name: 'outlet', value: (q) => q.docSource ?? null },
            ...citationColumns((q: StoredRecord) => [quoteSpan(q)], location.origin),
          ]} />
          <ul class="quotes">
            {page.items.map((q) => {
              const span = quoteSpan(q);
              const speaker = speakerOf(q);
              return (
                <li key={`${q.doc}-${q.localId}`}>
                  <strong>{speaker}</strong>{': '}
                  {q.record.kind === 'direct' ? <q>{q.snippet.replace(/^["“]|["”]$/g, '')}</q> : <><span class="label">reported speech</span> {q.snippet}</>}
                  {' '}<a class="badge" href={citationHref({ doc: q.doc, start: span.start, end: span.end })}>{q.docSource ?? q.doc.slice(0, 7)}</a>
                </li>
              );
            })}
          </ul>
          </>
        )}
      </Pending>
    </section>
  );
}

/** The span a quote's link opens: its content where known, else the whole record. */
function quoteSpan(q: StoredRecord): { doc: string; start: number; end: number } {
  const span = q.record.content ?? q;
  return { doc: q.doc, start: span.start, end: span.end };
}

function speakerOf(q: StoredRecord): string {
  return q.entityName ?? q.record.speaker?.text ?? 'unattributed';
}
