import type { BridgeCandidate, BridgedTerm, BridgeQuery, BridgeSource, WeightedTerm } from "./bridgeTypes.js";
import { describeBridge } from "./describeBridge.js";

/**
 * Pseudo-relevance feedback as a {@link BridgeSource}: the terms a first pass found (`relevanceModelTerms`),
 * those the query lacks, with strengths relative to the strongest, so it weighs `weight`.
 */
export class FeedbackSource implements BridgeSource {
  readonly name = "feedback";
  constructor(private readonly terms: readonly WeightedTerm[], readonly weight: number) {}

  expand(query: BridgeQuery): BridgeCandidate[] {
    const present = new Set(query.terms);
    const kept = this.terms.filter((f) => !present.has(f.term) && f.weight > 0);
    const max = kept.reduce((m, f) => Math.max(m, f.weight), 0);
    if (!(max > 0)) return [];
    return kept.map((f) => ({ term: f.term, strength: f.weight / max, raw: f.weight, from: [] }));
  }

  /** `top results -> "electrolyte" (feedback, 0.09)`. */
  describe(term: BridgedTerm): string {
    return describeBridge({ ...term, explanation: undefined });
  }
}
