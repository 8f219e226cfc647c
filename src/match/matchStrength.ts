// Match strength: a score on a fixed scale, so one threshold means the same on any corpus and query.
//
// BM25F scores grow with the number of query words and with their idf, so a raw 10 is weak for a two-word
// query and strong for a paragraph. Strength divides the final score by the query's attainable score:
// what a record would score that contains the query's most distinctive words so often, in every field,
// that BM25's saturation is reached ((k1 + 1) per word). Only the REFERENCE_WORDS words of largest
// qw * idf count: a long demand is answered well by a result that covers its few key words, not all
// sixty words of its description.
//
//   attainable(q) = (k1 + 1) * sum over the user's top-5 terms t (by qw_t * idf(t)) of qw_t * idf(t)
//   strength      = min(1, text * readinessFit / attainable(q))          (idf of an unseen word: df = 0)
//
// Bridged words add to the text score but not to the attainable score: they can make up for words the
// user wrote and the result did not. Filler words and bare numbers have small query weights
// (queryNoise.ts), so they count little on both sides. Within one query, strength is the score over a
// constant, so ranking is unchanged. Chosen, against the reference "every word once" without the top-5
// cut, by the pooled ROC AUC of strength vs labels (comparability across queries) on the sample labels
// and NFCorpus train; README "Match strength" has the table per band.

import { fail } from "../errors/errors.js";
import type { WeightedTerm } from "../bridge/bridgeTypes.js";
import type { InvertedIndex } from "../postings/invertedIndex.js";
import { idf } from "../score/bm25f.js";

/** Band names of a strength, for explanations. */
export type StrengthBand = "strong" | "partial" | "weak";

/** How many of the query's own words (largest qw * idf first) make its attainable score. */
export const REFERENCE_WORDS = 5;

/**
 * Lower limits of the bands: strong >= 0.4, partial >= 0.2, weak below. Chosen on the sample labels and
 * NFCorpus train, where precision rises from band to band; README "Match strength" has the table.
 */
export const STRENGTH_BANDS: Readonly<{ strong: number; partial: number }> = Object.freeze({ strong: 0.4, partial: 0.2 });

/** The band of a strength in [0, 1]. */
export function strengthBand(strength: number): StrengthBand {
  return strength >= STRENGTH_BANDS.strong ? "strong" : strength >= STRENGTH_BANDS.partial ? "partial" : "weak";
}

/** The attainable score of a query's own terms in `index` (see the file comment); 0 for an empty query. */
export function attainableScore(index: InvertedIndex, ownTerms: readonly WeightedTerm[]): number {
  const n = index.size;
  const weights = ownTerms.filter((t) => t.weight > 0).map((t) => t.weight * idf(n, index.docFrequency(t.term)));
  weights.sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < Math.min(REFERENCE_WORDS, weights.length); i++) sum += weights[i];
  return (index.k1 + 1) * sum;
}

/** Strength in [0, 1] of a final score against the attainable score. */
export function strengthOf(score: number, attainable: number): number {
  if (!(attainable > 0) || !(score > 0)) return 0;
  return Math.min(1, score / attainable);
}

/** Check a `minStrength` option: a number in [0, 1]; NaN, strings and the like are rejected. */
export function checkMinStrength(value: unknown, context: string): number {
  if (value === undefined) return 0;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0 || value > 1) {
    fail("minStrength", `expected a number from 0 to 1, got ${typeof value === "number" ? String(value) : typeof value}`, context);
  }
  return value;
}
