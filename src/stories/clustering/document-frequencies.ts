/** Document frequencies learned online: each added document counts once per distinct key. */
export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private total = 0;

  get documents(): number {
    return this.total;
  }

  addDocument(keys: Iterable<string>): void {
    this.total += 1;
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Smoothed idf, ≥ 1 − ln 2 > 0: ln((N + 1) / (df + 1)) + 1 … never 0, so a lone document still has weights. */
  idf(key: string): number {
    return Math.log((this.total + 1) / ((this.counts.get(key) ?? 0) + 1)) + 1;
  }
}
