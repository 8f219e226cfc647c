// Match strength: a score on a fixed scale, so one threshold means the same on any corpus and query.
//
// BM25F scores grow with the number of query words and with their idf, so a raw 10 is weak for a two-word
// query and strong for a paragraph. Strength divides the evidence of a match by the query's attainable
// score: what a record would score that contains the query's most distinctive words so often, in every
// field, that BM25's saturation is reached ((k1 + 1) per word). Only the REFERENCE_WORDS words of largest
// qw * idf count: a long demand is answered well by a result that covers its key words, not all
// sixty words of its description.
//
//   attainable(q) = (k1 + 1) * sum over the user's top-5 terms t (by qw_t * idf(t)) of qw_t * idf(t)
//   slot(t)       = (k1 + 1) * qw_t * idf(t)                      what the user's word t can bring at most
//   credit(t)     = min(slot(t), own(t) + bridged(t)),   bridged(t) = the best bridge of t, rescaled
//   strength      = min(1, (sum_t credit(t) + unsourced + pastMatch) * fit / attainable(q))
//
// own(t) is t's summand of the text score. A bridged term b that came from the user's words s_1..s_n at
// bridge weight w counts as if the result had contained each of those words at weight w: its summand is
// rescaled from idf(b) to idf(s_i) (and from the weight the query's bridge budget left it to w); each word
// keeps its best bridge (not the sum: twenty weak learned terms, or the two words of "heat dissipation",
// are one stand-in). So a result that has only a 0.5-weight bridge of a one-word demand, saturated, has
// strength 0.5, whatever the idf of the words; a bridge never counts for more than the word it stands in
// for (min with slot(t)).
// Bridged terms without source words (feedback) count with their own summand. Filler words and bare
// numbers have small query weights (queryNoise.ts), so they count little on both sides. Within one
// query without bridges, strength is the score over a constant; with bridges it is not exactly
// monotone in the score (a bridge of a rare word counts more than its raw summand). Chosen, against the
// reference "every word once" without the top-5 cut, by the pooled ROC AUC of strength vs labels
// (comparability across queries) on the sample labels and NFCorpus train; README "Match strength".

import { fail } from "../errors/errors.js";
import type { WeightedTerm } from "../bridge/bridgeTypes.js";
import type { ExpandedQuery } from "../bridge/expandQuery.js";
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

/** A matched term's summand of the text score (as `InvertedIndex.explainScore` gives it). */
export interface TermEvidence {
  readonly term: string;
  readonly score: number;
}

/**
 * The text evidence a match is credited with (see the file comment): the user's words up to their slot, bridged
 * terms at their bridge weight in the slots of the words they came from, unsourced bridged terms as scored.
 * When only the user's words matched, this is `text`, the text score itself.
 */
export function strengthCredit(
  index: InvertedIndex, expanded: ExpandedQuery, evidence: readonly TermEvidence[], text: number,
): number {
  const { terms, query } = expanded;
  // A bridge counts at the weight it was given, before the query's bridge budget shrank every bridge alike.
  const budget = expanded.budgetScale !== undefined && expanded.budgetScale > 0 ? expanded.budgetScale : 1;
  const n = index.size;
  const idfOf = (term: string): number => idf(n, index.docFrequency(term));
  const own = new Map<string, number>();
  for (const t of terms) if (t.source === "query") own.set(t.term, (own.get(t.term) ?? 0) + t.weight);
  // Only the user's words matched: the credit is the text score as search summed it (bit for bit).
  if (evidence.every((e) => own.has(e.term))) return text;
  const merged = new Map(query.map((q) => [q.term, q.weight]));
  const credited = new Map<string, number>();
  const bridged = new Map<string, number>();
  const add = (term: string, x: number): void => void credited.set(term, (credited.get(term) ?? 0) + x);
  const best = (term: string, x: number): void => void bridged.set(term, Math.max(bridged.get(term) ?? 0, x));
  let unsourced = 0;
  for (const e of evidence) {
    if (own.has(e.term)) {
      add(e.term, e.score);
      continue;
    }
    const total = merged.get(e.term) ?? 0;
    const termIdf = idfOf(e.term);
    for (const t of terms) {
      if (t.term !== e.term || t.source === "query" || !(total > 0)) continue;
      const part = (e.score * t.weight) / total; // this bridge's share of the merged term's summand
      const sources = t.from.filter((s) => own.has(s));
      if (sources.length === 0) {
        unsourced += part;
        continue;
      }
      // The bridge stands in for each of its source words ("silicon carbide" -> 碳化硅 answers both words).
      for (const s of sources) best(s, (part * idfOf(s)) / termIdf / budget);
    }
  }
  let sum = unsourced;
  for (const [term, weight] of own) {
    const x = (credited.get(term) ?? 0) + (bridged.get(term) ?? 0);
    if (x > 0) sum += Math.min((index.k1 + 1) * weight * idfOf(term), x);
  }
  return sum;
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
