/**
 * Text clean-up before tokenising: the same text always yields the same characters, whatever
 * invisible or compatibility characters it was typed or pasted with.
 *
 * - Lone surrogates (broken UTF-16) become spaces, so they can never end up inside a term.
 * - U+200B ZERO WIDTH SPACE becomes a space: it marks a word break (Thai, Khmer, web pages).
 * - Other format characters (\p{Cf}: ZWJ, ZWNJ, soft hyphen, BOM, word joiner, bidi marks) and
 *   variation selectors are removed: they sit inside words and must not split them.
 * - NFKC folds compatibility forms: full-width ＳｉＣ -> SiC, ligature ﬁ -> fi, ² -> 2, ㎚ -> nm.
 * Pure ASCII text skips all of this (it cannot change), which is the common case for English.
 */

const NON_ASCII = /[^\x00-\x7F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ZERO_WIDTH_SPACE = /\u200B/g;
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/** Clean and NFKC-normalise text (see the module comment for exactly what changes). */
export function normalizeText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .replace(LONE_SURROGATE, " ")
    .replace(ZERO_WIDTH_SPACE, " ")
    .replace(INVISIBLE, "")
    .normalize("NFKC");
}

/** Normalised text plus, for each of its UTF-16 units, the span of raw text it came from. */
export interface NormalizedWithOffsets {
  readonly text: string;
  /** `rawStart[i]` / `rawEnd[i]`: raw span of normalised unit i; undefined when identical to raw. */
  readonly rawStart?: readonly number[];
  readonly rawEnd?: readonly number[];
}

// One base character and the combining marks that follow it: NFKC composes within such a cluster.
// Bounded, so a megabyte of combining marks cannot overflow the regex stack (a longer run is cut into clusters).
const CLUSTER = /[^]\p{M}{0,64}/gu;

/**
 * Like `normalizeText`, but keeps a map back to the raw text, for highlighting matched words.
 * Normalises cluster by cluster, which equals whole-text normalisation except for rare
 * compositions across clusters (e.g. conjoining Hangul jamo), where terms may differ slightly.
 */
export function normalizeTextWithOffsets(raw: string): NormalizedWithOffsets {
  const whole = normalizeText(raw);
  if (whole === raw) return { text: raw };
  const pieces: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  for (const match of raw.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index ?? 0;
    const normal = normalizeText(cluster);
    pieces.push(normal);
    for (let i = 0; i < normal.length; i++) {
      rawStart.push(start);
      rawEnd.push(start + cluster.length);
    }
  }
  return { text: pieces.join(""), rawStart, rawEnd };
}
