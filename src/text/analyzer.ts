import { fail, ValidationError, type Problem } from "../errors/errors.js";
import { hasSegmenter } from "./noSpaceScripts.js";
import { runHanSteps, runHanStepsWithMap, type HanStepOptions } from "./hanSteps.js";
import { normalizeText, normalizeTextWithOffsets } from "./normalizeText.js";
import type { TermIdSink, TermSink } from "./termSink.js";
import { Tokenizer, type TokenizerOptions } from "./tokenizer.js";

/** Text in, index terms out. Deterministic: the same text always gives the same terms. */
export type Analyzer = (text: string) => string[];

/** Switches for `createAnalyzer`; every switch defaults to the behaviour of `analyze`. */
export interface AnalyzerOptions {
  /** Drop English stop words (wink-nlp's list) and Chinese function words. Default true. */
  stopWords?: boolean;
  /** Replace English words by their wink-nlp lemma ("batteries" -> "battery"). Default true. */
  lemmatize?: boolean;
  /**
   * Replace English words by their Porter2 stem instead ("coatings" -> coat, "cooling" -> cool). Default false:
   * lemmas read better in explanations; stems measured +0.006 nDCG@10 on NFCorpus dev (see README).
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

/** An analyzer that can also report offsets and its cache size. */
export interface OffsetAnalyzer {
  /** Terms of `text`, same as the plain analyzer. */
  analyze: Analyzer;
  /** Terms of `text` with the raw-text span of each, for highlighting matched words. */
  analyzeWithOffsets(text: string): TermWithOffsets[];
  /** Entries in the per-word cache right now (never above `maxCacheEntries`). */
  cacheSize(): number;
  /** The same terms as `analyze`, written as ids into an index's dictionary (see `termIdAnalyzerOf`). */
  analyzeToIds: TermIdAnalyzer;
}

const DEFAULT_CACHE_ENTRIES = 200_000;
const OPTION_NAMES = new Set(["stopWords", "lemmatize", "stem", "hanBigrams", "segmenter", "foldScript", "repairChinese", "chineseWords", "crossingBigrams", "maxCacheEntries"]);

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
    repairChinese: flag("repairChinese"),
    stopWords: flag("stopWords"),
    lemmatize: flag("lemmatize"),
    stem: flag("stem", false),
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

/** Writes the ids of `text`'s terms, as `sink.interner` numbers them, to `sink`. */
export type TermIdAnalyzer = (text: string, sink: TermIdSink) => void;

// Analyzers built here carry their id-writing twin under this key, so an index can skip the
// term strings and one dictionary lookup per term. A user's own analyzer has no twin and takes
// the string path; both give the same terms (test/text.fastPath.test.ts).
const TERM_ID_ANALYZER = Symbol("termIdAnalyzer");

/** The id-writing twin of an analyzer made by this module, if it is one. */
export function termIdAnalyzerOf(analyzer: Analyzer): TermIdAnalyzer | undefined {
  return (analyzer as Analyzer & { [TERM_ID_ANALYZER]?: TermIdAnalyzer })[TERM_ID_ANALYZER];
}

/** Build an analyzer that also exposes offsets and cache size (`createAnalyzer` wraps this). */
export function createOffsetAnalyzer(options?: AnalyzerOptions): OffsetAnalyzer {
  const resolved = resolveOptions(options);
  const tokenizer = new Tokenizer(resolved);
  const prepare = (text: string): string => runHanSteps(normalizeText(text), resolved);
  const analyze: Analyzer = (text) => {
    checkText(text);
    const sink: TermSink = { terms: [] };
    tokenizer.tokenize(prepare(text), sink);
    return sink.terms;
  };
  const analyzeToIds: TermIdAnalyzer = (text, sink) => {
    checkText(text);
    tokenizer.tokenizeToIds(prepare(text), sink);
  };
  Object.defineProperty(analyze, TERM_ID_ANALYZER, { value: analyzeToIds });
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
  return { analyze, analyzeWithOffsets, cacheSize: () => tokenizer.cacheSize, analyzeToIds };
}

/** Build an analyzer with some behaviours switched off or a different cache bound. */
export function createAnalyzer(options?: AnalyzerOptions): Analyzer {
  return createOffsetAnalyzer(options).analyze;
}

let defaultAnalyzer: OffsetAnalyzer | undefined;

function defaults(): OffsetAnalyzer {
  defaultAnalyzer ??= createOffsetAnalyzer();
  return defaultAnalyzer;
}

/** The default analyzer: English (lower-case, stop words, lemmas), Chinese and technical tokens. */
export function analyze(text: string): string[] {
  return defaults().analyze(text);
}
Object.defineProperty(analyze, TERM_ID_ANALYZER, { value: ((text, sink) => defaults().analyzeToIds(text, sink)) satisfies TermIdAnalyzer });

/** The default analyzer's terms with the raw-text span of each, e.g. to highlight matches. */
export function analyzeWithOffsets(text: string): TermWithOffsets[] {
  return defaults().analyzeWithOffsets(text);
}
