import { expansionWeightKeys, resolveExpansionOptions, type ExpansionOptions, type ResolvedExpansion } from "../bridge/expandQuery.js";
import type { BridgeSource } from "../bridge/bridgeTypes.js";
import { BUILTIN_LEXICON, withBuiltinLexicon } from "../bridge/builtin/builtinLexicon.js";
import { DictionarySource, type BridgeDictionary } from "../bridge/dictionary/dictionarySource.js";
import { parseLexicon, type Lexicon } from "../bridge/lexicon.js";
import { LexiconIndex } from "../bridge/lexiconIndex.js";
import type { FeedbackOptions } from "../bridge/relevanceFeedback.js";
import { TranslationModel } from "../bridge/translationModel.js";
import { ValidationError } from "../errors/errors.js";
import { checkInto, rootPath } from "../validation/checkShape.js";
import { ProblemList } from "../validation/problemList.js";
import { arrayOf, boolean, custom, either, integer, number, object, optional, string } from "../validation/shapes.js";
import { LIMITS } from "../validation/limits.js";
import type { PastMatch } from "./pastMatches.js";
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
  /**
   * Past successful matches (demand text, result id): a demand like past ones lifts the results they were matched
   * to, and says so in the explanation. Demand -> result only. README, "Past matches".
   */
  pastMatches?: readonly PastMatch[];
  /** Strength a result with full past-match support gains, in [0, 1]; default `PAST_MATCH_WEIGHT` (0.6). */
  pastMatchWeight?: number;
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

function isDictionary(x: unknown): x is BridgeDictionary {
  const d = x as BridgeDictionary;
  return typeof x === "object" && x !== null && typeof d.name === "string" && typeof d.words === "string" && typeof d.attribution === "string";
}

function isSource(x: unknown): x is BridgeSource {
  const s = x as BridgeSource;
  return typeof x === "object" && x !== null && typeof s.name === "string" && typeof s.expand === "function" && typeof s.describe === "function" &&
    typeof s.weight === "number" && s.weight >= 0 && s.weight < 1;
}

const count = optional(integer(1, 1000));

/** The description of `bridges` (Matcher option and `setBridges`); adding a bridge option is one line here. */
export const bridgeOptionsShape = object({
  builtin: optional(boolean()),
  dictionary: optional(custom("a dictionary such as zhEnDictionary from techbroker/bridges/zh-en", isDictionary)),
  sources: optional(arrayOf(custom("{ name, weight in [0, 1), expand(), describe() }", isSource), { max: 100, expected: "an array of bridge sources" })),
  lexicon: optional(custom("a lexicon object", (x): x is Lexicon => typeof x === "object" && x !== null)),
  model: optional(custom(
    "a TranslationModel (from learnBridges or TranslationModel.fromJSON)",
    (x): x is TranslationModel => x instanceof TranslationModel,
  )),
  pastMatches: optional(arrayOf(
    object({ demand: string({ max: LIMITS.bodyLength }), resultId: string({ max: LIMITS.idLength }), weight: optional(number({ min: 0, minExclusive: true, max: 1e6 })) },
      { expected: "an object { demand, resultId, weight? }" }),
    { max: LIMITS.recordCount, expected: "an array of { demand, resultId, weight? }" },
  )),
  pastMatchWeight: optional(number({ min: 0, max: 1 })),
  feedback: optional(either(boolean(), object({ docs: count, terms: count }, { expected: "true, false or { docs?, terms? }" }))),
  weights: optional(object(expansionWeightKeys)),
}, { expected: "a bridges object { builtin?, dictionary?, sources?, lexicon?, model?, pastMatches?, pastMatchWeight?, feedback?, weights? }" });

/**
 * Validate bridge options when they are set, so that a bad option is named at once (`bridges.feedback.docs`)
 * and not as a failing search at the first match. Throws one ValidationError listing every problem.
 */
export function resolveBridges(
  bridges: unknown, analyzer: TermAnalyzer, cacheKey: object = analyzer, root = "bridges", context = "Matcher",
): BridgeSettings {
  const problems = new ProblemList();
  const checked = checkInto(bridgeOptionsShape, bridges, rootPath(root), problems) as BridgeOptions;
  problems.throwIfAny(context);
  const builtin = checked.builtin !== false;
  let lexicon: LexiconIndex | undefined = builtin && checked.lexicon === undefined ? builtinIndex(analyzer, cacheKey) : undefined;
  if (checked.lexicon !== undefined) {
    try {
      const own = parseLexicon(checked.lexicon);
      lexicon = new LexiconIndex(builtin ? withBuiltinLexicon(own) : own, analyzer);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The lexicon's own paths (`concepts[0].id`) are put below the caller's name for it.
      const head = `${root ? `${root}.` : ""}lexicon`;
      for (const p of error.problems) problems.add(p.path.startsWith("[") ? `${head}${p.path}` : `${head}${p.path ? `.${p.path}` : ""}`, p.message);
    }
  }
  problems.throwIfAny(context);
  const sources: BridgeSource[] = [];
  if (checked.dictionary !== undefined) sources.push(new DictionarySource(checked.dictionary, analyzer));
  if (checked.sources !== undefined) sources.push(...checked.sources);
  const fb = checked.feedback;
  const feedback = fb === true ? { docs: 10, terms: 10 } : fb ? { docs: fb.docs ?? 10, terms: fb.terms ?? 10 } : undefined;
  return { lexicon, sources, model: checked.model, feedback, weights: resolveExpansionOptions(checked.weights ?? {}) };
}
