import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comboFeatures, FeatureIds, featureNames, historyFeatures, isMemorable, MAX_FEATURES_PER_TOKEN, templatesOf, wordTemplates } from '../../../src/nlp/ner/features.ts';
import { wordShape } from '../../../src/nlp/ner/shape.ts';

test('word shapes collapse runs of one character class', () => {
  const cases: [string, string][] = [
    ['Soleimani', 'Xx'], ['IRGC', 'X'], ['U.S.', 'X.X.'], ['2020', 'd'], ['F-16s', 'X-dx'], ['al-Muhandis', 'x-Xx'], ['Ünal', 'Xx'], ['said', 'x'],
  ];
  for (const [word, shape] of cases) assert.equal(wordShape(word), shape, word);
});

test('word templates carry form, lower case, shape, affixes and cluster prefixes', () => {
  const clusters = new Map([['Tehran', '0001110101011110']]);
  const t = wordTemplates('Tehran', clusters);
  for (const f of ['w=Tehran', 'l=tehran', 's=Xx', 'p1=t', 'p4=tehr', 'x1=n', 'x3=ran', 'c4=0001', 'c6=000111', 'c10=0001110101']) assert.ok(t.self.includes(f), f);
  assert.ok(!t.self.some((f) => f.startsWith('c20=')), 'no 20-bit prefix for a 16-bit path');
  assert.ok(t.left1.includes('c6-1=000111') && t.right1.includes('l+1=tehran') && t.right1.includes('w+1=Tehran'));
  // unknown words say so, and a lower-case form finds a capitalised cluster entry
  assert.ok(wordTemplates('Zzyzx', clusters).self.includes('c=none'));
  assert.ok(wordTemplates('TEHRAN', clusters).self.includes('c4=0001'));
});

test('context, position, gazetteer and history features of a token', () => {
  const words = ['Iranian', 'officials', 'met', 'in', 'Tehran'];
  const t = templatesOf(words, new Map());
  const gaz = [['B-demonym'], [], [], [], ['B-capital', 'B-city']];
  const first = comboFeatures(t, 0, gaz);
  assert.ok(first.includes('first|s=Xx') && first.includes('g=B-demonym') && first.includes('l-1l0=<s>|iranian'));
  const last = comboFeatures(t, 4, gaz);
  assert.ok(last.includes('g=B-capital') && last.includes('g=B-city') && last.includes('l0l+1=tehran|</s>'));
  assert.ok(!last.some((f) => f.startsWith('first|')));
  assert.deepEqual(historyFeatures(t[6]!, 'O', 'O', 'GPE'), ['T1=O', 'T2=O|O', 'T1l=O|tehran', 'T1s=O|Xx', 'D=GPE', 'Ds=GPE|Xx']);
  const all = featureNames(t, 4, null, 'O', 'O', undefined);
  assert.ok(all.includes('l-1=in') && all.includes('l-2=met') && all.includes('l+1=</s>') && all.includes('bias'));
  assert.ok(!all.some((f) => f.startsWith('g=')), 'no gazetteer features without labels');
});

test('only capitalised words enter the document memory', () => {
  assert.equal(isMemorable('Soleimani'), true);
  assert.equal(isMemorable('Ürümqi'), true);
  assert.equal(isMemorable('said'), false);
  assert.equal(isMemorable('I'), false);
});

test('the integer-id path yields exactly the named features that the index knows', () => {
  const words = ['Iranian', 'officials', 'met', 'Qasem', 'Soleimani', 'in', 'Tehran', '.'];
  const gaz = [['B-demonym'], [], [], ['B-person'], ['I-person'], [], ['B-capital', 'B-city'], []];
  const clusters = new Map([['Tehran', '0001110101011110'], ['met', '1010']]);
  const tags = ['O', 'B-PERSON', 'I-PERSON', 'B-GPE', 'I-GPE'];
  const t = templatesOf(words, clusters);
  // an index holding every other feature of every token under every history
  const index = new Map<string, number>();
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    for (const p of tags) for (const names of [featureNames(t, i, gaz, p, 'O', 'GPE'), featureNames(t, i, gaz, p, p, undefined)]) {
      for (const name of names) if (!index.has(name) && k++ % 2 === 0) index.set(name, index.size);
    }
  }
  const ids = new FeatureIds(index, clusters, tags);
  const prepared = ids.prepare(words, gaz);
  const out = new Int32Array(MAX_FEATURES_PER_TOKEN);
  for (let i = 0; i < words.length; i++) {
    for (const [p, p2, d] of [[0, 0, undefined], [1, 0, 'PERSON'], [3, 1, 'GPE']] as const) {
      const n = ids.collect(prepared, i, p, p2, d, out);
      const expected = featureNames(t, i, gaz, tags[p]!, tags[p2]!, d).map((name) => index.get(name)).filter((x) => x !== undefined);
      assert.deepEqual([...out.subarray(0, n)].sort((a, b) => a - b), expected.sort((a, b) => a! - b!), `token ${i}, history ${p}/${p2}/${d}`);
    }
  }
});

test('emptying the word cache between sentences changes no feature ids', () => {
  const sentences = [['Iranian', 'officials', 'met', 'in', 'Tehran'], ['Tehran', 'said', 'officials', 'met', 'Iranian', 'envoys'], ['met', 'in', 'Tehran', 'Iranian']];
  const tags = ['O', 'B-GPE', 'I-GPE'];
  const index = new Map<string, number>();
  for (const words of sentences) {
    const t = templatesOf(words, new Map());
    for (let i = 0; i < words.length; i++) for (const name of featureNames(t, i, null, 'O', 'O', undefined)) if (!index.has(name)) index.set(name, index.size);
  }
  const big = new FeatureIds(index, new Map(), tags);
  const tiny = new FeatureIds(index, new Map(), tags, 3);
  const a = new Int32Array(MAX_FEATURES_PER_TOKEN);
  const b = new Int32Array(MAX_FEATURES_PER_TOKEN);
  for (let round = 0; round < 2; round++) {
    for (const words of sentences) {
      const pa = big.prepare(words, null);
      const pb = tiny.prepare(words, null);
      for (let i = 0; i < words.length; i++) {
        const na = big.collect(pa, i, 1, 0, undefined, a);
        const nb = tiny.collect(pb, i, 1, 0, undefined, b);
        assert.deepEqual([...b.subarray(0, nb)], [...a.subarray(0, na)], `${words.join(' ')} @${i}`);
      }
    }
  }
});
