/** Entity corrections as a pure function: merge, split, rename, set type, their chains, and refusals. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Correction, CorrectionInput, EntityFace } from '../../src/model/index.ts';
import { correctEntity, correctionProblem, indexCorrections, splitKey } from '../../src/model/index.ts';

let nextId = 1;
function c(kind: Correction['kind'], subject: string, value: string): Correction {
  return { id: nextId++, kind, subject, value, note: null, created: '2026-12-01T00:00:00Z' };
}

const SOLEIMANI: EntityFace = { key: 'PERSON:qasem soleimani', name: 'Qassem Soleimani', type: 'PERSON', aliases: ['Soleimani', 'General Soleimani'] };
const SURNAME_ONLY: EntityFace = { key: 'PERSON:qasem soleimani', name: 'Soleimani', type: 'PERSON', aliases: [] };
const QUDS: EntityFace = { key: 'ORG:quds force', name: 'Quds Force', type: 'ORG', aliases: ['Quds'] };
const IRAN: EntityFace = { key: 'GPE:iran', name: 'Iran', type: 'GPE', aliases: ['Tehran'] };

// [what, corrections, entity, expected face (key, name, type, aliases)]
const CASES: [string, Correction[], EntityFace, EntityFace][] = [
  ['no corrections: unchanged', [], SOLEIMANI, SOLEIMANI],
  ['a correction about another key: unchanged', [c('rename', 'GPE:iran', 'Islamic Republic of Iran')], QUDS, QUDS],
  ['merge: the key of the target', [c('merge', 'ORG:quds force', 'ORG:irgc')], QUDS, { ...QUDS, key: 'ORG:irgc' }],
  ['rename: the new name, the old one kept as an alias', [c('rename', 'GPE:iran', 'Islamic Republic of Iran')], IRAN,
    { ...IRAN, name: 'Islamic Republic of Iran', aliases: ['Tehran', 'Iran'] }],
  ['set type', [c('set_type', 'ORG:quds force', 'FACILITY')], QUDS, { ...QUDS, type: 'FACILITY' }],
  ['split: a document that names it only by the alias moves to the split key',
    [c('split', 'PERSON:qasem soleimani', 'soleimani')], SURNAME_ONLY, { ...SURNAME_ONLY, key: splitKey('PERSON:qasem soleimani', 'Soleimani') }],
  ['split: a document with the full name stays, the alias leaves its aliases',
    [c('split', 'PERSON:qasem soleimani', ' Soleimani ')], SOLEIMANI, { ...SOLEIMANI, aliases: ['General Soleimani'] }],
  ['merge then rename the target: the target’s new name',
    [c('merge', 'ORG:quds force', 'ORG:irgc'), c('rename', 'ORG:irgc', 'Revolutionary Guards')], QUDS,
    { ...QUDS, key: 'ORG:irgc', name: 'Revolutionary Guards', aliases: ['Quds', 'Quds Force'] }],
  ['merge chain: A into B, B into C', [c('merge', 'ORG:quds force', 'ORG:b'), c('merge', 'ORG:b', 'ORG:c')], QUDS, { ...QUDS, key: 'ORG:c' }],
  ['merge cycle stops at the first repeated key', [c('merge', 'ORG:quds force', 'ORG:b'), c('merge', 'ORG:b', 'ORG:quds force')], QUDS, { ...QUDS, key: 'ORG:b' }],
  ['split off a merged key: the alias follows the merge first',
    [c('merge', 'PERSON:qasem soleimani', 'PERSON:x'), c('split', 'PERSON:x', 'Soleimani')], SURNAME_ONLY,
    { ...SURNAME_ONLY, key: splitKey('PERSON:x', 'Soleimani') }],
  ['the split-off entity can be renamed and merged',
    [c('split', 'PERSON:qasem soleimani', 'Soleimani'), c('merge', splitKey('PERSON:qasem soleimani', 'soleimani'), 'PERSON:other soleimani'), c('rename', 'PERSON:other soleimani', 'Other Soleimani')],
    SURNAME_ONLY, { key: 'PERSON:other soleimani', name: 'Other Soleimani', type: 'PERSON', aliases: ['Soleimani'] }],
  ['the later of two renames wins', [c('rename', 'GPE:iran', 'Persia'), c('rename', 'GPE:iran', 'Iran (country)')], IRAN,
    { ...IRAN, name: 'Iran (country)', aliases: ['Tehran', 'Iran'] }],
];

for (const [what, corrections, entity, expected] of CASES) {
  test(`corrections: ${what}`, () => {
    assert.deepEqual(correctEntity(indexCorrections(corrections), entity), expected);
  });
}

test('corrections: the order of the list does not matter, the ids do', () => {
  const first = c('rename', 'GPE:iran', 'Persia');
  const second = c('rename', 'GPE:iran', 'Iran (country)');
  assert.equal(correctEntity(indexCorrections([second, first]), IRAN).name, 'Iran (country)');
});

test('corrections: other fields of the entity are kept', () => {
  const entity = { ...IRAN, id: 'e2', roles: [], country: 'IR' };
  const out = correctEntity(indexCorrections([c('merge', 'GPE:iran', 'GPE:islamic republic of iran')]), entity);
  assert.equal(out.id, 'e2');
  assert.equal(out.country, 'IR');
});

// [what, stored, input, expected problem (a part of it) or null]
const REFUSALS: [string, Correction[], CorrectionInput, string | null][] = [
  ['a plain merge is fine', [], { kind: 'merge', subject: 'ORG:a', value: 'ORG:b' }, null],
  ['merge into itself', [], { kind: 'merge', subject: 'ORG:a', value: 'ORG:a' }, 'into itself'],
  ['merge back into what merged into it', [c('merge', 'ORG:a', 'ORG:b')], { kind: 'merge', subject: 'ORG:b', value: 'ORG:a' }, 'already merged'],
  ['merge back through a chain', [c('merge', 'ORG:a', 'ORG:b'), c('merge', 'ORG:b', 'ORG:c')], { kind: 'merge', subject: 'ORG:c', value: 'ORG:a' }, 'already merged'],
  ['merge a split-off entity back where it came from', [c('split', 'PERSON:a b', 'B')], { kind: 'merge', subject: splitKey('PERSON:a b', 'b'), value: 'PERSON:a b' }, 'undo that split'],
  ['merge a split-off entity into another', [c('split', 'PERSON:a b', 'B')], { kind: 'merge', subject: splitKey('PERSON:a b', 'b'), value: 'PERSON:c b' }, null],
  ['unknown type', [], { kind: 'set_type', subject: 'ORG:a', value: 'COMPANY' }, 'unknown entity type'],
  ['known type', [], { kind: 'set_type', subject: 'ORG:a', value: 'FACILITY' }, null],
  ['empty alias', [], { kind: 'split', subject: 'ORG:a', value: '  ' }, 'alias is empty'],
  ['empty name', [], { kind: 'rename', subject: 'ORG:a', value: '' }, 'empty'],
  ['empty key', [], { kind: 'rename', subject: '', value: 'A' }, 'key is empty'],
];

for (const [what, stored, input, expected] of REFUSALS) {
  test(`corrections refused: ${what}`, () => {
    const problem = correctionProblem(stored, input);
    if (expected === null) assert.equal(problem, null);
    else assert.match(problem ?? '', new RegExp(expected));
  });
}
