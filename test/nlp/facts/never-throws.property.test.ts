import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFacts } from '../../../src/nlp/facts/index.ts';
import { extractStances } from '../../../src/nlp/stances/index.ts';
import { buildStageInput } from '../build-stage-input.ts';

// Words that stress both stages: numbers of every shape, units, qualifiers, cues, names, punctuation.
const WORDS = [
  '3,000', '4.5', '%', '$', '1.5bn', 'half', 'a', 'million', 'more', 'than', 'between', 'and', 'to', '-', '–', 'troops',
  'days', 'of', 'the', 'in', 'January', '2020', '10:30', 'p.m.', '62-year-old', 'one', 'three', 'twenty-five', 'dozens',
  'soared', 'by', 'fell', 'Iran', 'Norway', "'s", 'minister', 'said', 'vowed', 'revenge', 'condemned', 'not', 'urged',
  'restraint', ',', '.', '"', '(', ')', 'if', 'praised', 'officials', 'Iranian', '+1', '202-555-0199', 'No.', '5th', 'km',
];

test('extractFacts and extractStances never throw and keep their spans inside the text', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 5 }), (words, noise) => {
      const text = [...words, ...noise].join(' ');
      const input = buildStageInput(text, {
        entities: [
          { name: 'Iran', type: 'GPE', country: 'IR' }, { name: 'Iranian', type: 'NORP', country: 'IR' },
          { name: 'Norway', type: 'GPE', country: 'NO' },
        ],
      });
      for (const f of extractFacts(input)) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, JSON.stringify(f));
        assert.ok(Number.isFinite(f.quantity), JSON.stringify(f));
        assert.ok(f.about.length > 0);
      }
      for (const s of extractStances(input)) {
        assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, JSON.stringify(s));
        assert.ok(input.entities.some((e) => e.id === s.actor));
      }
    }),
    { numRuns: 300 },
  );
});
