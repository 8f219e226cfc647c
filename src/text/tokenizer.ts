import { BoundedCache } from "./boundedCache.js";
import { lookUpEnglishWord } from "./englishLemmatizer.js";
import { analyseNoSpaceRun, type NoSpaceOptions } from "./noSpaceScripts.js";
import { clipTerm, emitTerm, type TermSink } from "./termSink.js";

/*
 * TOKEN RULES. Queries and documents go through the same rules, so consistency matters more than
 * linguistic purity: whatever a rule does to a document word, it does to the same query word.
 * Input has been normalised first (normalizeText.ts: NFKC, zero-width characters, lone surrogates).
 *
 *  1. Script runs. Han, kana, Thai, Lao, Khmer and Myanmar runs go to noSpaceScripts.ts
 *     (segmenter words + Han bigrams). Everything else is split into words at whitespace,
 *     punctuation, symbols (emoji included) and control characters. A word is a run of letters,
 *     marks and digits of any other script (Latin, Cyrillic, Greek, Arabic, Hebrew, Hangul, ...).
 *  2. Joiners. Words joined by "-", "‐", "_", "/" or "." with no space around them form one token.
 *  3. Hyphenated compounds (also "_" and "/"): the whole, lower-cased, is a term, followed by the
 *     terms of each part: "Li-ion" -> li-ion, li, ion; "state-of-the-art" -> state-of-the-art,
 *     state, art; "TCP/IP" -> tcp/ip, tcp, ip. So "lithium-ion" and "lithium ion" still meet.
 *  4. Dotted tokens are kept whole, never split: "802.11ax", "3.14", "v2.3.1", "node.js", "e.g".
 *  5. Tokens with a digit are lower-cased and kept whole, never lemmatised or stop-filtered:
 *     "28nm", "5G" -> 5g, "CO2" -> co2, "H2O" -> h2o, "2024". A number followed by letters (a value
 *     with its unit) also yields its two parts, so "28nm" meets "28 nm": 28nm -> 28nm, 28, nm;
 *     802.11ax -> 802.11ax, 802.11, ax.
 *  6. Mixed-case and all-capital ASCII words (a capital after the first letter) are acronyms or
 *     formulas: lower-cased, never lemmatised or stop-filtered. "SiC" -> sic, "pH" -> ph,
 *     "GaN" -> gan, "IT" -> it (kept, unlike the pronoun "it"), "MOSFET" -> mosfet. A plural
 *     acronym loses its "s": "LEDs" -> led, "GPUs" -> gpu. (All-capital headings pay a small price:
 *     "THE" is kept.)
 *  7. Other ASCII words (lower-case or Capitalised) are lower-cased, dropped if wink-nlp flags them
 *     as stop words, and replaced by wink-nlp's lemma: "Batteries" -> battery, "running" -> run.
 *     Only purely alphabetic ASCII words of at most 64 letters go to wink.
 *  8. Words of other scripts and accented words are lower-cased only ("Straße" -> straße, Arabic,
 *     Hebrew, Cyrillic as they are): wink-nlp's model is English.
 *  9. Possessive "'s" / "’s" is dropped ("Moore's" -> moore); other apostrophes split ("don't" ->
 *     don, t).
 * 10. "C++", "C#", "F#": a word directly followed by "+", "++" or "#" (and then no letter or digit)
 *     keeps that suffix: c++, c#.
 * 11. Length: a term is at most 64 UTF-16 units (MAX_TERM_LENGTH); longer tokens are cut, so 1 MB of
 *     one repeated letter yields one short term. Tokens longer than 256 units are not cached.
 * Every distinct raw token is analysed once and its terms cached (bounded cache, boundedCache.ts).
 */

/** What a tokenizer instance does (resolved analyzer options). */
export interface TokenizerOptions extends NoSpaceOptions {
  readonly lemmatize: boolean;
  readonly stem: boolean;
  readonly maxCacheEntries: number;
}

const NO_SPACE = "\\p{sc=Han}\\p{sc=Hira}\\p{sc=Kana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmr}\\p{sc=Mymr}\\u30FC";
const WORD_CHAR = `[^\\s\\p{P}\\p{S}\\p{C}\\p{Z}\\p{Me}${NO_SPACE}]`;
const TOKEN = new RegExp(
  `([${NO_SPACE}]+)|${WORD_CHAR}+(?:[-\\u2010_/.]${WORD_CHAR}+)*(?:['\\u2019][sS](?!${WORD_CHAR})|(?:\\+\\+?|#)(?![\\p{L}\\p{N}]))?`,
  "gu",
);
/** Characters that join the parts of a compound token (rule 3); the bridges use them too. */
export const COMPOUND_JOINER = /[-\u2010_/]/;
export const COMPOUND_SPLIT = /[-\u2010_/]+/;
const HAS_DIGIT_OR_DOT = /[\d.]/;
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)*)([a-z]+)$/;
const ASCII_WORD = /^[A-Za-z]+$/;
const CAPITAL = /[A-Z]/;
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
const MAX_CACHED_TOKEN = 256;
const MAX_WINK_WORD = 64;
const NO_TERMS: readonly string[] = [];

/** Turns normalised text into terms, caching the terms of each distinct raw word. */
export class Tokenizer {
  private readonly cache: BoundedCache<readonly string[]>;

  constructor(private readonly options: TokenizerOptions) {
    this.cache = new BoundedCache(options.maxCacheEntries);
  }

  /** Entries held by the per-word cache (for tests and diagnostics). */
  get cacheSize(): number {
    return this.cache.size;
  }

  /** Append the terms of already-normalised `text` to `sink`. */
  tokenize(text: string, sink: TermSink): void {
    TOKEN.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = TOKEN.exec(text)) !== null) {
      const raw = match[0];
      const start = match.index;
      if (match[1] !== undefined) {
        analyseNoSpaceRun(raw, start, sink, this.options);
        continue;
      }
      const terms = this.wordTerms(raw);
      for (let i = 0; i < terms.length; i++) emitTerm(sink, terms[i], start, start + raw.length);
    }
  }

  private wordTerms(raw: string): readonly string[] {
    if (raw.length > MAX_CACHED_TOKEN) return this.tokenTerms(raw);
    let terms = this.cache.get(raw);
    if (terms === undefined) {
      terms = this.tokenTerms(raw);
      this.cache.set(raw, terms);
    }
    return terms;
  }

  /** Rules 2-10 for one raw token (see the comment at the top of this file). */
  private tokenTerms(raw: string): readonly string[] {
    let token = raw;
    const last = token.charCodeAt(token.length - 1);
    if (last === 0x73 || last === 0x53) {
      // rule 9: possessive 's ('s is only matched when followed by a non-word character)
      const apostrophe = token.charCodeAt(token.length - 2);
      if (apostrophe === 0x27 || apostrophe === 0x2019) token = token.slice(0, -2);
    } else if (last === 0x2b || last === 0x23) {
      return [clipTerm(token.toLowerCase())]; // rule 10: c++, c#
    }
    if (!COMPOUND_JOINER.test(token)) return this.unitTerms(token);
    const terms = [clipTerm(token.toLowerCase())];
    for (const part of token.split(COMPOUND_SPLIT)) {
      if (part.length > 0) terms.push(...this.unitTerms(part));
    }
    return terms;
  }

  /** Rules 4-8 for a token without hyphen, underscore or slash. */
  private unitTerms(token: string): readonly string[] {
    const lower = token.toLowerCase();
    if (HAS_DIGIT_OR_DOT.test(token)) {
      const whole = clipTerm(lower);
      const unit = NUMBER_WITH_UNIT.exec(lower);
      return unit !== null && lower.length <= MAX_WINK_WORD ? [whole, unit[1], unit[2]] : [whole];
    }
    if (!ASCII_WORD.test(token) || token.length > MAX_WINK_WORD) return [clipTerm(lower)];
    if (CAPITAL.test(token.slice(1))) {
      return PLURAL_ACRONYM.test(token) ? [lower.slice(0, -1)] : [lower];
    }
    return this.englishTerms(lower);
  }

  /** Rule 7, cached under the lower-case word so "Running" and "running" share one wink call. */
  private englishTerms(lower: string): readonly string[] {
    const { stopWords, lemmatize, stem } = this.options;
    if (!stopWords && !lemmatize && !stem) return [lower];
    let terms = this.cache.get(lower);
    if (terms === undefined) {
      const info = lookUpEnglishWord(lower);
      terms = stopWords && info.isStopWord ? NO_TERMS : [clipTerm(stem ? info.stem : lemmatize ? info.lemma : lower)];
      this.cache.set(lower, terms);
    }
    return terms;
  }
}
