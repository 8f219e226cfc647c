import { expansionWeightKeys, resolveExpansionOptions, type ExpansionOptions, type ResolvedExpansion } from "../bridge/expandQuery.js";
import type { Lexicon } from "../bridge/lexicon.js";
import { LexiconIndex } from "../bridge/lexiconIndex.js";
import type { FeedbackOptions } from "../bridge/relevanceFeedback.js";
import { TranslationModel } from "../bridge/translationModel.js";
import { ValidationError } from "../errors/errors.js";
import { checkInto, rootPath } from "../validation/checkShape.js";
import { ProblemList } from "../validation/problemList.js";
import { boolean, custom, either, integer, object, optional } from "../validation/shapes.js";
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

const count = optional(integer(1, 1000));

/** The description of `bridges` (Matcher option and `setBridges`); adding a bridge option is one line here. */
export const bridgeOptionsShape = object({
  lexicon: optional(custom("a lexicon object", (x): x is Lexicon => typeof x === "object" && x !== null)),
  model: optional(custom(
    "a TranslationModel (from learnBridges or TranslationModel.fromJSON)",
    (x): x is TranslationModel => x instanceof TranslationModel,
  )),
  feedback: optional(either(boolean(), object({ docs: count, terms: count }, { expected: "true, false or { docs?, terms? }" }))),
  weights: optional(object(expansionWeightKeys)),
}, { expected: "a bridges object { lexicon?, model?, feedback?, weights? }" });

/**
 * Validate bridge options when they are set, so that a bad option is named at once (`bridges.feedback.docs`)
 * and not as a failing search at the first match. Throws one ValidationError listing every problem.
 */
export function resolveBridges(bridges: unknown, analyzer: TermAnalyzer, root = "bridges", context = "Matcher"): BridgeSettings {
  const problems = new ProblemList();
  const path = rootPath(root);
  const checked = checkInto(bridgeOptionsShape, bridges, path, problems) as BridgeOptions;
  let lexicon: LexiconIndex | undefined;
  if (problems.count === 0 && checked.lexicon !== undefined) {
    try {
      lexicon = new LexiconIndex(checked.lexicon, analyzer);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The lexicon's own paths (`concepts[0].id`) are put below the caller's name for it.
      const head = `${root ? `${root}.` : ""}lexicon`;
      for (const p of error.problems) problems.add(p.path.startsWith("[") ? `${head}${p.path}` : `${head}${p.path ? `.${p.path}` : ""}`, p.message);
    }
  }
  problems.throwIfAny(context);
  const fb = checked.feedback;
  const feedback = fb === true ? { docs: 10, terms: 10 } : fb ? { docs: fb.docs ?? 10, terms: fb.terms ?? 10 } : undefined;
  return { lexicon, model: checked.model, feedback, weights: resolveExpansionOptions(checked.weights ?? {}) };
}
