import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findContradictions, interval } from '../../../src/stories/contradictions/index.ts';
import type { Role } from '../../../src/model/index.ts';
import { article, citedTexts, type ArticleSpec } from './build.ts';

// --- title -------------------------------------------------------------------------------------------------
const withRoles = (id: string, source: string, text: string, roles: Role[], extra: ArticleSpec['entities'] = []) =>
  article({ id, source, text, entities: [{ id: 'e0', type: 'PERSON', name: 'Karim Haddad', key: 'PERSON:karim hadad', roles, forms: ['Karim Haddad'] }, ...extra] });
const orgs = (...names: string[]): ArticleSpec['entities'] => names.map((n, i) => ({ id: `o${i}`, type: 'ORG', name: n, key: `ORG:${n.toLowerCase()}` }));
const iran = [{ id: 'g0', type: 'GPE', name: 'Iran', key: 'GPE:iran', country: 'IR', aliases: ['Iranian'] }] as const;

const TITLES: readonly (readonly [string, ReturnType<typeof article>, ReturnType<typeof article>, readonly string[]])[] = [
  ['one post in two organisations', withRoles('a', 'Gazette', 'Border Guards commander Karim Haddad died.', [{ title: 'Commander', org: 'Border Guards' }], orgs('Border Guards')),
    withRoles('b', 'Courier', 'Quds Force chief Karim Haddad died.', [{ title: 'Chief', org: 'Quds Force' }], orgs('Quds Force')),
    ['title of Karim Haddad (the same post in different organisations): "Commander (Border Guards)" vs "Chief (Quds Force)"']],
  ['former against current', withRoles('a', 'Gazette', 'Former commander Karim Haddad died.', [{ title: 'Former commander' }]),
    withRoles('b', 'Courier', 'Commander Karim Haddad died.', [{ title: 'Commander' }]),
    ['title of Karim Haddad (a different rank or time): "Former commander" vs "Commander"']],
  ['a longer title is no conflict', withRoles('a', 'Gazette', 'Top military commander Karim Haddad died.', [{ title: 'Top military commander' }]),
    withRoles('b', 'Courier', 'Commander Karim Haddad died.', [{ title: 'Commander' }]), []],
  ['a country and its adjective are one', withRoles('a', 'Gazette', 'Iran general Karim Haddad died.', [{ title: 'General', org: 'Iran' }], [...iran]),
    withRoles('b', 'Courier', 'Iranian general Karim Haddad died.', [{ title: 'General', org: 'Iranian' }], [...iran]), []],
  ['a country beside an organisation is unknown, not a conflict', withRoles('a', 'Gazette', 'Iranian commander Karim Haddad died.', [{ title: 'Commander', org: 'Iranian' }], [...iran]),
    withRoles('b', 'Courier', 'Quds Force chief Karim Haddad died.', [{ title: 'Chief', org: 'Quds Force' }], orgs('Quds Force')), []],
  ['a source giving both posts agrees with either', withRoles('a', 'Gazette', 'Border Guards commander Karim Haddad, Quds Force chief.', [{ title: 'Commander', org: 'Border Guards' }, { title: 'Chief', org: 'Quds Force' }], orgs('Border Guards', 'Quds Force')),
    withRoles('b', 'Courier', 'Quds Force chief Karim Haddad died.', [{ title: 'Chief', org: 'Quds Force' }], orgs('Quds Force')), []],
];
for (const [name, a, b, expected] of TITLES) {
  test(`title: ${name}`, () => assert.deepEqual(findContradictions([a, b], []).map((c) => c.about), expected));
}

test('title: claims cite the written title with its organisation and the name', () => {
  const [, a, b] = TITLES[0] as (typeof TITLES)[number];
  const found = findContradictions([a, b], []);
  assert.deepEqual(citedTexts([a, b], found[0]?.claims ?? []), ['a:Border Guards commander Karim Haddad', 'b:Quds Force chief Karim Haddad']);
});

// --- number ------------------------------------------------------------------------------------------------
const strike = (id: string, source: string, sentence: string, count: string, quantity: number, about: string, day = '2021-03-04') =>
  article({ id, source, text: sentence, facts: [{ span: count, quantity, about }], events: [{ sentence, type: 'ASSAULT', cameo: '19', day }] });

const NUMBERS: readonly (readonly [string, ReturnType<typeof article>[], readonly string[]])[] = [
  ['ten against seven killed in one strike', [
    strike('a', 'Gazette', 'The strike killed 10 people near the port.', '10 people', 10, 'people'),
    strike('b', 'Courier', 'Seven people died in the strike near the port.', 'Seven people', 7, 'people'),
  ], ['number of people on 2021-03-04: 7 vs 10']],
  ['about 3,000 fits 3,200', [
    strike('a', 'Gazette', 'Some 3,000 troops were hit.', 'Some 3,000 troops', 3000, '(about) troops'),
    strike('b', 'Courier', 'The 3,200 troops were hit.', '3,200 troops', 3200, 'troops'),
  ], []],
  ['at least 5 fits 9', [
    strike('a', 'Gazette', 'At least five soldiers died.', 'At least five soldiers', 5, '(at least) soldiers'),
    strike('b', 'Courier', 'Nine soldiers died.', 'Nine soldiers', 9, 'soldiers'),
  ], []],
  ['other days are other events', [
    strike('a', 'Gazette', 'The strike killed 10 people.', '10 people', 10, 'people'),
    strike('b', 'Courier', 'A strike killed seven people.', 'seven people', 7, 'people', '2021-03-05'),
  ], []],
  ['different things counted', [
    strike('a', 'Gazette', 'The strike killed 10 soldiers.', '10 soldiers', 10, 'soldiers'),
    strike('b', 'Courier', 'The strike killed seven civilians.', 'seven civilians', 7, 'civilians'),
  ], []],
  ['one source updating its own count', [
    strike('a', 'Gazette', 'The strike killed 7 soldiers.', '7 soldiers', 7, 'soldiers'),
    strike('a2', 'Gazette', 'The strike killed 10 soldiers.', '10 soldiers', 10, 'soldiers'),
  ], []],
];
for (const [name, articles, expected] of NUMBERS) {
  test(`number: ${name}`, () => assert.deepEqual(findContradictions(articles, []).map((c) => c.about), expected));
}

for (const [q, qualifier, expected] of [[10, null, [10, 10]], [3000, null, [2850, 3150]], [100, 'about', [85, 115]], [5, 'at least', [5, Infinity]], [20, 'up to', [0, 20]], [2000, 'between 2000 and 2500', [2000, 2500]]] as const) {
  test(`number: interval(${q}, ${qualifier})`, () => assert.deepEqual(interval(q, qualifier).map((x) => Math.round(x * 100) / 100), expected));
}

// --- actor -------------------------------------------------------------------------------------------------
const attack = (id: string, source: string, sentence: string, actors: readonly [string, string, string][], target: { type: 'PERSON' | 'GPE'; name: string }, cameo = '19') =>
  article({
    id, source, text: sentence,
    entities: [
      ...actors.map(([eid, name, country]) => ({ id: eid, type: 'GPE' as const, name, key: `GPE:${name.toLowerCase()}`, country, forms: [name] })),
      { id: 't', type: target.type, name: target.name, key: `${target.type}:${target.name.toLowerCase()}`, ...(target.type === 'GPE' ? { country: 'IQ' } : {}) },
    ],
    events: actors.map(([eid]) => ({ sentence, type: 'ASSAULT', cameo, actor: eid, target: 't', day: '2021-03-04' })),
  });
const commander = { type: 'PERSON', name: 'Karim Haddad' } as const;

const ACTORS: readonly (readonly [string, ReturnType<typeof article>[], readonly string[]])[] = [
  ['two sources, two attackers', [
    attack('a', 'Gazette', 'A US drone killed Karim Haddad.', [['u', 'US', 'US']], commander),
    attack('b', 'Courier', 'An Israeli jet killed Karim Haddad.', [['i', 'Israel', 'IL']], commander),
  ], ['who carried out assault against Karim Haddad on 2021-03-04: US vs Israel']],
  ['a source unsure of its actor says nothing', [
    attack('a', 'Gazette', 'A US drone killed Karim Haddad.', [['u', 'US', 'US']], commander),
    attack('b', 'Courier', 'US or Israel killed Karim Haddad.', [['u', 'US', 'US'], ['i', 'Israel', 'IL']], commander),
  ], []],
  ['a whole country as target is too broad', [
    attack('a', 'Gazette', 'The US struck Iraq.', [['u', 'US', 'US']], { type: 'GPE', name: 'Iraq' }),
    attack('b', 'Courier', 'Israel struck Iraq.', [['i', 'Israel', 'IL']], { type: 'GPE', name: 'Iraq' }),
  ], []],
  ['verbal events have many actors', [
    attack('a', 'Gazette', 'The US urged Karim Haddad to stop.', [['u', 'US', 'US']], commander, '10'),
    attack('b', 'Courier', 'Israel urged Karim Haddad to stop.', [['i', 'Israel', 'IL']], commander, '10'),
  ], []],
];
for (const [name, articles, expected] of ACTORS) {
  test(`actor: ${name}`, () => assert.deepEqual(findContradictions(articles, []).map((c) => c.about), expected));
}
