import type { WeightedTerm } from "./bridgeTypes.js";

/** A first-pass hit: document id and its retrieval score. */
export interface FeedbackHit {
  readonly id: string;
  readonly score: number;
}

/** Options for {@link relevanceModelTerms}. */
export interface FeedbackOptions {
  /** How many top documents of the first pass are assumed relevant; default 10. */
  readonly docs?: number;
  /** How many expansion terms to keep; default 10. */
  readonly terms?: number;
  /** Optional per-term multiplier (e.g. an idf) so that words common to every document do not dominate. */
  readonly termWeight?: (term: string) => number;
  /** Terms to leave out (normally the query's own terms, which keep their own weight). */
  readonly exclude?: ReadonlySet<string>;
}

/**
 * Pseudo-relevance feedback in the RM3 style (Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004):
 * estimate a relevance model p(w|R) = sum over the top documents of p(w|d) * p(d|q), where p(d|q) is the
 * first-pass score normalised over those documents, and return its strongest terms with weights summing to 1.
 * `termsOf` supplies a document's analysed terms, so this works over any index without reaching into it.
 */
export function relevanceModelTerms(
  hits: readonly FeedbackHit[],
  termsOf: (docId: string) => readonly string[],
  options: FeedbackOptions = {},
): WeightedTerm[] {
  const top = hits.slice(0, options.docs ?? 10).filter((h) => Number.isFinite(h.score) && h.score > 0);
  const scoreTotal = top.reduce((sum, h) => sum + h.score, 0);
  if (top.length === 0 || scoreTotal <= 0) return [];
  const model = new Map<string, number>();
  for (const hit of top) {
    const terms = termsOf(hit.id);
    if (terms.length === 0) continue;
    const docWeight = hit.score / scoreTotal / terms.length;
    for (const term of terms) model.set(term, (model.get(term) ?? 0) + docWeight);
  }
  const scored: WeightedTerm[] = [];
  for (const [term, p] of model) {
    if (options.exclude?.has(term)) continue;
    const weight = p * (options.termWeight ? options.termWeight(term) : 1);
    if (weight > 0) scored.push({ term, weight });
  }
  scored.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const kept = scored.slice(0, options.terms ?? 10);
  const total = kept.reduce((sum, t) => sum + t.weight, 0);
  return kept.map((t) => ({ term: t.term, weight: t.weight / total }));
}
