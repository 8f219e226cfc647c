import { CHINESE_STOP_WORDS } from "./chineseStopWords.js";
import { segmentChinese } from "./chineseWords.js";
import { clipTerm, emitTerm, type TermSink } from "./termSink.js";

/**
 * Terms for a run of text in a script written without spaces: Chinese (Han), Japanese kana,
 * Thai, Lao, Khmer, Myanmar. The tokenizer hands over each maximal run; Latin words, digits and
 * punctuation around it have already been split off (so 采用SiC MOSFET的逆变器 arrives here as
 * 采用 and 的逆变器).
 *
 * With Intl.Segmenter (dictionary-based word breaks, built into Node and browsers):
 * - Han: every adjacent character pair (bigram) of a Han stretch is a term, plus every segmenter
 *   word of 3+ characters. The segmenter alone is not enough because it splits unknown compounds
 *   (石墨烯 -> 石墨|烯); bigrams make 石墨烯 findable anyway, since the query 石墨烯 yields the same
 *   bigrams 石墨 墨烯. Two-character words are not added separately: they equal a bigram.
 *   A stretch of one character is kept as a unigram, so a one-character query (钢) can match.
 * - Stop words (see chineseStopWords.ts) are dropped and break the bigram chain.
 * - Kana, Thai and other segments are kept as words (a word mixing kanji and kana, 東京タワー,
 *   also yields the bigrams of its kanji); hiragana segments of 1-2 characters
 *   (particles and endings such as は, を, した) are dropped.
 * Without Intl.Segmenter, or with `segmenter: false`: character bigrams of each single-script
 * stretch (unigram when one character long), no stop words, because a character cannot be
 * told apart from the same character inside a word.
 *
 * Why pieces of at most 256 characters: the segmenter slows down sharply on long input
 * (Node 20: ~1M chars/s on 250 characters, 12k chars/s on 100k). Runs are already cut at
 * punctuation and spaces; a longer run is cut preferably after a particle (的, 了, ...), otherwise
 * hard. Bigrams are computed on the whole run, so cutting only affects segmenter words.
 */

export interface NoSpaceOptions {
  readonly useSegmenter: boolean;
  /** Han stretches are cut into dictionary words (chineseWords.ts) instead of going to Intl.Segmenter. */
  readonly chineseWords: boolean;
  /** With chineseWords: keep the bigrams that straddle two dictionary words (用高 of 费用|高) too. */
  readonly crossingBigrams: boolean;
  readonly hanBigrams: boolean;
  readonly stopWords: boolean;
}

const MAX_PIECE = 256;
const CUT_AFTER = new Set(["的", "了", "和", "是", "在", "与", "及", "或", "は", "が", "を", "に", "で", "と", "の"]);
const HAN_ONLY = /^\p{sc=Han}+$/u;
const HAS_HAN = /\p{sc=Han}/u;
const HAN_STRETCH = /\p{sc=Han}+/gu;
const SCRIPT_STRETCH = /\p{sc=Han}+|[^\p{sc=Han}]+/gu;
const SURROGATE = /[\uD800-\uDFFF]/;

let segmenter: Intl.Segmenter | undefined;

/** True when this runtime has Intl.Segmenter (all current browsers and Node >= 16). */
export function hasSegmenter(): boolean {
  return typeof Intl !== "undefined" && typeof (Intl as { Segmenter?: unknown }).Segmenter === "function";
}

function wordSegmenter(): Intl.Segmenter {
  // "zh": ICU uses one Chinese/Japanese dictionary for Han and kana whatever the locale.
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  return segmenter;
}

/** Han-only test with a fast path for the common CJK Unified Ideographs block (hot loop). */
function isHanOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return HAN_ONLY.test(word);
  }
  return true;
}

/** Hiragana word of one or two characters: a particle or verb ending (は, を, した). */
function isShortHiragana(word: string): boolean {
  if (word.length > 2) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x3041 || code > 0x309f) return false;
  }
  return true;
}

function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Emit adjacent code-point pairs of `stretch` (or the single character when it is one long). */
function emitBigrams(sink: TermSink, stretch: string, offset: number): void {
  if (!SURROGATE.test(stretch)) {
    if (stretch.length === 1) emitTerm(sink, stretch, offset, offset + 1);
    for (let i = 0; i + 1 < stretch.length; i++) emitTerm(sink, stretch.slice(i, i + 2), offset + i, offset + i + 2);
    return;
  }
  const starts: number[] = [];
  let position = 0;
  for (const ch of stretch) {
    starts.push(position);
    position += ch.length;
  }
  starts.push(stretch.length);
  if (starts.length === 2) emitTerm(sink, stretch, offset, offset + stretch.length);
  for (let i = 0; i + 2 < starts.length; i++) {
    emitTerm(sink, stretch.slice(starts[i], starts[i + 2]), offset + starts[i], offset + starts[i + 2]);
  }
}

/** Cut a run into pieces of at most MAX_PIECE units, preferring a cut after a particle. */
function pieceEnds(run: string): number[] {
  const ends: number[] = [];
  let start = 0;
  while (run.length - start > MAX_PIECE) {
    let cut = start + MAX_PIECE;
    for (let i = cut - 1; i > start + MAX_PIECE / 2; i--) {
      if (CUT_AFTER.has(run[i])) {
        cut = i + 1;
        break;
      }
    }
    const code = run.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
    ends.push(cut);
    start = cut;
  }
  ends.push(run.length);
  return ends;
}

function analyseWithSegmenter(run: string, offset: number, sink: TermSink, options: NoSpaceOptions): void {
  const seg = wordSegmenter();
  let stretchStart = -1; // start (in run) of the current Han stretch, -1 when none
  let stretchEnd = -1;
  const flush = (): void => {
    if (stretchStart >= 0 && options.hanBigrams) {
      emitBigrams(sink, run.slice(stretchStart, stretchEnd), offset + stretchStart);
    }
    stretchStart = -1;
  };
  let pieceStart = 0;
  for (const pieceEnd of pieceEnds(run)) {
    for (const s of seg.segment(run.slice(pieceStart, pieceEnd))) {
      const word = s.segment;
      const start = pieceStart + s.index;
      const end = start + word.length;
      const isStop = options.stopWords && (CHINESE_STOP_WORDS.has(word) || isShortHiragana(word));
      if (isStop) {
        flush();
        continue;
      }
      if (isHanOnly(word)) {
        // Contiguous Han segments form one stretch; pieces are adjacent, so a stretch spans cuts.
        if (stretchStart < 0 || stretchEnd !== start) {
          flush();
          stretchStart = start;
        }
        stretchEnd = end;
        if (!options.hanBigrams || codePointLength(word) >= 3) emitTerm(sink, clipTerm(word), offset + start, offset + end);
        continue;
      }
      flush();
      if (!s.isWordLike) continue;
      emitTerm(sink, clipTerm(word.toLowerCase()), offset + start, offset + end);
      // A Japanese word mixing kanji and kana (東京タワー): its kanji stay findable through bigrams.
      if (options.hanBigrams && HAS_HAN.test(word)) {
        for (const han of word.matchAll(HAN_STRETCH)) emitBigrams(sink, han[0], offset + start + (han.index ?? 0));
      }
    }
    pieceStart = pieceEnd;
  }
  flush();
}

function analyseWithBigrams(run: string, offset: number, sink: TermSink, options: NoSpaceOptions): void {
  for (const match of run.matchAll(SCRIPT_STRETCH)) {
    const stretch = match[0];
    const start = offset + (match.index ?? 0);
    if (!options.hanBigrams) {
      let position = start;
      for (const ch of stretch) {
        emitTerm(sink, ch, position, position + ch.length);
        position += ch.length;
      }
    } else {
      emitBigrams(sink, stretch, start);
    }
  }
}

/**
 * Terms of one chain of non-stop dictionary pieces [pieceStarts[0], end): whole words of 3+ characters, and the bigrams
 * inside a word or between two single characters (an unknown compound such as 钙|钛|矿); a bigram that straddles a
 * word boundary (动汽 of 电动|汽车, 用高 of 费用|高) only with `crossing`. A chain of one character is a unigram, and
 * so is a character alone between words when crossing bigrams are off.
 */
function emitChain(stretch: string, offset: number, pieceEnds: readonly number[], from: number, to: number, start: number, sink: TermSink, crossing: boolean): void {
  const end = pieceEnds[to - 1];
  if (codePointLength(stretch.slice(start, end)) === 1) {
    emitTerm(sink, stretch.slice(start, end), offset + start, offset + end);
    return;
  }
  let pieceStart = start;
  for (let p = from; p < to; p++) {
    const pieceEnd = pieceEnds[p];
    const single = codePointLength(stretch.slice(pieceStart, pieceEnd)) === 1;
    if (single && !crossing) {
      // A character alone between words (高 of 费用|高) is kept as a unigram unless a bigram with a lone neighbour covers it.
      const previousSingle = p > from && codePointLength(stretch.slice(p - 1 > from ? pieceEnds[p - 2] : start, pieceStart)) === 1;
      const nextSingle = p + 1 < to && codePointLength(stretch.slice(pieceEnd, pieceEnds[p + 1])) === 1;
      if (!previousSingle && !nextSingle) emitTerm(sink, stretch.slice(pieceStart, pieceEnd), offset + pieceStart, offset + pieceEnd);
    }
    if (!single) {
      // Bigrams inside the word, then the word itself when it is longer than a bigram.
      emitBigrams(sink, stretch.slice(pieceStart, pieceEnd), offset + pieceStart);
      if (codePointLength(stretch.slice(pieceStart, pieceEnd)) >= 3) emitTerm(sink, stretch.slice(pieceStart, pieceEnd), offset + pieceStart, offset + pieceEnd);
    }
    if (p + 1 < to) {
      const nextEnd = pieceEnds[p + 1];
      const nextSingle = codePointLength(stretch.slice(pieceEnd, nextEnd)) === 1;
      if (crossing || (single && nextSingle)) {
        // The bigram across the boundary: last character of this piece, first of the next.
        const a = pieceEnd - (stretch.charCodeAt(pieceEnd - 1) >= 0xdc00 && stretch.charCodeAt(pieceEnd - 1) <= 0xdfff ? 2 : 1);
        const b = pieceEnd + (stretch.charCodeAt(pieceEnd) >= 0xd800 && stretch.charCodeAt(pieceEnd) <= 0xdbff ? 2 : 1);
        emitTerm(sink, stretch.slice(a, b), offset + a, offset + b);
      }
    }
    pieceStart = pieceEnd;
  }
}

/** A Han stretch through the dictionary: stop words cut it into chains, each chain gives words and bigrams. */
function analyseHanStretch(stretch: string, offset: number, sink: TermSink, options: NoSpaceOptions): void {
  const ends = segmentChinese(stretch);
  let chainFrom = 0;
  let chainStart = 0;
  let pieceStart = 0;
  for (let p = 0; p < ends.length; p++) {
    const piece = stretch.slice(pieceStart, ends[p]);
    if (options.stopWords && CHINESE_STOP_WORDS.has(piece)) {
      if (p > chainFrom) emitChain(stretch, offset, ends, chainFrom, p, chainStart, sink, options.crossingBigrams);
      chainFrom = p + 1;
      chainStart = ends[p];
    }
    pieceStart = ends[p];
  }
  if (ends.length > chainFrom) emitChain(stretch, offset, ends, chainFrom, ends.length, chainStart, sink, options.crossingBigrams);
}

/** Append the terms of one no-space-script run that starts at `offset` in the normalised text. */
export function analyseNoSpaceRun(run: string, offset: number, sink: TermSink, options: NoSpaceOptions): void {
  if (options.chineseWords && options.hanBigrams) {
    // Han stretches go to the dictionary; kana, Thai and the other scripts as before.
    for (const match of run.matchAll(SCRIPT_STRETCH)) {
      const part = match[0];
      const start = offset + (match.index ?? 0);
      if (isHanOnly(part)) analyseHanStretch(part, start, sink, options);
      else if (options.useSegmenter) analyseWithSegmenter(part, start, sink, options);
      else analyseWithBigrams(part, start, sink, options);
    }
    return;
  }
  if (options.useSegmenter) analyseWithSegmenter(run, offset, sink, options);
  else analyseWithBigrams(run, offset, sink, options);
}
