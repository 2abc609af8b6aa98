/**
 * Search at the store (search-queries.ts, search-candidates.ts, search-facets.ts, migrations 0007 and
 * 0012), run on PGlite and PostgreSQL: the walk over publication months finds the same newest matches an
 * unbounded query would (year-only and month-only values, phrases, negated phrases too), pages
 * walk every match once in tranches ranked among themselves, facets count the first tranche, and a
 * hit's passage is a UTF-16 span of its text also after characters beyond the BMP.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEARCH_CANDIDATES, type SearchHit, type Store } from '../../src/store/index.ts';
import { makeWrite } from '../helpers/documents.ts';

const DATED = 2 * SEARCH_CANDIDATES + 50;
const DAY_MS = 86_400_000;
/** Every fifth day from 2019-01-01: six years, so each date window and the unbounded one are used. */
const dayOf = (i: number) => new Date(Date.UTC(2019, 0, 1) + i * 5 * DAY_MS).toISOString().slice(0, 10);

export function runSearchContract(name: string, newStore: () => Promise<Store>): void {
  describe(`search (${name})`, () => {
    let store: Store;
    const dates = new Map<string, string | null>();
    const sources = new Map<string, string | null>();
    let emojiId = '';
    let titleOnlyId = '';
    let apartId = '';
    let tankerId = '';

    before(async () => {
      store = await newStore();
      const writes = [];
      for (let i = 0; i < DATED; i++) {
        const strike = i % 7 === 0 ? ' Dockers went on strike at the harbour, and the harbour strike spread.' : '';
        writes.push(makeWrite(`Report number ${i} from the coast.\n\nThe harbour was busy on day ${i}.${strike}`, {
          published: { value: dayOf(i), precision: 'day' }, source: i % 2 === 0 ? 'Even Post' : 'Odd Times', title: `Coast report ${i}`,
        }));
      }
      for (let i = 0; i < 3; i++) writes.push(makeWrite(`Undated note ${i}.\n\nThe harbour master said nothing.`, { source: 'Even Post' }));
      const emoji = makeWrite('Fishing 🐟🐟 boats came home 🎣.\n\nWeather 🌧 kept the trawlers in the harbour all week.', { published: { value: '2018-06-01', precision: 'day' } });
      const titled = makeWrite('Nothing about ports here.\n\nJust weather.', { title: 'Harbour news', published: { value: '2018-05-01', precision: 'day' } });
      writes.push(emoji, titled);
      // month keys of other shapes: a year-only and a month-only value sort before their year's days
      writes.push(makeWrite('Harbour yearbook.\n\nA year at the harbour.', { published: { value: '2021', precision: 'year' }, source: 'Odd Times' }));
      writes.push(makeWrite('Harbour monthly.\n\nA month at the harbour.', { published: { value: '2021-03', precision: 'month' }, source: 'Even Post' }));
      // both words of the phrase "harbour strike", never side by side
      const apart = makeWrite('A strike was called at the docks.\n\nThe harbour stayed calm.', { published: { value: '2018-04-01', precision: 'day' } });
      writes.push(apart);
      apartId = apart.document.id;

      emojiId = emoji.document.id;
      titleOnlyId = titled.document.id;
      for (const w of writes) {
        dates.set(w.document.id, w.document.published?.value ?? null);
        sources.set(w.document.id, w.document.source);
      }
      for (let i = 0; i < writes.length; i += 100) await store.writeDocuments(writes.slice(i, i + 100));
      // no harbour in it: kept out of `dates`, the harbour matches
      const tanker = makeWrite('The tanker sailed on Monday.\n\nCrews found oil far out at sea, miles off the beach.\n\nThe oil spill spread along the beach.', { published: { value: '2018-03-01', precision: 'day' } });
      await store.writeDocuments([tanker]);
      tankerId = tanker.document.id;
    });
    after(async () => store.close());

    /** Every match, page by page, as the API pages them. */
    async function allPages(limit: number): Promise<SearchHit[][]> {
      const pages: SearchHit[][] = [];
      for (let offset = 0; ; offset += limit) {
        const page = await store.searchDocuments({ text: 'harbour', limit, offset });
        if (page.length === 0) return pages;
        pages.push(page);
      }
    }

    test('pages walk every match once, tranche by tranche: newest first, ranked within a tranche', async () => {
      const pages = await allPages(45); // 45 does not divide the tranche: pages cross its boundary
      const hits = pages.flat();
      const ids = hits.map((h) => h.document.id);
      assert.equal(new Set(ids).size, ids.length, 'no document twice');
      assert.equal(ids.length, dates.size, 'every match (undated and title-only ones too)');
      const newestFirst = [...dates].sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : 1) : x === null ? 1 : y === null ? -1 : x < y ? 1 : -1)).map(([id]) => id);
      for (let t = 0; t * SEARCH_CANDIDATES < ids.length; t++) {
        const tranche = hits.slice(t * SEARCH_CANDIDATES, (t + 1) * SEARCH_CANDIDATES);
        assert.deepEqual(new Set(tranche.map((h) => h.document.id)), new Set(newestFirst.slice(t * SEARCH_CANDIDATES, (t + 1) * SEARCH_CANDIDATES)), `tranche ${t} is the next-newest matches`);
        for (let i = 1; i < tranche.length; i++) assert.ok((tranche[i - 1]?.rank ?? 0) >= (tranche[i]?.rank ?? 0), `tranche ${t} ranked at ${i}`);
      }
      const first = hits.slice(0, SEARCH_CANDIDATES);
      assert.match(first[0]?.snippet.map((p) => p.text).join('') ?? '', /strike/, 'the strike reports (the query word thrice) rank first');
    });

    test('filters and the `to` bound narrow the windows alike', async () => {
      const hits = await store.searchDocuments({ text: 'harbour', to: '2020-06', source: 'Odd Times', limit: 200 });
      const expected = [...dates].filter(([id, d]) => d !== null && d.slice(0, 7) <= '2020-06' && sources.get(id) === 'Odd Times').map(([id]) => id);
      assert.ok(expected.length > 20);
      assert.deepEqual(hits.map((h) => h.document.id).sort(), expected.sort());
    });

    test('a phrase matches its words side by side only; a negated phrase keeps the rest', async () => {
      const strikes = [...dates.keys()].filter((_, i) => i < DATED && i % 7 === 0);
      const phrase = await store.searchDocuments({ text: '"harbour strike"', limit: 200 });
      assert.deepEqual(phrase.map((h) => h.document.id).sort(), [...strikes].sort());
      const words = await store.searchDocuments({ text: 'harbour strike', limit: 200 });
      assert.deepEqual(words.map((h) => h.document.id).sort(), [...strikes, apartId].sort());
      const without = await store.searchDocuments({ text: 'harbour -"harbour strike"', limit: 400 });
      const ids = new Set(without.map((h) => h.document.id));
      assert.ok(ids.has(apartId), 'the words apart are not the phrase');
      assert.ok(strikes.every((id) => !ids.has(id)));
      assert.equal(ids.size, dates.size - strikes.length, 'every other harbour document');
    });

    test('a `to` bound of a year keeps that year\'s year-only, month-only and dated documents, newest first', async () => {
      const hits = await store.searchDocuments({ text: 'harbour', to: '2021', limit: 400 });
      const expected = [...dates].filter(([, d]) => d !== null && d.slice(0, 4) <= '2021').sort(([a, x], [b, y]) => ((x as string) === y ? (a < b ? -1 : 1) : (x as string) < (y as string) ? 1 : -1));
      assert.deepEqual(new Set(hits.slice(0, SEARCH_CANDIDATES).map((h) => h.document.id)), new Set(expected.slice(0, SEARCH_CANDIDATES).map(([id]) => id)));
      assert.deepEqual(hits.map((h) => h.document.id).sort(), expected.map(([id]) => id).sort());
    });

    test('facets count the newest tranche; the date facet goes by month over a long span', async () => {
      const result = await store.search({ text: 'harbour', limit: 5 });
      assert.equal(result.counted, SEARCH_CANDIDATES);
      assert.equal(result.capped, true);
      const facets = result.facets;
      assert.ok(facets);
      assert.equal(facets.outlet.reduce((n, f) => n + f.count, 0), SEARCH_CANDIDATES);
      assert.deepEqual(facets.outlet.map((f) => f.value).sort(), ['Even Post', 'Odd Times']);
      assert.equal(facets.date.unit, 'month');
      assert.equal(facets.date.values[0]?.value, dayOf(DATED - 1).slice(0, 7), 'newest month first');
      assert.ok(facets.date.values.every((v) => /^\d{4}-\d{2}$/.test(v.value)));
      const narrow = await store.search({ text: 'harbour', from: dayOf(DATED - 3), limit: 5 });
      assert.deepEqual(narrow.facets?.date, { unit: 'day', values: [DATED - 1, DATED - 2, DATED - 3].map((i) => ({ value: dayOf(i), label: dayOf(i), count: 1 })) });
      assert.equal(narrow.capped, false);
    });

    test('a passage after characters beyond the BMP is a UTF-16 span of the text', async () => {
      const [hit] = await store.searchDocuments({ text: 'trawlers', limit: 5 });
      assert.equal(hit?.document.id, emojiId);
      const doc = await store.getDocument(emojiId);
      assert.ok(hit.passage && doc);
      assert.equal(doc.text.slice(hit.passage.start, hit.passage.end), 'Weather 🌧 kept the trawlers in the harbour all week.');
      assert.deepEqual(hit.snippet.filter((p) => p.match).map((p) => p.text), ['trawlers']);
      assert.ok(doc.text.slice(hit.passage.start, hit.passage.end).includes(hit.snippet.map((p) => p.text).join('')));
    });

    test("a hit's passage: the first that holds the whole query, else the first that holds any of its words", async () => {
      const doc = await store.getDocument(tankerId);
      assert.ok(doc);
      const passageOf = async (text: string) => {
        const hit = (await store.searchDocuments({ text, limit: 5 })).find((h) => h.document.id === tankerId);
        assert.ok(hit?.passage, text);
        return doc.text.slice(hit.passage.start, hit.passage.end);
      };
      assert.equal(await passageOf('"oil spill"'), 'The oil spill spread along the beach.', 'the phrase, not the first "oil"');
      assert.equal(await passageOf('tanker beach'), 'The tanker sailed on Monday.', 'no passage holds both: the first with either');
      assert.equal(await passageOf('oil beach'), 'Crews found oil far out at sea, miles off the beach.', 'the first to hold both, not the densest');
    });

    test('a document matched by its title alone: no passage, the snippet from its start', async () => {
      const hits = await store.searchDocuments({ text: 'harbour news', limit: 5 });
      const titled = hits.find((h) => h.document.id === titleOnlyId);
      assert.ok(titled, JSON.stringify(hits.map((h) => h.document.title)));
      assert.equal(titled.passage, null);
      assert.match(titled.snippet.map((p) => p.text).join(''), /^Nothing about ports/);
    });

    test('a query of stop words only matches nothing, and does not fail', async () => {
      assert.deepEqual(await store.searchDocuments({ text: 'the and of' }), []);
      const result = await store.search({ text: 'the' });
      assert.equal(result.counted, 0);
      assert.deepEqual(result.facets?.entity, []);
    });
  });
}
