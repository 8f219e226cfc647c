import { analyze } from "../text/analyzer.js";
import { analyzerShape } from "../text/analyzerShape.js";
import { checkInto, rootPath } from "../validation/checkShape.js";
import { LIMITS } from "../validation/limits.js";
import { ProblemList } from "../validation/problemList.js";
import { arrayOf, number, object, oneOf, optional, string } from "../validation/shapes.js";
import type { TermAnalyzer } from "./bridgeTypes.js";
import { trainingOptionKeys, TranslationModel, type TranslationTrainingOptions } from "./translationModel.js";

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

const historyText = string({ max: LIMITS.bodyLength, blank: true });

const historyShape = arrayOf(
  object({ demand: historyText, result: historyText, weight: optional(number({ min: 0, minExclusive: true })) }, {
    expected: "an object { demand, result, weight? }",
  }),
  { max: LIMITS.recordCount, expected: "an array of { demand, result }" },
);

/** The description of {@link LearnBridgesOptions}. */
const learnBridgesOptionsShape = object({
  ...trainingOptionKeys,
  analyzer: optional(analyzerShape),
  direction: optional(oneOf(["demandToResult", "resultToDemand"])),
});

/**
 * Learn demand-word -> result-word bridges from a history of successful matches. An empty history gives
 * an empty model, which leaves every query unchanged. Throws `ValidationError` naming the bad entry.
 */
export function learnBridges(history: readonly MatchHistoryEntry[], options: LearnBridgesOptions = {}): TranslationModel {
  const problems = new ProblemList();
  const entries = checkInto(historyShape, history, rootPath("history"), problems) as MatchHistoryEntry[];
  const checked = checkInto(learnBridgesOptionsShape, options, rootPath("options"), problems) as LearnBridgesOptions;
  problems.throwIfAny("learnBridges");
  const analyzer = checked.analyzer ?? analyze;
  const reverse = checked.direction === "resultToDemand";
  const pairs = entries.map((entry) => {
    const demand = analyzer(entry.demand);
    const result = analyzer(entry.result);
    const [source, target] = reverse ? [result, demand] : [demand, result];
    return { source, target, ...(entry.weight !== undefined ? { weight: entry.weight } : {}) };
  });
  const { analyzer: _analyzer, direction: _direction, ...training } = checked;
  return TranslationModel.train(pairs, training);
}
