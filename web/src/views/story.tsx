/**
 * Story: the dated timeline (every line's citations as outlet badges), the cited summary, the
 * reactions matrix with an escalation chart, contradictions side by side, and the documents.
 * Each part loads on its own, so a slow or failing part never blanks the others. The view
 * re-loads when the server announces a change to this story (server-sent events), if it does.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { useApi } from '../api.ts';
import { dateRange, dateText, outletLabel, plural } from '../format.ts';
import { CitationBadges } from '../components/citation-badges.tsx';
import { Pending } from '../components/status-line.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { citationColumns } from '../export-view.ts';
import { Meta } from '../components/meta.tsx';
import { ReactionsSection } from './story-reactions.tsx';
import { StoryEntities, StoryQuotes } from './story-people.tsx';
import type { Citation, Contradictions, DocumentGroup, StoryDetail, StoryDocument, Summary, SummarySentence, Timeline } from '../types.ts';

export function StoryView({ id }: { id: string }) {
  const base = `/api/stories/${encodeURIComponent(id)}`;
  const reload = useLiveReload(`${base}/events`);
  const detail = useApi<StoryDetail>(base, reload);
  const documents = useMemo(
    () => new Map(detail.state === 'ok' ? detail.data.documents.map((d) => [d.id, d] as const) : []),
    [detail],
  );
  return (
    <article aria-labelledby="story-title">
      <Pending result={detail} what="the story">
        {({ story: s }) => (
          <header>
            <h1 id="story-title">{s.title || `Untitled story ${s.id}`}</h1>
            <p><Meta parts={[dateRange(s.first, s.last), plural(s.documents, 'document'), plural(s.outlets, 'independent outlet')]} /></p>
          </header>
        )}
      </Pending>
      <nav aria-label="Sections of this story">
        <ul class="toc">
          {[['timeline-title', 'Timeline'], ['summary-title', 'Summary'], ['reactions-title', 'Reactions'], ['contradictions-title', 'Disagreements'],
            ['entities-title', 'Who and what'], ['story-quotes-title', 'Quotes'], ['docs-title', 'Documents']].map(([id, label]) => <li key={id}><a href={`#${id}`}>{label}</a></li>)}
        </ul>
      </nav>
      <TimelineSection path={`${base}/timeline`} reload={reload} documents={documents} />
      <SummarySection path={`${base}/summary`} reload={reload} documents={documents} />
      <ReactionsSection path={`${base}/reactions`} reload={reload} documents={documents} />
      <ContradictionsSection path={`${base}/contradictions`} reload={reload} documents={documents} />
      <StoryEntities base={base} reload={reload} />
      <StoryQuotes base={base} reload={reload} />
      <section aria-labelledby="docs-title">
        <h2 id="docs-title">Documents</h2>
        <Pending result={detail} what="the documents">
          {(d) => (
            <>
            <ExportButtons name={`documents-${d.story.id}`} title={`Documents of story ${d.story.id}`} rows={d.documents} columns={[
              { name: 'id', value: (doc) => doc.id }, { name: 'title', value: (doc) => doc.title }, { name: 'outlet', value: (doc) => doc.source },
              { name: 'published', value: (doc) => doc.published }, { name: 'kind', value: (doc) => doc.kind },
              { name: 'group', value: (doc) => groupLabel(d.groups, doc.id) },
              { name: 'link', value: (doc) => `${location.origin}/doc/${encodeURIComponent(doc.id)}` },
            ]} />
            <DocumentGroups groups={d.groups} documents={documents} truncated={d.truncated} />
            </>
          )}
        </Pending>
      </section>
    </article>
  );
}

type Docs = ReadonlyMap<string, StoryDocument>;

/** How a document stands in its group, for the export: alone, or the group's kinds and whether it is current. */
function groupLabel(groups: readonly DocumentGroup[], id: string): string {
  const group = groups.find((g) => g.docs.includes(id));
  if (!group || group.docs.length === 1) return 'alone';
  return `${group.kinds.join(', ')} (${group.current.includes(id) ? 'current' : 'older version or copy'})`;
}

/** Marked once per page load when the timeline first shows (its lines or its "no dated events"), for the render benchmark and anyone profiling the page. */
export const TIMELINE_SHOWN_MARK = 'storyline:timeline-shown';

function TimelineSection({ path, reload, documents }: { path: string; reload: number; documents: Docs }) {
  const timeline = useApi<Timeline>(path, reload);
  useLayoutEffect(() => {
    if (timeline.state !== 'loading' && performance.getEntriesByName(TIMELINE_SHOWN_MARK).length === 0) performance.mark(TIMELINE_SHOWN_MARK);
  }, [timeline.state]);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <Pending result={timeline} what="the timeline">
        {(data) => {
          const lines = data.items;
          if (lines.length === 0) return <p>No dated events yet.</p>;
          return (
            <>
            <ExportButtons name={`timeline-${data.story}`} title={`Timeline of story ${data.story}`} rows={lines} columns={[
              { name: 'date', value: (l) => l.date }, { name: 'text', value: (l) => l.text }, { name: 'sources', value: (l) => l.sources },
              ...citationColumns((l: Timeline['items'][number]) => l.citations, location.origin),
            ]} />
            <ol class="timeline">
              {lines.map((line, i) => (
                <li key={i}>
                  <time dateTime={line.date}>{dateText(line.date)}</time>
                  <span class="line-text">{line.text}</span>
                  <span class="sources">{plural(line.sources, 'source')}</span>
                  <CitationBadges citations={line.citations} documents={documents} />
                </li>
              ))}
            </ol>
            </>
          );
        }}
      </Pending>
    </section>
  );
}

function SummarySection({ path, reload, documents }: { path: string; reload: number; documents: Docs }) {
  const summary = useApi<Summary>(path, reload);
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <Pending result={summary} what="the summary">
        {(data) => (
          <>
          <ExportButtons name={`summary-${data.story}`} title={`Summary of story ${data.story}`} rows={data.sentences} columns={[
            { name: 'text', value: (s) => s.text }, { name: 'kind', value: (s) => (s.quote ? (s.verbatim ? 'quote' : 'reported speech') : 'statement') },
            { name: 'speaker', value: (s) => s.quote?.speaker ?? null }, { name: 'sources', value: (s) => s.sources },
            ...citationColumns((s: SummarySentence) => s.citations, location.origin),
          ]} />
          <ul class="summary">
            {data.sentences.map((s, i) => (
              <li key={i}>
                {s.quote && !s.verbatim && <span class="label">reported speech · {s.quote.speaker}</span>}
                <span>{s.text}</span> <CitationBadges citations={s.citations} documents={documents} />
              </li>
            ))}
          </ul>
          </>
        )}
      </Pending>
    </section>
  );
}

function ContradictionsSection({ path, reload, documents }: { path: string; reload: number; documents: Docs }) {
  const items = useApi<Contradictions>(path, reload);
  return (
    <section aria-labelledby="contradictions-title">
      <h2 id="contradictions-title">Where sources disagree</h2>
      <Pending result={items} what="the contradictions">
        {(data) => {
          const list = data.items;
          if (list.length === 0) return <p>No disagreement found between the sources.</p>;
          const claims = list.flatMap((c, i) => c.claims.map((claim) => ({ disagreement: i + 1, kind: c.kind, about: c.about, claim })));
          return <>
          <ExportButtons name={`disagreements-${data.story}`} title={`Where sources disagree, story ${data.story}`} rows={claims} columns={[
            { name: 'disagreement', value: (r) => r.disagreement }, { name: 'kind', value: (r) => r.kind }, { name: 'about', value: (r) => r.about },
            { name: 'claim', value: (r) => r.claim.text }, ...citationColumns((r: { claim: { citation: Citation } }) => [r.claim.citation], location.origin),
          ]} />
          {list.map((c, i) => (
            <div class="contradiction" key={i}>
              <h3>{c.kind}: {c.about}</h3>
              <div class="side-by-side">
                {c.claims.map((claim, j) => (
                  <blockquote key={j} cite={`/doc/${claim.citation.doc}`}>
                    <p>{claim.text}</p>
                    <footer><CitationBadges citations={[claim.citation]} documents={documents} /></footer>
                  </blockquote>
                ))}
              </div>
            </div>
          ))}
          </>;
        }}
      </Pending>
    </section>
  );
}

/**
 * Documents grouped as the server groups them: a version chain or a set of wire copies is one
 * group (its current members first); a document alone is a group of one.
 */
function DocumentGroups({ groups, documents, truncated }: { groups: DocumentGroup[]; documents: Docs; truncated: boolean }) {
  const row = (id: string, current: boolean) => {
    const d = documents.get(id);
    return (
      <li key={id}>
        <a href={`/doc/${encodeURIComponent(id)}`}>{d?.title || id}</a>
        <Meta parts={[outletLabel(d, id), dateText(d?.published), d?.kind, !current && 'older version or copy']} />
      </li>
    );
  };
  return (
    <>
      <ul class="doc-list">
        {groups.map((g) => (
          <li key={g.docs.join(',')} class={g.docs.length > 1 ? 'doc-group' : undefined}>
            {g.docs.length > 1 && <span class="label">{g.kinds.join(', ')} · {g.docs.length} documents</span>}
            <ul>{[...g.current, ...g.docs.filter((id) => !g.current.includes(id))].map((id) => row(id, g.current.includes(id)))}</ul>
          </li>
        ))}
      </ul>
      {truncated && <p class="muted">The story has more documents than this view lists.</p>}
    </>
  );
}

/**
 * A counter that grows when the server reports a change to this story: GET …/events sends the
 * story's summary row and version as `event: story` at once and again whenever either changes (a new
 * member, a re-analysis, an entity correction; src/server/routes/story-events.ts). The first is the
 * state already on screen; each different one re-loads.
 */
function useLiveReload(path: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(path);
    let last: string | null = null;
    source.addEventListener('story', (event) => {
      const data = (event as MessageEvent<string>).data;
      if (last !== null && data !== last) setCount((n) => n + 1);
      last = data;
    });
    return () => source.close();
  }, [path]);
  return count;
}
