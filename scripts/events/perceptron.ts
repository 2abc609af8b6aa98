/**
 * Multi-class averaged perceptron over sparse binary features (Collins 2002; averaging by the
 * lazy-update trick). Deterministic: the example order is shuffled by a seeded generator.
 */
export interface Example {
  readonly features: readonly string[];
  readonly label: number;
  /** Update size for this example (down-weights the auxiliary sources). */
  readonly weight: number;
  /**
   * Partial label: any of these classes is right (Multi-CoPED's penta class names a group of PLOVER
   * categories); a mistake updates toward the best-scoring allowed class. `label` is ignored then.
   */
  readonly allowed?: readonly number[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(examples: readonly Example[], classes: number, epochs: number, seed: number): Map<string, Float64Array> {
  const weights = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let clock = 1;
  const rowOf = (map: Map<string, Float64Array>, feature: string): Float64Array => {
    let row = map.get(feature);
    if (row === undefined) map.set(feature, (row = new Float64Array(classes)));
    return row;
  };
  const update = (feature: string, c: number, delta: number): void => {
    const w = rowOf(weights, feature);
    const total = rowOf(totals, feature);
    const stamp = rowOf(stamps, feature);
    total[c]! += (clock - stamp[c]!) * w[c]!;
    stamp[c] = clock;
    w[c]! += delta;
  };
  const random = mulberry32(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const example = examples[index]!;
      const scores = new Float64Array(classes);
      for (const feature of example.features) {
        const row = weights.get(feature);
        if (row !== undefined) for (let c = 0; c < classes; c++) scores[c]! += row[c]!;
      }
      let best = 0;
      for (let c = 1; c < classes; c++) if (scores[c]! > scores[best]!) best = c;
      let gold = example.label;
      if (example.allowed !== undefined) {
        gold = example.allowed[0]!;
        for (const c of example.allowed) if (scores[c]! > scores[gold]!) gold = c;
      }
      if (best !== gold) {
        for (const feature of example.features) {
          update(feature, gold, example.weight);
          update(feature, best, -example.weight);
        }
      }
      clock++;
    }
  }
  const averaged = new Map<string, Float64Array>();
  for (const [feature, w] of weights) {
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    const row = new Float64Array(classes);
    for (let c = 0; c < classes; c++) row[c] = (total[c]! + (clock - stamp[c]!) * w[c]!) / clock;
    averaged.set(feature, row);
  }
  return averaged;
}
