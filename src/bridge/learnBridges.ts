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
}

/**
 * Learn demand-word -> result-word bridges from a history of successful matches. An empty history gives
 * an empty model, which leaves every query unchanged. Throws `ValidationError` naming the bad entry.
 */
export function learnBridges(history: readonly MatchHistoryEntry[], options: LearnBridgesOptions = {}): TranslationModel {
  if (!Array.isArray(history)) throw new ValidationError([{ path: "history", message: "expected an array" }], "learnBridges");
  const analyzer = options.analyzer ?? analyze;
  const pairs = history.map((entry, i) => {
    if (typeof entry !== "object" || entry === null || typeof entry.demand !== "string" || typeof entry.result !== "string") {
      throw new ValidationError([{ path: `history[${i}]`, message: "expected { demand: string, result: string }" }], "learnBridges");
    }
    return { source: analyzer(entry.demand), target: analyzer(entry.result), ...(entry.weight !== undefined ? { weight: entry.weight } : {}) };
  });
  return TranslationModel.train(pairs, options);
}
