import { ValidationError } from "../errors/errors.js";
import { analyze } from "../text/analyzer.js";
import type { TermAnalyzer } from "./bridgeTypes.js";
import { TranslationModel, type TranslationTrainingOptions } from "./translationModel.js";

/** One past successful match in plain text: what the demand said and what the matching result said. */
export interface MatchHistoryEntry {
  readonly demand: string;
  readonly result: string;
  /** How strongly this match counts (e.g. 2 for a signed contract, 1 for a shortlisted contact); default 1. */
  readonly weight?: number;
}

/** Options for {@link learnBridges}: training options plus the analyzer (use the index's analyzer). */
export interface LearnBridgesOptions extends TranslationTrainingOptions {
  readonly analyzer?: TermAnalyzer;
  /**
   * `demandToResult` (default) learns bridges for ranking results for a demand; `resultToDemand` learns the
   * reverse table, for ranking demands for a result (translation tables are not symmetric).
   */
  readonly direction?: "demandToResult" | "resultToDemand";
}

/**
 * Learn demand-word -> result-word bridges from a history of successful matches. An empty history gives
 * an empty model, which leaves every query unchanged. Throws `ValidationError` naming the bad entry.
 */
export function learnBridges(history: readonly MatchHistoryEntry[], options: LearnBridgesOptions = {}): TranslationModel {
  if (!Array.isArray(history)) throw new ValidationError([{ path: "history", message: "expected an array" }], "learnBridges");
  // Bounded before walking: a sparse array of length 2**32 - 1 must not take minutes.
  if (history.length > 1_000_000) throw new ValidationError([{ path: "history", message: "expected at most 1000000 entries" }], "learnBridges");
  const analyzer = options.analyzer ?? analyze;
  if (options.direction !== undefined && options.direction !== "demandToResult" && options.direction !== "resultToDemand") {
    throw new ValidationError([{ path: "direction", message: 'expected "demandToResult" or "resultToDemand"' }], "learnBridges");
  }
  const reverse = options.direction === "resultToDemand";
  const pairs = history.map((entry, i) => {
    if (typeof entry !== "object" || entry === null || typeof entry.demand !== "string" || typeof entry.result !== "string") {
      throw new ValidationError([{ path: `history[${i}]`, message: "expected { demand: string, result: string }" }], "learnBridges");
    }
    const demand = analyzer(entry.demand);
    const result = analyzer(entry.result);
    const [source, target] = reverse ? [result, demand] : [demand, result];
    return { source, target, ...(entry.weight !== undefined ? { weight: entry.weight } : {}) };
  });
  return TranslationModel.train(pairs, options);
}
