import type { BridgeCandidate, BridgedTerm, BridgeQuery, BridgeSource } from "./bridgeTypes.js";
import { describeBridge } from "./describeBridge.js";
import type { TranslationModel } from "./translationModel.js";

const byTerm = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Learned bridges as a {@link BridgeSource}: score(t) = mean over the query's distinct terms of p(t | term)
 * (Berger and Lafferty's translation sum), the `limit` strongest kept. Strengths are relative to the strongest
 * term, so it weighs `weight`; `raw` keeps the translation score.
 */
export class LearnedSource implements BridgeSource {
  readonly name = "learned";
  constructor(private readonly model: TranslationModel, readonly weight: number, private readonly limit: number) {}

  expand(query: BridgeQuery): BridgeCandidate[] {
    const unique = [...new Set(query.terms)];
    const present = new Set(unique);
    const scores = new Map<string, { raw: number; from: Map<string, number> }>();
    for (const source of unique) {
      for (const { term, probability } of this.model.translate(source)) {
        if (present.has(term)) continue;
        let slot = scores.get(term);
        if (!slot) scores.set(term, (slot = { raw: 0, from: new Map() }));
        slot.raw += probability / unique.length;
        slot.from.set(source, probability);
      }
    }
    const list = [...scores].map(([term, s]) => ({
      term,
      raw: s.raw,
      from: [...s.from].sort((a, b) => b[1] - a[1] || byTerm(a[0], b[0])).map(([f]) => f),
    }));
    list.sort((a, b) => b.raw - a.raw || byTerm(a.term, b.term));
    const kept = list.slice(0, this.limit);
    const max = kept.reduce((m, c) => Math.max(m, c.raw), 0);
    if (!(max > 0)) return [];
    return kept.map((c) => ({ term: c.term, strength: c.raw / max, raw: c.raw, from: c.from }));
  }

  /** `"brake feel" -> "dissipation" (learned, 0.12)`. */
  describe(term: BridgedTerm): string {
    return describeBridge({ ...term, explanation: undefined });
  }
}
