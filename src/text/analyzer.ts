import { fail, ValidationError, type Problem } from "../errors/errors.js";
import { hasSegmenter } from "./noSpaceScripts.js";
import { runHanSteps, runHanStepsWithMap, type HanStepOptions } from "./hanSteps.js";
import { normalizeText, normalizeTextWithOffsets } from "./normalizeText.js";
import type { TermIdSink, TermSink } from "./termSink.js";
import { Tokenizer, type TokenizerOptions } from "./tokenizer.js";

/**
 * Text in, index terms out, with an identity. Deterministic: the same text always gives the same
 * terms. Snapshots record `name`, `version` and `settings` and refuse to load with an analyzer whose
 * identity differs, so an index is never searched with other analysis by accident (Tantivy stores
 * its tokenizer's name per field for the same reason). Your own analyzer is declared by name:
 * `{ name: "my-analyzer", analyze: (text) => text.split(" ") }`.
 */
export interface Analyzer {
  /** What analysis this is, e.g. `techbroker` or `my-analyzer`. Recorded in snapshots. */
  readonly name: string;
  /** Bump when the terms change for the same text. Default "" for your own analyzers. */
  readonly version?: string;
  /** Switches that change the terms (JSON values). Recorded in snapshots and compared on load. */
  readonly settings?: Readonly<Record<string, AnalyzerSetting>>;
  /** The terms of `text`. */
  analyze(text: string): string[];
  /** Terms of `text` with the raw-text span of each, for highlighting matched words (when supported). */
  analyzeWithOffsets?(text: string): TermWithOffsets[];
  /**
   * Optional fast path for indexing: the same terms as `analyze`, written as ids into an index's
   * dictionary (`sink.interner` numbers them). Analyzers made by `createAnalyzer` have it.
   */
  writeIds?(text: string, sink: TermIdSink): void;
}

/** A value of an analyzer setting: what can be recorded in a snapshot and compared. */
export type AnalyzerSetting = string | number | boolean | null;

/** What a snapshot records about an analyzer: name, version and settings. */
export interface AnalyzerIdentity {
  readonly name: string;
  readonly version: string;
  readonly settings: Readonly<Record<string, AnalyzerSetting>>;
}

/** Switches for `createAnalyzer`; every switch defaults to the behaviour of `analyze`. */
export interface AnalyzerOptions {
  /** Drop English stop words (wink-nlp's list) and Chinese function words. Default true. */
  stopWords?: boolean;
  /** With `stem: false`: replace English words by their wink-nlp lemma ("batteries" -> "battery"). Default true. */
  lemmatize?: boolean;
  /**
   * Replace English words by their Porter2 stem ("coatings" -> coat, "retrieval" -> retriev). Default true: stems
   * beat lemmas on NFCorpus and four other collections (README, "Ranking"); explanations show the words as written.
   * `stem: false` gives lemmas.
   */
  stem?: boolean;
  /** Index adjacent Han character pairs, so unknown compounds stay findable. Default true. */
  hanBigrams?: boolean;
  /** Use Intl.Segmenter for Chinese/Japanese/Thai words when available. Default true. */
  segmenter?: boolean;
  /**
   * Cut Chinese into whole words from a CC-CEDICT word list (石墨烯, 无人机) instead of Intl.Segmenter: words of 3+
   * characters become terms, next to the bigrams. Default true.
   */
  chineseWords?: boolean;
  /** With chineseWords: also keep bigrams that straddle two words (用高 of 费用|高). Default false. */
  crossingBigrams?: boolean;
  /**
   * Add one canonical term per quantity from the shared unit table, so notations meet: 28纳米 = 28 nm = 28nm -> 2.8e-8m,
   * 1.2 kV = 1200 V -> 1200v, 85℃ = 85 °C = 85摄氏度 -> 358.15k. Default false: it moved no ranking measure on the
   * bench sets, and it slows English analysis of number-bearing text by 12-25% (README, "Chinese as it is found").
   */
  quantities?: boolean;
  /** Fold Traditional, Taiwan and Hong Kong Chinese to Simplified (軟體 -> 软件, 碳化矽 -> 碳化硅). Default true. */
  foldScript?: boolean;
  /** Repair Chinese as found: strip inline pinyin (成(chéng)果), join PDF-spaced characters (模 数 转 换). Default true. */
  repairChinese?: boolean;
  /** Distinct words whose analysis is cached (memory bound, roughly 100 bytes each). Default 200,000. */
  maxCacheEntries?: number;
}

/** One term with the span of raw input text it came from (end exclusive, UTF-16 offsets). */
export interface TermWithOffsets {
  term: string;
  start: number;
  end: number;
}

/** The analyzer `createAnalyzer` builds: identity, offsets, the id fast path and its cache size. */
export interface TechbrokerAnalyzer extends Analyzer {
  readonly version: string;
  readonly settings: Readonly<Record<string, AnalyzerSetting>>;
  analyzeWithOffsets(text: string): TermWithOffsets[];
  writeIds(text: string, sink: TermIdSink): void;
  /** Entries in the per-word cache right now (never above `maxCacheEntries`). */
  cacheSize(): number;
}

/** Name of the built-in analysis chain, recorded in snapshots. */
export const ANALYZER_NAME = "techbroker";
/**
 * Version of the built-in analysis chain. Bump it whenever a step changes the terms of some text
 * under the same settings: snapshots made before then refuse to load instead of silently mismatching.
 */
export const ANALYZER_VERSION = "3"; // 2: Chinese folding, repair and whole words (issue 11); 3: Taiwan words in Simplified script

const DEFAULT_CACHE_ENTRIES = 200_000;
const OPTION_NAMES = new Set(["stopWords", "lemmatize", "stem", "hanBigrams", "segmenter", "foldScript", "repairChinese", "chineseWords", "crossingBigrams", "quantities", "maxCacheEntries"]);

function resolveOptions(given: AnalyzerOptions | undefined): TokenizerOptions & HanStepOptions {
  const options: AnalyzerOptions = given ?? {};
  if (typeof options !== "object" || options === null) fail("options", "expected an object");
  const problems: Problem[] = [];
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.has(key)) problems.push({ path: `options.${key}`, message: "unknown option" });
  }
  const flag = (name: keyof AnalyzerOptions, byDefault = true): boolean => {
    const value: unknown = options[name];
    if (value === undefined) return byDefault;
    if (typeof value !== "boolean") problems.push({ path: `options.${name}`, message: "expected a boolean" });
    return value === true;
  };
  const cache: unknown = options.maxCacheEntries ?? DEFAULT_CACHE_ENTRIES;
  if (typeof cache !== "number" || !Number.isInteger(cache) || cache < 0) {
    problems.push({ path: "options.maxCacheEntries", message: "expected an integer >= 0" });
  }
  const resolved: TokenizerOptions & HanStepOptions = {
    chineseWords: flag("chineseWords"),
    crossingBigrams: flag("crossingBigrams", false),
    foldScript: flag("foldScript"),
    quantities: flag("quantities", false),
    repairChinese: flag("repairChinese"),
    stopWords: flag("stopWords"),
    lemmatize: flag("lemmatize"),
    stem: flag("stem"),
    hanBigrams: flag("hanBigrams"),
    useSegmenter: flag("segmenter") && hasSegmenter(),
    maxCacheEntries: typeof cache === "number" ? cache : DEFAULT_CACHE_ENTRIES,
  };
  if (problems.length > 0) throw new ValidationError(problems, "createAnalyzer");
  return resolved;
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== "string") fail("text", `expected a string, got ${text === null ? "null" : typeof text}`);
}

/**
 * The settings that decide the terms, from the resolved options: every switch except the cache
 * size (which changes speed, not terms). Generic, so a new option is recorded without an edit here.
 */
function settingsOf(options: TokenizerOptions): Record<string, AnalyzerSetting> {
  const settings: Record<string, AnalyzerSetting> = {};
  for (const key of Object.keys(options).sort()) {
    const value: unknown = options[key as keyof TokenizerOptions];
    if (key !== "maxCacheEntries" && (typeof value === "boolean" || typeof value === "number" || typeof value === "string")) settings[key] = value;
  }
  return settings;
}

/** Build the built-in analyzer with some behaviours switched off or a different cache bound. */
export function createAnalyzer(options?: AnalyzerOptions): TechbrokerAnalyzer {
  const resolved = resolveOptions(options);
  const tokenizer = new Tokenizer(resolved);
  const prepare = (text: string): string => runHanSteps(normalizeText(text), resolved);
  const analyze = (text: string): string[] => {
    checkText(text);
    const sink: TermSink = { terms: [] };
    const prepared = prepare(text);
    tokenizer.tokenize(prepared, sink);
    return sink.terms;
  };
  const writeIds = (text: string, sink: TermIdSink): void => {
    checkText(text);
    const prepared = prepare(text);
    tokenizer.tokenizeToIds(prepared, sink);
  };
  const analyzeWithOffsets = (text: string): TermWithOffsets[] => {
    checkText(text);
    const normal = normalizeTextWithOffsets(text);
    const prepared = runHanStepsWithMap(normal.text, { start: normal.rawStart, end: normal.rawEnd }, resolved);
    const sink = { terms: [] as string[], starts: [] as number[], ends: [] as number[] };
    tokenizer.tokenize(prepared.text, sink);
    const { start: rawStart, end: rawEnd } = prepared.map;
    return sink.terms.map((term, i) => {
      const start = sink.starts[i];
      const end = sink.ends[i];
      if (rawStart === undefined || rawEnd === undefined) return { term, start, end };
      return { term, start: rawStart[start], end: rawEnd[end - 1] };
    });
  };
  // Methods are closures, not prototype methods, so `texts.map(analyzer.analyze)` works.
  return Object.freeze({
    name: ANALYZER_NAME,
    version: ANALYZER_VERSION,
    settings: Object.freeze(settingsOf(resolved)),
    analyze,
    analyzeWithOffsets,
    writeIds,
    cacheSize: () => tokenizer.cacheSize,
  });
}

let shared: TechbrokerAnalyzer | undefined;

/** The default analyzer object (built on first use, then shared): what indexes and matchers use unless told otherwise. */
export function defaultAnalyzer(): TechbrokerAnalyzer {
  shared ??= createAnalyzer();
  return shared;
}

/** The default analyzer: English (lower-case, stop words, Porter2 stems), Chinese and technical tokens. */
export function analyze(text: string): string[] {
  return defaultAnalyzer().analyze(text);
}

/** The default analyzer's terms with the raw-text span of each, e.g. to highlight matches. */
export function analyzeWithOffsets(text: string): TermWithOffsets[] {
  return defaultAnalyzer().analyzeWithOffsets(text);
}
