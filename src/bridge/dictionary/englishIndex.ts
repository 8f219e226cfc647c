import { SortedLines } from "./sortedLines.js";

/**
 * The English side of a bilingual word list: every sense, as plain lower-case words with plural endings
 * removed, pointing back to the Chinese words it translates. The build (scripts/build-zh-en.mjs) writes it
 * with this same function, so the shipped index and the query side cannot disagree; a dictionary without
 * one gets it built on first use.
 */

/** Longest English phrase (in words) that is looked up. */
export const MAX_ENGLISH_WORDS = 3;
/** Words that start no translation: function words and the verbs of every request ("we need ..."). */
export const ENGLISH_SKIP: ReadonlySet<string> = new Set("a an the of to and or in on at for with by from as is are be was were we our us you your it its this that these those need needs want wants looking seek seeking require requires can could would should will not no".split(" "));
const ENGLISH_WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
const SIMPLE_WORD = /^[a-z]+$/;

/** Lower-case words of English text with plural endings removed (batteries -> battery, cells -> cell). */
export function englishWords(text: string): string[] {
  const words = text.normalize("NFKC").toLowerCase().match(ENGLISH_WORD) ?? [];
  return words.map(singular);
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) return w.slice(0, -1);
  return w;
}

/**
 * The key a sense is found under: its words joined by one space; empty when it has none, too many, or starts
 * with a word no lookup starts at (ENGLISH_SKIP: "a burden", "to cool"), since no query could reach it.
 */
export function englishKey(sense: string): string {
  const words = SIMPLE_WORD.test(sense) ? [singular(sense)] : englishWords(sense);
  return words.length === 0 || words.length > MAX_ENGLISH_WORDS || ENGLISH_SKIP.has(words[0]) ? "" : words.join(" ");
}

/** The English index as shipped: see {@link buildEnglishIndex}. */
export interface EnglishIndexData {
  /** Offsets of senses in the word list (fixed-width base 36), sorted by sense, for senses that are their own key. */
  readonly senses: string;
  /** Lines `key<TAB>offset,offset` (base 36), sorted by key, for senses whose key differs (batteries -> battery). */
  readonly keys: string;
}

/** Base-36 digits of an offset into a word list of this length. */
export const offsetWidth = (length: number): number => Math.max(1, length.toString(36).length);

/** The Chinese word whose line holds the sense at `offset`, and where that line starts. */
function lineStart(words: string, offset: number): number {
  return words.lastIndexOf("\n", offset) + 1;
}

/**
 * The English index of a word list `word<TAB>sense|sense` (lines sorted by word), without repeating the senses:
 * 95% of senses are already their own key ("heat pump"), so they are listed as fixed-width offsets into the list,
 * sorted by sense; the rest ("batteries" -> battery) get a line `key<TAB>offsets`. A lookup merges both and
 * orders the Chinese words shorter first (the common renderings: 电池 before 蓄电池组), then in list order.
 */
export function buildEnglishIndex(words: string): EnglishIndexData {
  const width = offsetWidth(words.length);
  const own: { sense: string; offset: number; order: number }[] = [];
  const byKey = new Map<string, { offset: number; order: number }[]>();
  for (let start = 0; start < words.length; ) {
    let end = words.indexOf("\n", start);
    if (end < 0) end = words.length;
    const tab = words.indexOf("\t", start);
    if (tab > start && tab < end) {
      // Shorter words first, then list order: the word's length in the high part, its line start in the low part.
      const order = (tab - start) * 2 ** 32 + start;
      for (let at = tab + 1; at <= end; ) {
        let bar = words.indexOf("|", at);
        if (bar < 0 || bar > end) bar = end;
        const sense = words.slice(at, bar);
        const key = englishKey(sense);
        if (key === sense) own.push({ sense, offset: at, order });
        else if (key !== "") {
          const list = byKey.get(key);
          if (list) list.push({ offset: at, order });
          else byKey.set(key, [{ offset: at, order }]);
        }
        at = bar + 1;
      }
    }
    start = end + 1;
  }
  const code = (offset: number): string => offset.toString(36).padStart(width, "0");
  own.sort((a, b) => (a.sense < b.sense ? -1 : a.sense > b.sense ? 1 : a.order - b.order));
  const keys = [...byKey].map(([key, list]) => `${key}\t${list.sort((a, b) => a.order - b.order).map((r) => r.offset.toString(36)).join(",")}`);
  return { senses: own.map((r) => code(r.offset)).join(""), keys: keys.sort().join("\n") };
}

/** Chinese words of a word list by English phrase, searched in place (see {@link buildEnglishIndex}). */
export class EnglishIndex {
  private readonly width: number;
  private readonly count: number;
  private readonly keys: SortedLines;

  constructor(private readonly words: string, private readonly data: EnglishIndexData) {
    this.width = offsetWidth(words.length);
    this.count = Math.floor(data.senses.length / this.width);
    this.keys = new SortedLines(data.keys);
  }

  /** Line starts (in the word list) of the Chinese words with this English key, shorter words first; empty if none. */
  lookup(key: string): number[] {
    const offsets: number[] = [];
    for (let i = this.lowerBound(key); i < this.count && this.compare(key, this.offset(i)) === 0; i++) offsets.push(this.offset(i));
    const line = this.keys.find(key);
    if (line >= 0) for (const ref of this.keys.valueOf(line).split(",")) offsets.push(parseInt(ref, 36));
    if (offsets.length === 0) return offsets;
    const starts = [...new Set(offsets.map((o) => lineStart(this.words, o)))];
    const length = (start: number): number => this.words.indexOf("\t", start) - start;
    return starts.sort((a, b) => length(a) - length(b) || a - b);
  }

  private offset(i: number): number {
    let value = 0;
    const at = i * this.width;
    for (let j = 0; j < this.width; j++) {
      const c = this.data.senses.charCodeAt(at + j);
      value = value * 36 + (c <= 57 ? c - 48 : c - 87);
    }
    return value;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(key, this.offset(mid)) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sign of `key` against the sense at `offset` (which ends at "|", a newline or the end), in code-unit order. */
  private compare(key: string, offset: number): number {
    const words = this.words;
    for (let j = 0; ; j++) {
      const at = offset + j;
      const c = at < words.length ? words.charCodeAt(at) : -1;
      const theirs = c === PIPE || c === NEWLINE ? -1 : c;
      const mine = j < key.length ? key.charCodeAt(j) : -1;
      if (mine !== theirs) return mine - theirs;
      if (mine === -1) return 0;
    }
  }
}

const PIPE = 124;
const NEWLINE = 10;
