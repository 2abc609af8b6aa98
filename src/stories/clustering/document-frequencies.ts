/**
 * Document frequencies learned online: each added document counts once per distinct key. A clusterer
 * restored from a store starts from the stored counts of the keys it will need (`restore`), and
 * remembers what it added since (`added`) so the caller can write the increments back.
 */
export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private total = 0;
  /** Keys added since construction or restore, with how many documents added each. */
  readonly added = new Map<string, number>();
  addedDocuments = 0;

  get documents(): number {
    return this.total;
  }

  /** Starts from stored figures: the corpus size and the counts of some keys (unlisted keys count 0). */
  restore(documents: number, counts: Iterable<readonly [string, number]>): void {
    this.total = documents;
    for (const [key, n] of counts) this.counts.set(key, n);
  }

  addDocument(keys: Iterable<string>): void {
    this.total += 1;
    this.addedDocuments += 1;
    for (const key of keys) {
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      this.added.set(key, (this.added.get(key) ?? 0) + 1);
    }
  }

  /** Smoothed idf, ≥ 1 − ln 2 > 0: ln((N + 1) / (df + 1)) + 1 … never 0, so a lone document still has weights. */
  idf(key: string): number {
    return Math.log((this.total + 1) / ((this.counts.get(key) ?? 0) + 1)) + 1;
  }
}
