import { resolveExpansionOptions, type ExpansionOptions, type ResolvedExpansion } from "../bridge/expandQuery.js";
import type { Lexicon } from "../bridge/lexicon.js";
import { LexiconIndex } from "../bridge/lexiconIndex.js";
import type { FeedbackOptions } from "../bridge/relevanceFeedback.js";
import { TranslationModel } from "../bridge/translationModel.js";
import { ValidationError, type Problem } from "../errors/errors.js";
import type { TermAnalyzer } from "../bridge/bridgeTypes.js";

/** Bridges from business to lab language used when matching demands to results. */
export interface BridgeOptions {
  /** Hand-made lexicon of concepts (used both ways). */
  lexicon?: Lexicon;
  /** Learned demand-to-result bridges (`learnBridges`); used for demand -> result only. */
  model?: TranslationModel;
  /** Pseudo-relevance feedback (RM3): `true` for defaults (10 documents, 10 terms). */
  feedback?: boolean | Pick<FeedbackOptions, "docs" | "terms">;
  /** Weights and caps of the expansion. */
  weights?: Omit<ExpansionOptions, "lexicon" | "model" | "feedback">;
}

/** Bridges checked and compiled for the matcher's analyzer. */
export interface BridgeSettings {
  readonly lexicon?: LexiconIndex;
  readonly model?: TranslationModel;
  readonly feedback?: { readonly docs: number; readonly terms: number };
  /** Every weight and cap, defaults applied. */
  readonly weights: ResolvedExpansion;
}

export const NO_BRIDGES: BridgeSettings = { weights: resolveExpansionOptions() };

function checkCount(value: unknown, path: string, problems: Problem[]): void {
  if (value !== undefined && !(typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 1000))
    problems.push({ path, message: "expected an integer from 1 to 1000" });
}

/**
 * Validate bridge options when they are set, so that a bad option is named at once (`bridges.feedback.docs`)
 * and not as a failing search at the first match. Throws one ValidationError listing every problem.
 */
export function resolveBridges(bridges: BridgeOptions, analyzer: TermAnalyzer): BridgeSettings {
  if (typeof bridges !== "object" || bridges === null) throw new ValidationError([{ path: "bridges", message: "expected an object" }], "Matcher");
  const problems: Problem[] = [];
  let lexicon: LexiconIndex | undefined;
  if (bridges.lexicon !== undefined) {
    try {
      lexicon = new LexiconIndex(bridges.lexicon, analyzer);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((p) => ({ path: `bridges.lexicon${p.path ? `.${p.path}` : ""}`, message: p.message })));
    }
  }
  if (bridges.model !== undefined && !(bridges.model instanceof TranslationModel))
    problems.push({ path: "bridges.model", message: "expected a TranslationModel (from learnBridges or TranslationModel.fromJSON)" });
  const fb = bridges.feedback;
  if (fb !== undefined && typeof fb !== "boolean" && (typeof fb !== "object" || fb === null))
    problems.push({ path: "bridges.feedback", message: "expected true, false or { docs?, terms? }" });
  else if (typeof fb === "object") {
    checkCount(fb.docs, "bridges.feedback.docs", problems);
    checkCount(fb.terms, "bridges.feedback.terms", problems);
  }
  let weights = NO_BRIDGES.weights;
  const given: unknown = bridges.weights ?? {};
  if (typeof given !== "object" || given === null || Array.isArray(given)) problems.push({ path: "bridges.weights", message: "expected an object" });
  else {
    // Unknown keys are errors: a typo such as `lexiconWeigth` must not silently keep the default.
    for (const key of Object.keys(given)) if (!(key in weights)) problems.push({ path: `bridges.weights.${key}`, message: "unknown option" });
    try {
      weights = resolveExpansionOptions(given);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((p) => ({ path: `bridges.weights.${p.path}`, message: p.message })));
    }
  }
  if (problems.length > 0) throw new ValidationError(problems, "Matcher");
  const feedback = fb === true ? { docs: 10, terms: 10 } : fb ? { docs: fb.docs ?? 10, terms: fb.terms ?? 10 } : undefined;
  return { lexicon, model: bridges.model, feedback, weights };
}
