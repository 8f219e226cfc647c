import { resolveExpansionOptions, type ExpansionOptions, type ResolvedExpansion } from "../bridge/expandQuery.js";
import type { BridgeSource } from "../bridge/bridgeTypes.js";
import { BUILTIN_LEXICON, withBuiltinLexicon } from "../bridge/builtin/builtinLexicon.js";
import { DictionarySource, type BridgeDictionary } from "../bridge/dictionary/dictionarySource.js";
import { parseLexicon, type Lexicon } from "../bridge/lexicon.js";
import { LexiconIndex } from "../bridge/lexiconIndex.js";
import type { FeedbackOptions } from "../bridge/relevanceFeedback.js";
import { TranslationModel } from "../bridge/translationModel.js";
import { ValidationError, type Problem } from "../errors/errors.js";
import type { TermAnalyzer } from "../bridge/bridgeTypes.js";

/** Bridges from business to lab language used when matching demands to results. */
export interface BridgeOptions {
  /**
   * The built-in bridges: a business <-> lab lexicon and acronyms (SiC = silicon carbide = 碳化硅), English
   * and Chinese. Default true; `false` turns them off. A user `lexicon` merges with them (see README).
   */
  builtin?: boolean;
  /** A bilingual dictionary bridge, e.g. `zhEnDictionary` from `techbroker/bridges/zh-en`. */
  dictionary?: BridgeDictionary;
  /** Further bridge sources of your own. */
  sources?: readonly BridgeSource[];
  /** Hand-made lexicon of concepts (used both ways); merged with the built-in one. */
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
  readonly sources: readonly BridgeSource[];
  readonly model?: TranslationModel;
  readonly feedback?: { readonly docs: number; readonly terms: number };
  /** Every weight and cap, defaults applied. */
  readonly weights: ResolvedExpansion;
}

export const NO_BRIDGES: BridgeSettings = { sources: [], weights: resolveExpansionOptions() };

// Compiling the built-in lexicon takes milliseconds; matchers sharing an analyzer object share the result.
const builtinByAnalyzer = new WeakMap<object, LexiconIndex>();
function builtinIndex(analyzer: TermAnalyzer, key: object): LexiconIndex {
  let index = builtinByAnalyzer.get(key);
  if (!index) builtinByAnalyzer.set(key, (index = new LexiconIndex(BUILTIN_LEXICON, analyzer)));
  return index;
}

const BRIDGE_KEYS = new Set(["builtin", "dictionary", "sources", "lexicon", "model", "feedback", "weights"]);

function isDictionary(x: unknown): x is BridgeDictionary {
  const d = x as BridgeDictionary;
  return typeof x === "object" && x !== null && typeof d.name === "string" && typeof d.words === "string" && typeof d.attribution === "string";
}

function isSource(x: unknown): x is BridgeSource {
  const s = x as BridgeSource;
  return typeof x === "object" && x !== null && typeof s.name === "string" && typeof s.expand === "function" && typeof s.describe === "function" &&
    typeof s.weight === "number" && s.weight >= 0 && s.weight < 1;
}

function checkCount(value: unknown, path: string, problems: Problem[]): void {
  if (value !== undefined && !(typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 1000))
    problems.push({ path, message: "expected an integer from 1 to 1000" });
}

/**
 * Validate bridge options when they are set, so that a bad option is named at once (`bridges.feedback.docs`)
 * and not as a failing search at the first match. Throws one ValidationError listing every problem.
 */
export function resolveBridges(bridges: BridgeOptions, analyzer: TermAnalyzer, cacheKey: object = analyzer): BridgeSettings {
  if (typeof bridges !== "object" || bridges === null) throw new ValidationError([{ path: "bridges", message: "expected an object" }], "Matcher");
  const problems: Problem[] = [];
  for (const key of Object.keys(bridges)) if (!BRIDGE_KEYS.has(key)) problems.push({ path: `bridges.${key}`, message: "unknown option" });
  if (bridges.builtin !== undefined && typeof bridges.builtin !== "boolean") problems.push({ path: "bridges.builtin", message: "expected true or false" });
  const builtin = bridges.builtin !== false;
  let lexicon: LexiconIndex | undefined = builtin && bridges.lexicon === undefined ? builtinIndex(analyzer, cacheKey) : undefined;
  if (bridges.lexicon !== undefined) {
    try {
      const own = parseLexicon(bridges.lexicon);
      lexicon = new LexiconIndex(builtin ? withBuiltinLexicon(own) : own, analyzer);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((p) => ({ path: `bridges.lexicon${p.path ? `.${p.path}` : ""}`, message: p.message })));
    }
  }
  const sources: BridgeSource[] = [];
  if (bridges.dictionary !== undefined) {
    if (isDictionary(bridges.dictionary)) sources.push(new DictionarySource(bridges.dictionary, analyzer));
    else problems.push({ path: "bridges.dictionary", message: "expected a dictionary such as zhEnDictionary from techbroker/bridges/zh-en" });
  }
  if (bridges.sources !== undefined) {
    if (!Array.isArray(bridges.sources)) problems.push({ path: "bridges.sources", message: "expected an array of bridge sources" });
    else
      bridges.sources.forEach((source: unknown, i) => {
        if (isSource(source)) sources.push(source);
        else problems.push({ path: `bridges.sources[${i}]`, message: "expected { name, weight in [0, 1), expand(), describe() }" });
      });
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
  return { lexicon, sources, model: bridges.model, feedback, weights };
}
