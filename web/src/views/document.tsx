/**
 * Document: metadata, versions and copies, live-blog entries with their absolute times, the
 * entities it names, and the clean text with entities, quotes (speaker shown), time expressions
 * (resolved value shown) and events highlighted and filterable. `?span=START-END` scrolls to
 * that span, highlights and focuses it.
 * SECURITY: the text is untrusted page content; it is only ever rendered as text nodes, split at
 * span offsets (see document-text.tsx), never as HTML.
 */
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useApi } from '../api.ts';
import { dateText, groupDigits, outletLabel } from '../format.ts';
import { parseSpan, type Mark } from '../highlight.ts';
import { Pending } from '../components/status-line.tsx';
import { DocumentText } from '../components/document-text.tsx';
import type { Annotations, DocumentDetail } from '../types.ts';

const KINDS = [
  { kind: 'entity', label: 'Entities' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'time', label: 'Times' },
  { kind: 'event', label: 'Events' },
] as const;

export function DocumentView({ id, url }: { id: string; url: URL }) {
  const detail = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`);
  const span = parseSpan(url.searchParams.get('span'));
  return <Pending result={detail} what="the document">{(d) => <DocumentBody detail={d} span={span} />}</Pending>;
}

function DocumentBody({ detail, span }: { detail: DocumentDetail; span: { start: number; end: number } | null }) {
  const doc = detail.document;
  const [shown, setShown] = useState<Set<string>>(() => new Set(KINDS.map((k) => k.kind)));
  const marks = useMemo(() => annotationMarks(detail.annotations), [detail]);
  const toggle = (kind: string) => setShown((old) => { const next = new Set(old); if (!next.delete(kind)) next.add(kind); return next; });
  const entries = doc.passages.filter((p) => p.kind === 'liveblog_entry');
  const entities = [...(detail.annotations?.entities ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const href = (target: string) => `/doc/${encodeURIComponent(target)}`;
  return (
    <article aria-labelledby="doc-title">
      <h1 id="doc-title">{doc.title || doc.id}</h1>
      <dl class="doc-meta">
        <dt>Outlet</dt><dd>{outletLabel(doc, doc.id)}</dd>
        <dt>Published</dt><dd>{dateText(doc.published)}</dd>
        <dt>Kind</dt><dd>{doc.kind}</dd>
        {doc.author && <><dt>Author</dt><dd>{doc.author}</dd></>}
        {doc.url && <><dt>Address</dt><dd>{safeHref(doc.url) ? <a href={safeHref(doc.url)} rel="noopener noreferrer nofollow" target="_blank">{doc.url}</a> : doc.url}</dd></>}
        {doc.agencies.length > 0 && <><dt>Agencies</dt><dd>{doc.agencies.join(', ')}</dd></>}
        {detail.story && <><dt>Story</dt><dd><a href={`/stories/${encodeURIComponent(detail.story)}`}>{detail.story}</a></dd></>}
        {detail.related.map((r) => <Fragment key={r.doc}><dt>{r.role}</dt><dd><a href={href(r.doc)}>{r.doc}</a> <span class="muted">similarity {r.score.toFixed(2)}</span></dd></Fragment>)}
        {detail.raw && <><dt>Raw input</dt><dd><a href={`/api/documents/${encodeURIComponent(doc.id)}/raw`} target="_blank" rel="noopener">view as text</a> · <a href={`/api/documents/${encodeURIComponent(doc.id)}/raw?download=1`} download>download</a> <span class="muted">({detail.raw.contentType}, {groupDigits(detail.raw.bytes)} bytes)</span></dd></>}
      </dl>
      {detail.warnings.length > 0 && (
        <details><summary>{detail.warnings.length} warnings while reading this document</summary>
          <ul>{detail.warnings.map((w, i) => <li key={i}><code>{w.source}/{w.code}</code> {w.reason}</li>)}</ul>
        </details>
      )}
      {detail.annotations === null && <p class="muted">Not analysed yet: no highlights.</p>}
      <fieldset class="mark-filters">
        <legend>Highlight</legend>
        {KINDS.map((k) => (
          <label key={k.kind} class={`legend-${k.kind}`}>
            <input type="checkbox" checked={shown.has(k.kind)} onChange={() => toggle(k.kind)} /> {k.label} ({marks.filter((m) => m.kind === k.kind).length})
          </label>
        ))}
      </fieldset>
      {entries.length > 0 && (
        <nav aria-label="Live-blog entries" class="entries">
          <h2>Entries</h2>
          <ol>{entries.map((p) => <li key={p.id}><a href={`${href(doc.id)}?span=${p.start}-${p.end}`}>{p.time ?? 'untimed'}</a> {doc.text.slice(p.start, Math.min(p.end, p.start + 80))}…</li>)}</ol>
        </nav>
      )}
      {entities.length > 0 && (
        <details class="doc-entities">
          <summary>{entities.length} entities named</summary>
          <ul>{entities.map((e) => <li key={e.id}><a href={`/entities/${encodeURIComponent(e.key)}`}>{e.name}</a> <span class="muted">{e.type}</span></li>)}</ul>
        </details>
      )}
      <DocumentText text={doc.text} marks={marks.filter((m) => shown.has(m.kind))} span={span} />
    </article>
  );
}

function annotationMarks(a: Annotations | null): Mark[] {
  if (!a) return [];
  const names = new Map(a.entities.map((e) => [e.id, `${e.name} (${e.type})`]));
  return [
    ...a.quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote', label: q.speaker ? q.speaker.text : 'unattributed' })),
    ...a.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'entity', label: names.get(m.entity) ?? m.text })),
    ...a.timexes.map((t) => ({ start: t.start, end: t.end, kind: 'time', label: t.value ?? '' })),
    ...a.events.map((e) => ({ start: e.trigger?.start ?? e.start, end: e.trigger?.end ?? e.end, kind: 'event', label: e.type ?? 'event' })),
  ];
}

/** Only http(s) addresses become links: a stored `javascript:` URL is shown but never clickable. */
function safeHref(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
