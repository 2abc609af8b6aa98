/**
 * Stories: newest activity first, with date range, documents, independent outlets and a small
 * activity chart; filters live in the URL (?q=&from=&to=&min=) so a filtered list can be shared.
 * An empty store says how to add reports and offers the demo corpus when the server has it.
 */
import { useState } from 'preact/hooks';
import { getJson, query, useApi } from '../api.ts';
import { dateRange, plural } from '../format.ts';
import { navigate } from '../router.ts';
import { Pending } from '../components/status-line.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { Meta } from '../components/meta.tsx';
import { Sparkline } from '../components/chart.tsx';
import type { Page, Status, StoryListItem } from '../types.ts';

export function StoriesView({ url }: { url: URL }) {
  const params = url.searchParams;
  const q = params.get('q') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const min = Number(params.get('min') ?? '0') || 0;
  const cursor = params.get('cursor');
  const [reload, setReload] = useState(0);
  const status = useApi<Status>('/api/status', reload);
  const stories = useApi<Page<StoryListItem>>(`/api/stories${query({ limit: 50, q, from, to, cursor })}`, reload);

  if (status.state === 'ok' && status.data.documents === 0) return <EmptyStore status={status.data} onLoaded={() => setReload((n) => n + 1)} />;

  return (
    <section aria-labelledby="stories-title">
      <h1 id="stories-title">Stories</h1>
      {status.state === 'ok' && (
        <p class="muted">{plural(status.data.stories, 'story', 'stories')} from {plural(status.data.documents, 'document')}.</p>
      )}
      <StoryFilters q={q} from={from} to={to} min={min} />
      <Pending result={stories} what="stories">
        {(page) => {
          const shown = page.items.filter((s) => s.outlets >= min && (!from || (s.last ?? '') >= from) && (!to || (s.first ?? '') <= to));
          return (
            <>
              {shown.length === 0 ? <p>No story matches these filters.</p> : (
                <ExportButtons name="stories" title="Storyline stories" rows={shown} columns={[
                  { name: 'id', value: (s) => s.id }, { name: 'title', value: (s) => s.title },
                  { name: 'first', value: (s) => s.first }, { name: 'last', value: (s) => s.last },
                  { name: 'documents', value: (s) => s.documents }, { name: 'outlets', value: (s) => s.outlets },
                  { name: 'link', value: (s) => `${location.origin}/stories/${encodeURIComponent(s.id)}` },
                ]} />
              )}
              <ul class="story-list">{shown.map((s) => <StoryRow story={s} key={s.id} />)}</ul>
              {page.next && <a class="button" href={`/${query({ q, from, to, min: min || null, cursor: page.next })}`}>More stories</a>}
            </>
          );
        }}
      </Pending>
    </section>
  );
}

function StoryRow({ story }: { story: StoryListItem }) {
  const activity = story.activity ?? [];
  return (
    <li class="story-row">
      <a class="story-title" href={`/stories/${encodeURIComponent(story.id)}`}>{story.title || `Untitled story ${story.id}`}</a>
      <Meta parts={[dateRange(story.first, story.last), plural(story.documents, 'document'), plural(story.outlets, 'independent outlet')]} />
      {activity.length > 1 && <Sparkline counts={activity.map((a) => a.documents)} label={`Documents per day, ${activity[0]!.date} to ${activity[activity.length - 1]!.date}`} />}
    </li>
  );
}

function StoryFilters({ q, from, to, min }: { q: string; from: string; to: string; min: number }) {
  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    navigate(`/${query({ q: value('q'), from: value('from'), to: value('to'), min: value('min') === '0' ? null : value('min') })}`);
  };
  return (
    <form class="filters" role="search" aria-label="Filter stories" onSubmit={submit}>
      <label>Words <input name="q" type="search" defaultValue={q} /></label>
      <label>From <input name="from" type="date" defaultValue={from} /></label>
      <label>To <input name="to" type="date" defaultValue={to} /></label>
      <label>Min. outlets <input name="min" type="number" min={0} max={999} defaultValue={String(min)} /></label>
      <button type="submit">Filter</button>
    </form>
  );
}

function EmptyStore({ status, onLoaded }: { status: Status; onLoaded: () => void }) {
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const loadDemo = async () => {
    setState({ busy: true, message: 'Loading the demo corpus…' });
    try {
      const result = await getJson<{ summary: string }>('/api/demo', { method: 'POST' });
      setState({ busy: false, message: result.summary });
      onLoaded();
    } catch (error) {
      setState({ busy: false, message: `Could not load the demo corpus: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <section aria-labelledby="empty-title">
      <h1 id="empty-title">No reports yet</h1>
      <p>Storyline builds dated, sourced stories from the news reports you give it. To add reports:</p>
      <ul>
        <li><a href="/upload">Upload files</a> in this page (text, HTML, JSON Lines, WARC, or gzip of these), or</li>
        <li>run <code>storyline ingest PATH</code> (or <code>npm start -- ingest PATH</code>) on the same store.</li>
      </ul>
      {status.seedsAvailable && (
        <p><button type="button" onClick={loadDemo} disabled={state.busy}>Load the demo corpus</button></p>
      )}
      <p role="status">{state.message}</p>
    </section>
  );
}
