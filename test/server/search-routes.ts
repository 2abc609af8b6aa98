/**
 * GET /api/search's facets and passage hits, called from the server contract (server.contract.ts)
 * over the invented Kerava story: three reports from two named outlets and one without, one day, one
 * story, analysed (so entities are counted).
 */
import assert from 'node:assert/strict';
import type { Hit } from './http.ts';

type Call = (route: string, path: string, status?: number, init?: RequestInit) => Promise<Hit>;
interface FacetValue { value: string; label: string; count: number }
interface SearchPage {
  items: { document: { id: string }; snippet: { text: string; match: boolean }[]; passage: { start: number; end: number } | null }[];
  next: string | null;
  counted: number;
  capped: boolean;
  facets: { outlet: FacetValue[]; kind: FacetValue[]; date: { unit: string; values: FacetValue[] }; entity: FacetValue[]; story: FacetValue[] };
}

export async function exerciseSearchRoutes(call: Call, storyId: string, docIds: readonly string[]): Promise<void> {
  const all = (await call('/api/search', '/api/search?q=volcano&limit=1')).body as SearchPage;
  assert.equal(all.items.length, 1);
  assert.equal(all.counted, 3, 'facets count every match, not the page');
  assert.equal(all.capped, false);
  const count = (facet: FacetValue[], value: string) => facet.find((f) => f.value === value)?.count;
  assert.equal(count(all.facets.outlet, 'Nordic Wire'), 1);
  assert.equal(count(all.facets.outlet, 'Atlantic Herald'), 1);
  assert.equal(all.facets.outlet.length, 2, 'a report without an outlet has no outlet value');
  assert.deepEqual(all.facets.kind, [{ value: 'article', label: 'article', count: 3 }]);
  assert.deepEqual(all.facets.date, { unit: 'day', values: [{ value: '2024-03-14', label: '2024-03-14', count: 3 }] });
  assert.equal(count(all.facets.story, storyId), 3);
  const anna = all.facets.entity.find((e) => /Jonsdottir/.test(e.label));
  assert.ok(anna && anna.count === 3, JSON.stringify(all.facets.entity));

  // a facet value is a filter value: following it narrows the matches to what it counted
  const byEntity = (await call('/api/search', `/api/search?q=volcano&entity=${encodeURIComponent(anna.value)}`)).body as SearchPage;
  assert.equal(byEntity.items.length, 3);
  const byOutlet = (await call('/api/search', '/api/search?q=volcano&outlet=Nordic%20Wire')).body as SearchPage;
  assert.deepEqual(byOutlet.items.map((h) => h.document.id), [docIds[0]]);
  assert.equal(byOutlet.counted, 1);
  const byDay = (await call('/api/search', '/api/search?q=volcano&from=2024-03-14&to=2024-03-14')).body as SearchPage;
  assert.equal(byDay.counted, 3);
  const otherDay = (await call('/api/search', '/api/search?q=volcano&from=2024-03-15')).body as SearchPage;
  assert.equal(otherDay.counted, 0);
  assert.deepEqual(otherDay.facets.outlet, []);

  // the hit's passage is the paragraph holding the words, and the snippet is cut from it
  const keflavik = (await call('/api/search', '/api/search?q=Keflavik%20airport')).body as SearchPage;
  const hit = keflavik.items[0];
  assert.ok(hit?.passage, JSON.stringify(keflavik.items));
  assert.equal(hit.document.id, docIds[0]);
  const text = ((await call('/api/documents/{id}', `/api/documents/${hit.document.id}`)).body as { document: { text: string } }).document.text;
  const passage = text.slice(hit.passage.start, hit.passage.end);
  assert.match(passage, /^Flights from Keflavik airport were suspended/);
  const snippet = hit.snippet.map((p) => p.text).join('');
  assert.ok(passage.includes(snippet.replace(/ … /g, ' ')) || snippet.split(' … ').every((s) => passage.includes(s)), `${snippet} ⊄ ${passage}`);
  assert.deepEqual(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()), ['keflavik', 'airport']);

  // words in different paragraphs still match the document; its best passage holds one of them
  const apart = (await call('/api/search', '/api/search?q=Keflavik%20Jonsdottir')).body as SearchPage;
  assert.deepEqual(apart.items.map((h) => h.document.id), [docIds[0]]);
  assert.ok(apart.items[0]?.passage);
}
