/**
 * `npm run train:ner` — trains the name tagger and writes models/ner/ner-v1.bin.gz.
 *
 *   node --import tsx scripts/ner/train.ts [--data DIR] [--free] [--epochs N] [--min-count N]
 *     [--conll-copies N] [--direction rtl|ltr] [--no-gazetteer] [--no-doc-labels] [--seed N] [--out FILE]
 *     [--clusters FILE]
 *
 * Default (restricted): OntoNotes 5 train (our six types + MISC) + CoNLL-2003 eng.train (mapped; see
 * datasets.ts) seen once per epoch (`--conll-copies 1`; 2 copies bought ~0.7 F1 on CoNLL dev for ~0.8
 * on OntoNotes dev, and OntoNotes is the harder floor). Defaults = the shipped model: 14 epochs, right
 * to left, every feature kept (min count 1), gazetteer and document labels on, seed 7.
 * `--ontonotes-only` / `--conll-only` are for experiments. `--free`: only the openly licensed sets under ner/free (writes ner-free-v1.bin.gz).
 * The dev splits (OntoNotes dev, CoNLL eng.testa) are scored after every epoch and the best epoch's
 * averaged weights are kept — dev is used only for that choice; no test split is read.
 * Deterministic: fixed seed for the document shuffles; word clusters from models/ner/clusters-v1.tsv.gz
 * (scripts/ner/clusters.ts).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { f1Of } from '../../src/eval/ner/score.ts';
import { loadConllDev, loadOntonotesDev, scoreConll, scoreOntonotes } from '../../src/eval/ner/evaluate.ts';
import { gazetteerLabels } from '../../src/nlp/gazetteer/index.ts';
import { documentLabels, lowercaseNameEdges, NAME_EDGES_META, parseNerModel, serializeNerModel, trainNerModel, withDocumentLabels, type NerModel, type TrainingDocument } from '../../src/nlp/ner/index.ts';
import { conllTrain, freeTrain, ontonotesTrain } from './datasets.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    free: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '14' },
    'min-count': { type: 'string', default: '1' },
    'min-weight': { type: 'string', default: '0' },
    'no-gazetteer': { type: 'boolean', default: false },
    'no-doc-labels': { type: 'boolean', default: false },
    direction: { type: 'string', default: 'rtl' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
    clusters: { type: 'string' },
    'ontonotes-only': { type: 'boolean', default: false },
    'conll-only': { type: 'boolean', default: false },
    'conll-copies': { type: 'string', default: '1' },
  },
});
const dataDir = values.data ?? fileURLToPath(new URL('../../../shared/data', import.meta.url));
const modelsDir = fileURLToPath(new URL('../../models/ner/', import.meta.url));
const outFile = values.out ?? `${modelsDir}${values.free ? 'ner-free-v1.bin.gz' : 'ner-v1.bin.gz'}`;
const useGazetteer = !values['no-gazetteer'];
const useDocLabels = useGazetteer && !values['no-doc-labels'];
const started = Date.now();
const log = (line: string): void => void process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);

const clusters = new Map<string, string>();
const clustersFile = values.clusters ?? `${modelsDir}clusters-v1.tsv.gz`;
for (const line of gunzipSync(readFileSync(clustersFile)).toString('utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
}
log(`clusters: ${clusters.size} words`);

const sources: Record<string, TrainingDocument[]> = values.free
  ? { free: freeTrain(dataDir) }
  : values['conll-only'] ? { conll: conllTrain(dataDir) } : values['ontonotes-only'] ? { ontonotes: ontonotesTrain(dataDir) } : { ontonotes: ontonotesTrain(dataDir), conll: Array.from({ length: Number(values['conll-copies']) }, () => conllTrain(dataDir)).flat() };
const withGazetteer = (docs: TrainingDocument[]): TrainingDocument[] =>
  useGazetteer
    ? docs.map((doc) => {
      const docLabels = useDocLabels ? documentLabels(doc.map((s) => s.words)) : undefined;
      return doc.map((s, i) => ({ ...s, gazetteer: withDocumentLabels(gazetteerLabels(s.words), docLabels?.[i]) }));
    })
    : docs;
const docs = Object.values(sources).flatMap(withGazetteer);
const tokenCount = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.words.length, 0), 0);
log(`training data: ${Object.entries(sources).map(([k, v]) => `${k} ${v.length} docs`).join(', ')}; ${tokenCount} tokens`);

const ontoDev = loadOntonotesDev(dataDir);
const conllDev = loadConllDev(dataDir);
let best: { epoch: number; score: number; model: NerModel; onto: number; conll: number } | null = null;

const model = trainNerModel(docs, {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  clusters,
  gazetteer: useGazetteer,
  direction: values.direction === 'ltr' ? 'ltr' : 'rtl',
  version: values.free ? 'ner-free-v1' : 'ner-v1',
  meta: { document_labels: useDocLabels },
  log,
  onEpoch(epoch, m) {
    const onto = f1Of(scoreOntonotes(ontoDev, m).micro).f1;
    const conll = f1Of(scoreConll(conllDev, m).micro).f1;
    const score = (onto + conll) / 2;
    log(`epoch ${epoch}: dev F1 OntoNotes ${onto.toFixed(4)}, CoNLL ${conll.toFixed(4)}`);
    if (!best || score > best.score) best = { epoch, score, model: m, onto, conll };
  },
});
const chosen = (best as { epoch: number; model: NerModel; onto: number; conll: number } | null) ?? { epoch: Number(values.epochs), model, onto: Number.NaN, conll: Number.NaN };
const trainSeconds = Math.round((Date.now() - started) / 1000);
const meta = {
  trained: values.free
    ? 'free sets: WikiANN-en, WikiGold, WNUT-17, re3d (no BBC), CrossNER politics (train splits)'
    : `OntoNotes 5.0 train (CoNLL-2012 split) + CoNLL-2003 eng.train ×${values['conll-copies']}`,
  research_only: !values.free,
  epochs: chosen.epoch,
  min_count: Number(values['min-count']),
  seed: Number(values.seed),
  gazetteer: useGazetteer,
  document_labels: useDocLabels,
  direction: values.direction,
  clusters: clustersFile.slice(clustersFile.lastIndexOf('/') + 1),
  dev_f1: { ontonotes: Number(chosen.onto.toFixed(4)), conll: Number(chosen.conll.toFixed(4)) },
  train_seconds: trainSeconds,
  command: `npm run train:ner${values.free ? ' -- --free' : ''}`,
  // which lower-case words may begin a name in decoding order (the rest are pruned after an O)
  [NAME_EDGES_META]: lowercaseNameEdges(Object.values(sources).flat(), values.direction === 'ltr' ? 'ltr' : 'rtl'),
};
const bytes = serializeNerModel({ ...chosen.model, meta }, { minWeight: Number(values['min-weight']) });
writeFileSync(outFile, bytes);
log(`best epoch ${chosen.epoch}; wrote ${outFile} (${(statSync(outFile).size / 1e6).toFixed(2)} MB)`);

// Check that the quantised file scores like the in-memory model.
const reread = parseNerModel(new Uint8Array(readFileSync(outFile)));
log(`reloaded: ${reread.features.size} features; dev F1 OntoNotes ${f1Of(scoreOntonotes(ontoDev, reread).micro).f1.toFixed(4)}, CoNLL ${f1Of(scoreConll(conllDev, reread).micro).f1.toFixed(4)}`);
