import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFloors } from '../src/eval/gate.ts';

const baseline = { floors: { 'html.zyte.f1': 0.947, 'ner.f1': 0.85 }, ceilings: { 'liveblog.false_positive_rate': 0.02 } };

const CASES: [string, { name: string; value: number }[], string[], string[], string[]][] = [
  ['all met', [{ name: 'html.zyte.f1', value: 0.96 }, { name: 'liveblog.false_positive_rate', value: 0 }], ['html', 'liveblog'], [], ['ner.f1']],
  ['below a floor', [{ name: 'html.zyte.f1', value: 0.9 }], ['html'], ['html.zyte.f1'], ['ner.f1', 'liveblog.false_positive_rate']],
  ['above a ceiling', [{ name: 'liveblog.false_positive_rate', value: 0.05 }], ['liveblog'], ['liveblog.false_positive_rate'], ['html.zyte.f1', 'ner.f1']],
  ['a suite that ran but lost its figure fails', [], ['html'], ['html.zyte.f1'], ['ner.f1', 'liveblog.false_positive_rate']],
  ['NaN never passes', [{ name: 'html.zyte.f1', value: Number.NaN }], ['html'], ['html.zyte.f1'], ['ner.f1', 'liveblog.false_positive_rate']],
];
for (const [name, metrics, ran, failing, unmeasured] of CASES) {
  test(`eval gate: ${name}`, () => {
    const gate = checkFloors(metrics, baseline, ran);
    assert.deepEqual(gate.failures.map((f) => f.metric), failing);
    assert.deepEqual(gate.unmeasured, unmeasured);
  });
}
