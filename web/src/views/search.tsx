/**
 * Search: ranked full text (PostgreSQL full-text search on the server) with the document filters
 * (outlet, kind, date, entity, story) as facets, and highlighted snippets. The query and filters
 * live in the URL. Snippets arrive as {text, match} parts and become text nodes and <mark>s; each
 * opens its passage in the document (`/doc/ID?span=START-END`). Facet counts come from the API,
 * counted over the newest matches (components/search-facets.tsx).
 */
import { query, useApi } from '../api.ts';
import { dateText, outletLabel } from '../format.ts';
import { navigate } from '../router.ts';
import { Pending } from '../components/status-line.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { Meta } from '../components/meta.tsx';
import { SearchFacetList } from '../components/search-facets.tsx';
import type { SearchHit, SearchPage } from '../types.ts';

const FILTERS = ['outlet', 'kind', 'from', 'to', 'entity', 'story'] as const;

export function SearchView({ url }: { url: URL }) {
  const q = url.searchParams.get('q') ?? '';
  const filters = Object.fromEntries(FILTERS.map((f) => [f, url.searchParams.get(f)]));
  const cursor = url.searchParams.get('cursor');
  const path = q ? `/api/search${query({ q, ...filters, cursor, limit: 20 })}` : null;
  const result = useApi<SearchPage>(path);
  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    navigate(`/search${query({ ...filters, q: value('q'), from: value('from'), to: value('to'), entity: value('entity') })}`);
  };
  // A date facet sets both ends of the date range; any other facet sets its one filter.
  const withFilters = (changed: Record<string, string | null>) => `/search${query({ q, ...filters, ...changed })}`;
  const withFilter = (name: string, value: string | null) => withFilters({ [name]: value });
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form role="search" class="filters" onSubmit={submit} key={url.search}>
        <label>Words <input name="q" type="search" defaultValue={q} /></label>
        <label>From <input name="from" type="date" defaultValue={filters.from ?? ''} /></label>
        <label>To <input name="to" type="date" defaultValue={filters.to ?? ''} /></label>
        <label>Entity <input name="entity" type="text" defaultValue={filters.entity ?? ''} /></label>
        <button type="submit">Search</button>
      </form>
      {FILTERS.some((f) => filters[f]) && (
        <p class="active-filters">
          {FILTERS.filter((f) => filters[f]).map((f) => <a class="chip" key={f} href={withFilter(f, null)} aria-label={`Remove filter ${f}: ${filters[f]}`}>{f}: {filters[f]} ×</a>)}
        </p>
      )}
      {path === null ? <p class="muted">Type words to search every document: "a phrase", -excluded, or.</p> : (
        <Pending result={result} what="results">
          {(data) => (
            <div class="search-layout">
              <SearchFacetList facets={data.facets} counted={data.counted} capped={data.capped} active={filters} link={withFilters} />
              <div>
                {data.items.length === 0 ? <p>Nothing found for “{q}”.</p> : (
                  <ExportButtons name="search" title={`Search: ${q}`} rows={data.items} columns={[
                    { name: 'doc', value: (h) => h.document.id }, { name: 'title', value: (h) => h.document.title },
                    { name: 'outlet', value: (h) => h.document.source }, { name: 'published', value: (h) => h.document.published },
                    { name: 'rank', value: (h) => h.rank }, { name: 'snippet', value: (h) => h.snippet.map((p) => p.text).join('') },
                    { name: 'link', value: (h) => `${location.origin}${hitHref(h)}` },
                  ]} />
                )}
                <ol class="hits">
                  {data.items.map((hit) => (
                    <li key={hit.document.id}>
                      <a href={`/doc/${encodeURIComponent(hit.document.id)}`}>{hit.document.title || hit.document.id}</a>
                      <Meta parts={[outletLabel(hit.document, hit.document.id), dateText(hit.document.published), hit.document.kind]} />
                      <p class="snippet"><a href={hitHref(hit)}>{hit.snippet.map((p, j) => (p.match ? <mark key={j}>{p.text}</mark> : p.text))}</a></p>
                    </li>
                  ))}
                </ol>
                {data.next && <a class="button" href={`/search${query({ q, ...filters, cursor: data.next })}`}>More results</a>}
              </div>
            </div>
          )}
        </Pending>
      )}
    </section>
  );
}

/** The document at the hit's passage (highlighted and scrolled to there), or the document when only its title matched. */
function hitHref(hit: SearchHit): string {
  const doc = `/doc/${encodeURIComponent(hit.document.id)}`;
  return hit.passage ? `${doc}?span=${hit.passage.start}-${hit.passage.end}` : doc;
}
