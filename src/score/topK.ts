/**
 * A bounded heap that keeps the k best (score, doc) pairs: higher score first, ties broken by
 * the caller's `before(a, b)` order (ascending external id), so results are deterministic.
 * The root is the worst kept entry, so `threshold` is what a new document must beat.
 */
export class TopK {
  readonly k: number;
  private readonly docs: Uint32Array;
  private readonly scores: Float64Array;
  private count = 0;
  private readonly before: (a: number, b: number) => boolean;

  constructor(k: number, before: (a: number, b: number) => boolean) {
    this.k = k;
    this.docs = new Uint32Array(k);
    this.scores = new Float64Array(k);
    this.before = before;
  }

  get full(): boolean {
    return this.count === this.k;
  }

  /** Score a document must reach to have a chance; -Infinity until the heap is full. */
  get threshold(): number {
    return this.count === this.k ? this.scores[0] : -Infinity;
  }

  /** true when (s1, d1) ranks below (s2, d2). */
  private worse(s1: number, d1: number, s2: number, d2: number): boolean {
    return s1 < s2 || (s1 === s2 && this.before(d2, d1));
  }

  /** Offer a candidate; returns true when it was kept. */
  offer(doc: number, score: number): boolean {
    if (this.count < this.k) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, doc, this.scores[parent], this.docs[parent])) break;
        this.docs[i] = this.docs[parent];
        this.scores[i] = this.scores[parent];
        i = parent;
      }
      this.docs[i] = doc;
      this.scores[i] = score;
      return true;
    }
    if (!this.worse(this.scores[0], this.docs[0], score, doc)) return false;
    this.siftDown(doc, score);
    return true;
  }

  private siftDown(doc: number, score: number): void {
    let i = 0;
    const n = this.count;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.worse(this.scores[r], this.docs[r], this.scores[l], this.docs[l])) c = r;
      if (!this.worse(this.scores[c], this.docs[c], score, doc)) break;
      this.docs[i] = this.docs[c];
      this.scores[i] = this.scores[c];
      i = c;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }

  /** The kept entries, best first. */
  sorted(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.count; i++) out.push({ doc: this.docs[i], score: this.scores[i] });
    out.sort((a, b) => (b.score - a.score) || (this.before(a.doc, b.doc) ? -1 : this.before(b.doc, a.doc) ? 1 : 0));
    return out;
  }
}
