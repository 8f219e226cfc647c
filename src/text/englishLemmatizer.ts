import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { TechbrokerError } from "../errors/errors.js";

/**
 * English lemmas and stop-word flags from wink-nlp, one word at a time.
 *
 * Why per word and not per document: wink's full pipeline runs below 1 MB/s, while looking each
 * distinct word up once and caching the answer keeps the analyzer above 10 MB/s. A context-free
 * lemma agrees with wink's in-context lemma on ~99% of content tokens (measured, see TOOLING.md).
 * It also makes the answer independent of the surrounding text, which keeps analysis deterministic:
 * the same word always gets the same term, in a query and in a document.
 *
 * Why the instance is recreated: wink adds every unseen token to its vocabulary for good
 * (~128 MB per million unseen words), so after `WORDS_PER_INSTANCE` lookups we start afresh.
 */

/** What wink says about one lower-case alphabetic word. */
export interface EnglishWordInfo {
  readonly lemma: string;
  /**
   * Porter2 stem of the word (wink-nlp's `its.stem`), only when asked for: it costs about as much as
   * the lemma. Only alphabetic words get here, so numbers are safe.
   */
  readonly stem?: string;
  readonly isStopWord: boolean;
}

/** The part of wink's API used here; wink's own types are looser than this. */
interface WinkLike {
  readDoc(text: string): {
    tokens(): { length(): number; out(what: unknown): unknown[] };
  };
  its: { lemma: unknown; stopWordFlag: unknown; stem: unknown };
}

/** Fresh instance after this many lookups, to bound wink's vocabulary growth (~6 MB). */
const WORDS_PER_INSTANCE = 50_000;

// wink-eng-lite-web-model's metaCER() re-stringifies a module-level JSON value on every call, so
// each new winkNLP instance doubles that string until "Invalid string length" (seen after ~20
// instances). Computing it once and handing wink the cached value makes re-creation safe and cheap.
let modelOnce: typeof model | undefined;
function stableModel(): typeof model {
  if (modelOnce === undefined) {
    // The model's types declare metaCER as `unknown`; at run time it is a function, unless an app
    // aliased the model away to save 3.5 MB (README, "Browser") and then used the default analyzer.
    const metaCER = (model as unknown as { metaCER?: unknown }).metaCER;
    if (typeof metaCER !== "function")
      throw new TechbrokerError("MODEL_NOT_LOADED", "wink-eng-lite-web-model is not loaded: pass your own analyzer, or bundle the model");
    const meta: unknown = (metaCER as () => unknown).call(model);
    modelOnce = { ...model, metaCER: () => meta };
  }
  return modelOnce;
}

let wink: WinkLike | undefined;
let lookupsOnInstance = 0;

/** Force a fresh wink instance on the next lookup (tests use it to check re-creation is safe). */
export function renewWinkInstance(): void {
  lookupsOnInstance = WORDS_PER_INSTANCE;
}

function winkInstance(): WinkLike {
  if (wink === undefined || lookupsOnInstance >= WORDS_PER_INSTANCE) {
    // 'pos' is required: without it wink returns the surface form as the lemma ("running" stays).
    wink = winkNLP(stableModel(), ["pos"]) as unknown as WinkLike;
    lookupsOnInstance = 0;
  }
  lookupsOnInstance++;
  return wink;
}

/**
 * Lemma, stop flag and (if `withStem`) stem of one lower-case ASCII word (callers cache the result).
 * Falls back to the word itself if wink splits it into several tokens.
 */
export function lookUpEnglishWord(word: string, withStem = false): EnglishWordInfo {
  const nlp = winkInstance();
  const tokens = nlp.readDoc(word).tokens();
  if (tokens.length() !== 1) return { lemma: word, stem: withStem ? word : undefined, isStopWord: false };
  const lemma = tokens.out(nlp.its.lemma)[0];
  const stop = tokens.out(nlp.its.stopWordFlag)[0];
  // Lemmas are lower-cased too: wink keeps the case of some irregular forms.
  const lowerOr = (form: unknown): string => (typeof form === "string" && form.length > 0 ? form.toLowerCase() : word);
  return { lemma: lowerOr(lemma), stem: withStem ? lowerOr(tokens.out(nlp.its.stem)[0]) : undefined, isStopWord: stop === true };
}
