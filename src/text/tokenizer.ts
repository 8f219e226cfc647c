import { lookUpEnglishWord } from "./englishLemmatizer.js";
import { analyseNoSpaceRun, type NoSpaceOptions } from "./noSpaceScripts.js";
import { FNV_OFFSET, FNV_PRIME, hashSpan, TokenCache } from "./tokenCache.js";
import { clipTerm, emitTerm, type TermIdSink, type TermSink } from "./termSink.js";
import { COMPOUND_JOINER, COMPOUND_SPLIT } from "./compoundTerms.js";
import { quantityAt, type FoundQuantity } from "./quantityTerms.js";

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
 * 12. Quantities (option `quantities`): a number with a unit also yields one canonical term, its value in the base unit
 *     of its dimension (quantityTerms.ts): "28 nm", "28nm" and "28纳米" -> 2.8e-8m; "1.2 kV" and "1200 V" -> 1200v.
 *     The number must start a word (not the 2 of CO2); the unit may follow after one space.
 * Every distinct raw token is analysed once and its terms cached (bounded cache, tokenCache.ts).
 *
 * FAST PATH. Most tokens are plain ASCII words followed by a space or punctuation. The scanner
 * reads those itself, hashing as it goes, and finds their cached terms without making a string;
 * anything else (non-ASCII, joiners, apostrophes, C++) is handed to the TOKEN regex from the same
 * position, which then decides exactly as it always did. Both paths give the same tokens.
 */

/** What a tokenizer instance does (resolved analyzer options). */
export interface TokenizerOptions extends NoSpaceOptions {
  /** Add a canonical term after each number with a unit (quantityTerms.ts). */
  readonly quantities: boolean;
  readonly lemmatize: boolean;
  readonly stem: boolean;
  readonly maxCacheEntries: number;
}

const NO_SPACE = "\\p{sc=Han}\\p{sc=Hira}\\p{sc=Kana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmr}\\p{sc=Mymr}\\u30FC";
const WORD_CHAR = `[^\\s\\p{P}\\p{S}\\p{C}\\p{Z}\\p{Me}${NO_SPACE}]`;
/**
 * The token rule (rules 1-2, 9-10); the scanner's fast path must find exactly the spans it finds.
 * Repeats are bounded (MAX_RUN): an unbounded `+` over a class with astral members keeps one backtrack
 * entry per character, and NFKC can turn a 1 MiB field into millions of characters (㍿ -> 株式会社), which
 * overflowed V8's regex stack. A match that reached a bound is extended by a loop of bounded sticky matches
 * (noSpaceRunEnd, longWordEnd), so tokens are exactly those of the unbounded rule.
 */
export const TOKEN = new RegExp(
  `([${NO_SPACE}]{1,4096})|${WORD_CHAR}{1,4096}(?:[-\\u2010_/.]${WORD_CHAR}{1,4096}){0,4096}(?:['\\u2019][sS](?!${WORD_CHAR})|(?:\\+\\+?|#)(?![\\p{L}\\p{N}]))?`,
  "gu",
);
const MAX_RUN = 4096;
const RUN_MORE = new RegExp(`[${NO_SPACE}]{1,${MAX_RUN}}`, "uy");
/** End of the no-space run that TOKEN matched up to `end` (it stopped at MAX_RUN units or at the run's end). */
function noSpaceRunEnd(text: string, end: number): number {
  let at = end;
  for (;;) {
    RUN_MORE.lastIndex = at;
    if (!RUN_MORE.test(text)) return at;
    at = RUN_MORE.lastIndex;
  }
}
const WORD_MORE = new RegExp(`(?:[-\\u2010_/.]?${WORD_CHAR}){1,${MAX_RUN}}`, "uy");
const WORD_SUFFIX = new RegExp(`['\\u2019][sS](?!${WORD_CHAR})|(?:\\+\\+?|#)(?![\\p{L}\\p{N}])`, "uy");
/** End of the (joined) word token starting at `start`, for a TOKEN match that may have stopped at a bound. */
function longWordEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    WORD_MORE.lastIndex = at;
    if (!WORD_MORE.test(text)) break;
    at = WORD_MORE.lastIndex;
  }
  WORD_SUFFIX.lastIndex = at;
  return WORD_SUFFIX.test(text) ? WORD_SUFFIX.lastIndex : at;
}
const HAS_DIGIT_OR_DOT = /[\d.]/;
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)*)([a-z]+)$/;
const ASCII_WORD = /^[A-Za-z]+$/;
const CAPITAL = /[A-Z]/;
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
const MAX_CACHED_TOKEN = 256;
const MAX_WINK_WORD = 64;
const NO_TERMS: readonly string[] = [];

/** The only ASCII characters of WORD_CHAR are letters and digits. */
function isAsciiWordChar(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Whether the TOKEN regex could take the word ending before `end` further: a non-ASCII character,
 * a joiner or apostrophe followed by a word character (or anything non-ASCII), or "+" / "#".
 */
function mayContinue(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c >= 0x80) return true;
  if (c === 0x2d || c === 0x5f || c === 0x2f || c === 0x2e || c === 0x27) {
    const next = text.charCodeAt(end + 1); // NaN past the end: no
    return next >= 0x80 || isAsciiWordChar(next);
  }
  return c === 0x2b || c === 0x23;
}

/** Turns normalised text into terms (or term ids), caching the terms of each distinct raw word. */
export class Tokenizer {
  private readonly cache: TokenCache;
  /** Scratch for quantityAt, and where the next number may start (a number read as 1,000 spans tokens). */
  private readonly found: FoundQuantity = { term: undefined, start: 0, end: 0 };
  private quantityResume = 0;

  constructor(private readonly options: TokenizerOptions) {
    this.cache = new TokenCache(options.maxCacheEntries);
  }

  /** Entries held by the per-word cache (for tests and diagnostics). */
  get cacheSize(): number {
    return this.cache.size;
  }

  /** Append the terms of already-normalised `text` to `sink`. */
  tokenize(text: string, sink: TermSink): void {
    this.scan(text, sink, undefined);
  }

  /**
   * Append the ids of the terms of already-normalised `text`, as `sink.interner` numbers them. The
   * same terms as `tokenize`, but a cached word costs no string and no dictionary lookup.
   */
  tokenizeToIds(text: string, sink: TermIdSink): void {
    this.scan(text, undefined, sink);
  }

  /** Exactly one of `terms` and `ids` is given. */
  private scan(text: string, terms: TermSink | undefined, ids: TermIdSink | undefined): void {
    const n = text.length;
    const quantities = this.options.quantities;
    this.quantityResume = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (!isAsciiWordChar(c)) {
          i++;
          continue;
        }
        let hash = FNV_OFFSET;
        let j = i;
        do {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          c = ++j < n ? text.charCodeAt(j) : 0x20;
        } while (isAsciiWordChar(c));
        if (!mayContinue(text, j)) {
          this.emitWord(text, i, j, hash, terms, ids);
          // Rule 12: in an ASCII word only its first character can start a number (letters and digits precede the rest).
          if (quantities && text.charCodeAt(i) <= 0x39 && text.charCodeAt(i) >= 0x30 && i >= this.quantityResume) this.emitQuantity(text, i, terms, ids);
          i = j;
          continue;
        }
      }
      TOKEN.lastIndex = i;
      const match = TOKEN.exec(text);
      if (match === null) return;
      const start = match.index;
      let end = start + match[0].length;
      if (match[1] !== undefined) {
        if (match[0].length >= MAX_RUN - 1) end = noSpaceRunEnd(text, end);
        this.emitNoSpaceRun(end === start + match[0].length ? match[0] : text.slice(start, end), start, terms, ids);
      } else {
        if (match[0].length >= MAX_RUN) end = longWordEnd(text, start);
        this.emitWord(text, start, end, hashSpan(text, start, end), terms, ids);
        if (quantities) this.emitQuantities(text, start, end, terms, ids);
      }
      i = end;
    }
  }

  private emitWord(text: string, start: number, end: number, hash: number, sink?: TermSink, ids?: TermIdSink): void {
    const { cache } = this;
    let entry = end - start > MAX_CACHED_TOKEN ? -1 : cache.find(text, start, end, hash);
    let terms: readonly string[];
    if (entry >= 0) terms = cache.terms(entry);
    else {
      terms = this.tokenTerms(text.slice(start, end));
      if (end - start <= MAX_CACHED_TOKEN) {
        // englishTerms may have cached this very word under its lower-case form already.
        entry = cache.find(text, start, end, hash);
        if (entry < 0) entry = cache.add(text, start, end, hash, terms);
      }
    }
    if (ids) {
      if (entry >= 0) cache.writeIds(entry, ids);
      else for (let k = 0; k < terms.length; k++) ids.ids.push(ids.interner.intern(terms[k]));
    } else if (sink) {
      for (let k = 0; k < terms.length; k++) emitTerm(sink, terms[k], start, end);
    }
  }

  /** Rule 12: the canonical term of each quantity whose number starts in [from, to) (a token's span). */
  private emitQuantities(text: string, from: number, to: number, sink?: TermSink, ids?: TermIdSink): void {
    for (let k = Math.max(from, this.quantityResume); k < to; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x30 || c > 0x39) continue;
      this.emitQuantity(text, k, sink, ids);
      k = this.quantityResume - 1; // the loop's k++ lands on the resume point
    }
  }

  /** The canonical term of the quantity whose number starts at `k`, if there is one. */
  private emitQuantity(text: string, k: number, sink?: TermSink, ids?: TermIdSink): void {
    const found = this.found;
    this.quantityResume = quantityAt(text, k, found);
    if (found.term === undefined) return;
    if (ids) ids.ids.push(ids.interner.intern(found.term));
    else if (sink) emitTerm(sink, found.term, found.start, found.end);
  }

  private emitNoSpaceRun(run: string, start: number, sink?: TermSink, ids?: TermIdSink): void {
    if (sink) return analyseNoSpaceRun(run, start, sink, this.options);
    const scratch: TermSink = { terms: [] };
    analyseNoSpaceRun(run, start, scratch, this.options);
    if (ids) for (const term of scratch.terms) ids.ids.push(ids.interner.intern(term));
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
    const hash = hashSpan(lower, 0, lower.length);
    const cached = this.cache.find(lower, 0, lower.length, hash);
    if (cached >= 0) return this.cache.terms(cached);
    const info = lookUpEnglishWord(lower, stem);
    const terms = stopWords && info.isStopWord ? NO_TERMS : [clipTerm(stem ? (info.stem ?? lower) : lemmatize ? info.lemma : lower)];
    this.cache.add(lower, 0, lower.length, hash, terms);
    return terms;
  }
}
