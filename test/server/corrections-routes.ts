/**
 * The correction routes, called from the server contract (server.contract.ts) over the invented Kerava
 * story: make corrections, see them in the entity, quote and story routes at once, refuse bad ones,
 * undo them all (the later contract tests see the store as it was).
 */
import assert from 'node:assert/strict';
import type { Hit } from './http.ts';

type Call = (route: string, path: string, status?: number, init?: RequestInit) => Promise<Hit>;
interface Entity { key: string; name: string; type: string; aliases: string[]; documents: number }
interface Correction { id: number; kind: string; subject: string; value: string; note: string | null }

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export async function exerciseCorrectionRoutes(call: Call, storyId: string): Promise<void> {
  assert.deepEqual((await call('/api/corrections', '/api/corrections')).body, { items: [], next: null });
  const people = ((await call('/api/entities', `/api/entities?type=PERSON&story=${storyId}`)).body as { items: Entity[] }).items;
  const anna = people.find((e) => /Jonsdottir/.test(e.name));
  const bjarni = people.find((e) => /Sigurdsson/.test(e.name));
  assert.ok(anna && bjarni, JSON.stringify(people.map((p) => p.name)));
  const annaPath = `/api/entities/${encodeURIComponent(anna.key)}`;

  const rename = (await call('/api/corrections', '/api/corrections', 201, post({ kind: 'rename', subject: anna.key, value: 'Anna K. Jonsdottir', note: 'her full name' }))).body as Correction;
  assert.deepEqual([rename.kind, rename.value, rename.note], ['rename', 'Anna K. Jonsdottir', 'her full name']);
  assert.equal(((await call('/api/entities/{key}', annaPath)).body as { entity: Entity }).entity.name, 'Anna K. Jonsdottir');
  const quotes = (await call('/api/quotes', `/api/quotes?entity_key=${encodeURIComponent(anna.key)}`)).body as { items: { entityName: string }[] };
  assert.ok(quotes.items.length > 0 && quotes.items.every((q) => q.entityName === 'Anna K. Jonsdottir'), JSON.stringify(quotes.items.map((q) => q.entityName)));

  const merge = (await call('/api/corrections', '/api/corrections', 201, post({ kind: 'merge', subject: bjarni.key, value: anna.key }))).body as Correction;
  const oldKey = (await call('/api/entities/{key}', `/api/entities/${encodeURIComponent(bjarni.key)}`)).body as { entity: Entity };
  assert.equal(oldKey.entity.key, anna.key, 'the merged key answers with the entity it was merged into');
  const storyPeople = ((await call('/api/stories/{id}/entities', `/api/stories/${storyId}/entities?type=PERSON`)).body as { items: Entity[] }).items;
  assert.ok(!storyPeople.some((e) => e.key === bjarni.key), 'the merged entity is gone from the story');
  assert.ok(storyPeople.find((e) => e.key === anna.key)?.aliases.includes(bjarni.name), 'its name is an alias of the target');

  const refused: [unknown, number, RegExp][] = [
    [{ kind: 'merge', subject: anna.key, value: anna.key }, 400, /itself/],
    [{ kind: 'merge', subject: 'PERSON:nobody at all', value: anna.key }, 404, /no entity/],
    [{ kind: 'set_type', subject: anna.key, value: 'ALIEN' }, 400, /unknown entity type/],
    [{ kind: 'explode', subject: anna.key, value: 'x' }, 400, /json\.kind/],
    [{ kind: 'rename', subject: anna.key }, 400, /json\.value/],
  ];
  for (const [body, status, detail] of refused) {
    const r = await call('/api/corrections', '/api/corrections', status, post(body));
    assert.match((r.body as { detail: string }).detail, detail, JSON.stringify(body));
  }
  const listed = (await call('/api/corrections', '/api/corrections?limit=1')).body as { items: Correction[]; next: string };
  assert.deepEqual(listed.items.map((c) => c.id), [rename.id]);
  const rest = (await call('/api/corrections', `/api/corrections?limit=1&cursor=${listed.next}`)).body as { items: Correction[]; next: null };
  assert.deepEqual(rest.items.map((c) => c.id), [merge.id]);

  assert.equal(((await call('/api/corrections/{id}', `/api/corrections/${merge.id}`, 200, { method: 'DELETE' })).body as Correction).id, merge.id);
  await call('/api/corrections/{id}', `/api/corrections/${rename.id}`, 200, { method: 'DELETE' });
  await call('/api/corrections/{id}', `/api/corrections/${rename.id}`, 404, { method: 'DELETE' });
  await call('/api/corrections/{id}', '/api/corrections/abc', 400, { method: 'DELETE' });
  assert.equal(((await call('/api/entities/{key}', annaPath)).body as { entity: Entity }).entity.name, anna.name, 'undone');
  assert.ok(((await call('/api/stories/{id}/entities', `/api/stories/${storyId}/entities?type=PERSON`)).body as { items: Entity[] }).items.some((e) => e.key === bjarni.key));
}
