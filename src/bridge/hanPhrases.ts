/**
 * Finding Chinese phrases (lexicon expressions, dictionary words) in query text as contiguous
 * characters. Analysed terms cannot do it: Han text is indexed as overlapping bigrams, so the bag
 * {低温} is inside 降低温度 (降低|温度) although "low temperature" is not. Here a phrase matches
 * where its characters stand in the text, and a short phrase (one or two characters) only where
 * the word segmenter puts a word boundary before and after it: 镉 in 大米|镉|超标 matches, 低温 in
 * 降低|温度 does not. Longer phrases need no boundary check (散热管理 does contain 热管理).
 */

const HAN_RUN = /\p{sc=Han}+/gu;
const HAN_ONLY = /^\p{sc=Han}+$/u;
const MAX_PIECE = 256;
/** Phrases this short must sit on word boundaries. */
const SHORT = 2;

/** Text as phrases are compared: NFKC, lower case, then an optional script fold (Traditional -> Simplified). */
export type TextFold = (text: string) => string;

export function normalizeForPhrases(text: string, fold?: TextFold): string {
  // The lexicon, the dictionary and its acronyms each normalise the same query text: the last answer is kept.
  if (text === lastNormal.text && fold === lastNormal.fold) return lastNormal.normal;
  const lower = text.normalize("NFKC").toLowerCase();
  const normal = fold ? fold(lower) : lower;
  lastNormal = { text, fold, normal };
  return normal;
}
let lastNormal: { text: string; fold?: TextFold; normal: string } = { text: "", normal: "" };

/** True when `text` is made of Han characters only (after trimming spaces). */
export function isHanPhrase(text: string): boolean {
  return HAN_ONLY.test(text);
}

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    const Seg = typeof Intl !== "undefined" ? (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter : undefined;
    segmenter = typeof Seg === "function" ? new Seg("zh", { granularity: "word" }) : null;
  }
  return segmenter;
}

/**
 * Word-boundary offsets of a Han run (always 0 and its length); pieces of at most 256 characters keep it linear.
 * The sources of one query ask for the same runs, so the last few answers are kept (the segmenter is the slow part).
 */
function boundaries(run: string): ReadonlySet<number> {
  let marks = recentMarks.get(run);
  if (!marks) {
    marks = segmentBoundaries(run);
    if (recentMarks.size >= RECENT_RUNS) recentMarks.delete(recentMarks.keys().next().value!);
    recentMarks.set(run, marks);
  }
  return marks;
}
const RECENT_RUNS = 16;
const recentMarks = new Map<string, ReadonlySet<number>>();

function segmentBoundaries(run: string): Set<number> {
  const marks = new Set<number>([0, run.length]);
  const seg = wordSegmenter();
  if (!seg) {
    // Without a segmenter every character boundary counts: short phrases then match as plain substrings.
    for (let i = 1; i < run.length; i++) marks.add(i);
    return marks;
  }
  for (let start = 0; start < run.length; start += MAX_PIECE) {
    marks.add(start);
    for (const s of seg.segment(run.slice(start, start + MAX_PIECE))) marks.add(start + s.index);
  }
  return marks;
}

/** The phrases looked for: a Set, a Map, or any list that can tell whether it holds a phrase. */
export interface PhraseSet {
  has(phrase: string): boolean;
}

/** One occurrence of a phrase in the text: the phrase and its offsets in the normalised text. */
export interface HanOccurrence {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every occurrence of a phrase of `phrases` (normalised Han strings) in `text` (normalised), honouring
 * the boundary rule for short phrases. Linear in the text: each start position tries at most `maxLength`
 * substrings. With `longestOnly`, a match at a position hides shorter ones there and those it covers
 * (forward maximum matching, for dictionary segmentation).
 */
export function findHanPhrases(text: string, phrases: PhraseSet, maxLength: number, longestOnly = false): HanOccurrence[] {
  const found: HanOccurrence[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    const offset = m.index ?? 0;
    let marks: ReadonlySet<number> | undefined;
    let coveredTo = 0;
    for (let i = 0; i < run.length; i++) {
      if (longestOnly && i < coveredTo) continue;
      const top = Math.min(maxLength, run.length - i);
      for (let len = top; len >= 1; len--) {
        const phrase = run.slice(i, i + len);
        if (!phrases.has(phrase)) continue;
        if (len <= SHORT) {
          marks ??= boundaries(run);
          if (!marks.has(i) || !marks.has(i + len)) continue;
        }
        found.push({ phrase, start: offset + i, end: offset + i + len });
        if (longestOnly) {
          coveredTo = i + len;
          break;
        }
      }
    }
  }
  return found;
}
