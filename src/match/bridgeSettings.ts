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
import { arrayOf, boolean, custom, either, integer, object, optional } from "../validation/shapes.js";
import type { TermAnalyzer } from "../bridge/bridgeTypes.js";
import { deepFreeze } from "../immutable/deepFreeze.js";
import type { TextFold } from "../bridge/hanPhrases.js";
import { ANALYZER_NAME, type Analyzer } from "../text/analyzer.js";
import { runHanSteps } from "../text/hanSteps.js";

/** Bridges from business to lab language used when matching demands to results. */
export interface BridgeOptions {
  /**
   * The built-in bridges: a business <-> lab lexicon and acronyms (SiC = silicon carbide = 碳化硅), English
   * and Chinese. Default true; `false` turns them off. A user `lexicon` merges with them (see README).
   */
  builtin?: boolean;
  /**
   * The bilingual dictionary bridge. Default: the Matcher's `defaultDictionary` when `builtin` is not false
   * (CC-CEDICT zh-en with `techbroker`, none with `techbroker/core`); `false` turns it off; a dictionary
   * (e.g. `zhEnDictionary` from `techbroker/bridges/zh-en`) turns it on, even with `builtin: false`.
   */
  dictionary?: BridgeDictionary | false;
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
  /** The dictionary in use (also among `sources`), recorded by snapshots. */
  readonly dictionary?: BridgeDictionary;
  readonly sources: readonly BridgeSource[];
  readonly model?: TranslationModel;
  readonly feedback?: { readonly docs: number; readonly terms: number };
  /** Every weight and cap, defaults applied. */
  readonly weights: ResolvedExpansion;
}

export const NO_BRIDGES: BridgeSettings = deepFreeze({ sources: [], weights: resolveExpansionOptions() });

/** What the bridges of one Matcher are built with: its analyzer, and the dictionary its class uses by default. */
export interface BridgeContext {
  readonly analyzer: Analyzer;
  readonly defaultDictionary?: BridgeDictionary;
}

/**
 * The script fold bridges compare Chinese text with: the built-in analyzer's Traditional -> Simplified step when
 * its settings have it on (so 導電油墨 in a lexicon meets 导电油墨 in a query); none for an analyzer of your own.
 * The analyzer's spacing repair is left out: it would join a title's last characters to the description's first.
 */
export function bridgeFoldOf(analyzer: Analyzer): TextFold | undefined {
  if (analyzer.name !== ANALYZER_NAME || analyzer.settings?.foldScript !== true) return undefined;
  return (text) => runHanSteps(text, FOLD_ONLY);
}
const FOLD_ONLY = { foldScript: true, repairChinese: false };

/**
 * Built-in bridges per analyzer object, so that matchers sharing an analyzer share them: the compiled
 * built-in lexicon (compiled at its first lookup) and one dictionary source per dictionary.
 */
interface SharedBridges {
  readonly analyze: TermAnalyzer;
  readonly fold?: TextFold;
  builtin?: LexiconIndex;
  readonly dictionaries: WeakMap<BridgeDictionary, DictionarySource>;
}
const sharedByAnalyzer = new WeakMap<Analyzer, SharedBridges>();
function shared(analyzer: Analyzer): SharedBridges {
  let entry = sharedByAnalyzer.get(analyzer);
  if (!entry) {
    entry = { analyze: (text) => analyzer.analyze(text), fold: bridgeFoldOf(analyzer), dictionaries: new WeakMap() };
    sharedByAnalyzer.set(analyzer, entry);
  }
  return entry;
}
function builtinIndex(bridges: SharedBridges): LexiconIndex {
  bridges.builtin ??= new LexiconIndex(BUILTIN_LEXICON, bridges.analyze, { fold: bridges.fold });
  return bridges.builtin;
}
function dictionarySource(bridges: SharedBridges, dictionary: BridgeDictionary): DictionarySource {
  let source = bridges.dictionaries.get(dictionary);
  if (!source) bridges.dictionaries.set(dictionary, (source = new DictionarySource(dictionary, bridges.analyze, { fold: bridges.fold })));
  return source;
}

/** True for an object with the fields of a {@link BridgeDictionary}. */
export function isDictionary(x: unknown): x is BridgeDictionary {
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
  dictionary: optional(custom("false or a dictionary such as zhEnDictionary from techbroker/bridges/zh-en", (x): x is BridgeDictionary | false => x === false || isDictionary(x))),
  sources: optional(arrayOf(custom("{ name, weight in [0, 1), expand(), describe() }", isSource), { max: 100, expected: "an array of bridge sources" })),
  lexicon: optional(custom("a lexicon object", (x): x is Lexicon => typeof x === "object" && x !== null)),
  model: optional(custom(
    "a TranslationModel (from learnBridges or TranslationModel.fromJSON)",
    (x): x is TranslationModel => x instanceof TranslationModel,
  )),
  feedback: optional(either(boolean(), object({ docs: count, terms: count }, { expected: "true, false or { docs?, terms? }" }))),
  weights: optional(object(expansionWeightKeys)),
}, { expected: "a bridges object { builtin?, dictionary?, sources?, lexicon?, model?, feedback?, weights? }" });

/**
 * Validate bridge options when they are set, so that a bad option is named at once (`bridges.feedback.docs`)
 * and not as a failing search at the first match. Throws one ValidationError listing every problem.
 */
export function resolveBridges(bridges: unknown, context: BridgeContext, root = "bridges", where = "Matcher"): BridgeSettings {
  const problems = new ProblemList();
  const checked = checkInto(bridgeOptionsShape, bridges, rootPath(root), problems) as BridgeOptions;
  problems.throwIfAny(where);
  const builtin = checked.builtin !== false;
  const own = shared(context.analyzer);
  let lexicon: LexiconIndex | undefined = builtin && checked.lexicon === undefined ? builtinIndex(own) : undefined;
  if (checked.lexicon !== undefined) {
    try {
      const user = parseLexicon(checked.lexicon);
      lexicon = new LexiconIndex(builtin ? withBuiltinLexicon(user) : user, own.analyze, { fold: own.fold });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The lexicon's own paths (`concepts[0].id`) are put below the caller's name for it.
      const head = `${root ? `${root}.` : ""}lexicon`;
      for (const p of error.problems) problems.add(p.path.startsWith("[") ? `${head}${p.path}` : `${head}${p.path ? `.${p.path}` : ""}`, p.message);
    }
  }
  problems.throwIfAny(where);
  const sources: BridgeSource[] = [];
  const dictionary = checked.dictionary === false ? undefined : checked.dictionary ?? (builtin ? context.defaultDictionary : undefined);
  if (dictionary !== undefined) sources.push(dictionarySource(own, dictionary));
  if (checked.sources !== undefined) sources.push(...checked.sources);
  const fb = checked.feedback;
  const feedback = fb === true ? { docs: 10, terms: 10 } : fb ? { docs: fb.docs ?? 10, terms: fb.terms ?? 10 } : undefined;
  return { lexicon, dictionary, sources, model: checked.model, feedback, weights: resolveExpansionOptions(checked.weights ?? {}) };
}
