import type { BridgeCandidate, BridgedTerm, BridgeQuery, BridgeSource } from "./bridgeTypes.js";
import { describeBridge } from "./describeBridge.js";
import type { LexiconIndex } from "./lexiconIndex.js";

/**
 * Lexicon bridges as a {@link BridgeSource}: each concept the query expresses adds its other expressions.
 * Lexicon weights are absolute (a lexicon that says 0.5 means half), so a candidate's strength is its
 * lexicon weight, not rescaled to the strongest one.
 */
export class LexiconSource implements BridgeSource {
  readonly name = "lexicon";
  constructor(private readonly index: LexiconIndex, readonly weight: number) {}

  expand(query: BridgeQuery): BridgeCandidate[] {
    const out: BridgeCandidate[] = [];
    for (const hit of this.index.lookup(query.terms, query.text === "" ? undefined : query.text)) {
      for (const target of hit.targets) {
        out.push({
          term: target.term, strength: target.weight, from: hit.matchedTerms,
          concept: hit.conceptId, conceptLabel: hit.conceptLabel, fromText: hit.matchedText, toText: target.text,
        });
      }
    }
    return out;
  }

  /** `"runs hot" -> "heat dissipation" (lexicon: thermal management, 0.50)`. */
  describe(term: BridgedTerm): string {
    return describeBridge({ ...term, explanation: undefined });
  }
}
