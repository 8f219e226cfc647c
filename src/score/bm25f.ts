// BM25F, the "simple BM25F" of Robertson, Zaragoza & Taylor (CIKM 2004) and Zaragoza et al. (TREC 2004):
// per-field term frequencies are length-normalised, weighted and summed into one pseudo-frequency
// before the BM25 saturation, so a term seen in two fields is not counted as two independent terms.
//
//   tf~(t,d)   = sum_f  w_f * tf_f(t,d) / (1 - b_f + b_f * len_f(d) / avglen_f)
//   idf(t)     = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))          (always > 0; the Lucene variant)
//   score(q,d) = sum_t  qw_t * idf(t) * (k1 + 1) * tf~ / (k1 + tf~)
//
// N and df count live documents; avglen_f is over live documents. Defaults k1 = 1.2, b = 0.75
// (Robertson & Zaragoza, "The Probabilistic Relevance Framework", 2009).

/** Scoring parameters of one field. */
export interface FieldScoring {
  readonly weight: number;
  readonly b: number;
}

export const DEFAULT_K1 = 1.2;
export const DEFAULT_B = 0.75;

/** Inverse document frequency, never negative. */
export function idf(docCount: number, docFrequency: number): number {
  return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
}

/** The per-field factor w_f / norm_f(d) that turns a raw field tf into its share of tf~. */
export function fieldFactor(field: FieldScoring, length: number, averageLength: number): number {
  const norm = averageLength > 0 ? 1 - field.b + (field.b * length) / averageLength : 1;
  return field.weight / norm;
}

/** BM25 saturation of a pseudo-frequency, scaled by (k1 + 1). Monotone in `tfTilde`. */
export function saturate(tfTilde: number, k1: number): number {
  return tfTilde <= 0 ? 0 : ((k1 + 1) * tfTilde) / (k1 + tfTilde);
}
