import { CHINESE_WORD_ALPHABET, CHINESE_WORD_CODES, CHINESE_WORD_LIST } from "./chineseWordList.js";

/**
 * Dictionary segmentation of a Han stretch into whole words (石墨烯 | 涂层 | 散热), from a word list derived from
 * CC-CEDICT (chineseWordList.ts, CC BY-SA 4.0). The same everywhere: it needs no Intl.Segmenter, whose dictionary
 * differs between runtimes, so an index built in Node and queried in a browser gets the same terms.
 *
 * Method: the segmentation with the fewest pieces (a shortest path over the word lattice, each character also a piece
 * of its own), found by dynamic programming in one pass. Ties go to the longer last word, as backward maximum matching
 * does; that choice is known to err less than forward matching on Chinese (e.g. 研究|生命|起源 against 研究生|命|起源).
 * Linear: at most MAX_WORD - 1 look-ups per character.
 */

// Words by length, keyed by their UTF-16 units packed into one number (no string per look-up in the hot loop);
// prefix sets let the scan stop as soon as no longer word can start here.
interface WordSets {
  readonly two: Set<number>;
  readonly three: Set<number>;
  readonly four: Set<string>;
  readonly prefixTwo: Set<number>;
  readonly prefixThree: Set<number>;
}
let sets: WordSets | undefined;

const pack2 = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
const pack3 = (s: string, i: number): number => pack2(s, i) * 0x10000 + s.charCodeAt(i + 2);

/**
 * Calls `visit` with every word of the encoded list (see scripts/build-chinese-words.mjs): per line a first character,
 * then per word a digit (characters shared with the previous word after the first) and the word's other characters.
 */
export function forEachChineseWord(visit: (word: string) => void): void {
  const decoded: string[] = [];
  for (let i = 0; i < CHINESE_WORD_ALPHABET.length; i++) {
    const code = i < CHINESE_WORD_CODES.length ? CHINESE_WORD_CODES.charCodeAt(i) : 0x100 + i - CHINESE_WORD_CODES.length;
    decoded[code] = CHINESE_WORD_ALPHABET[i];
  }
  const list = CHINESE_WORD_LIST;
  let first = "";
  let rest = "";
  let inWord = false;
  for (let i = 0; i <= list.length; i++) {
    const code = i < list.length ? list.charCodeAt(i) : 10;
    if (code === 10 || (code >= 48 && code <= 57)) {
      if (inWord) visit(first + rest);
      if (code === 10) {
        inWord = false;
        first = "";
      } else {
        rest = rest.slice(0, code - 48);
        inWord = true;
      }
      continue;
    }
    const ch = decoded[code] ?? list[i];
    if (first === "") first = ch;
    else rest += ch;
  }
}

function wordSets(): WordSets {
  if (sets !== undefined) return sets;
  const built: WordSets = { two: new Set(), three: new Set(), four: new Set(), prefixTwo: new Set(), prefixThree: new Set() };
  forEachChineseWord((word) => {
    if (word.length === 2) built.two.add(pack2(word, 0));
    else {
      built.prefixTwo.add(pack2(word, 0));
      if (word.length === 3) built.three.add(pack3(word, 0));
      else {
        built.prefixThree.add(pack3(word, 0));
        built.four.add(word);
      }
    }
  });
  sets = built;
  return built;
}

/** Whether `word` (2-4 Simplified characters) is in the word list. */
export function isChineseWord(word: string): boolean {
  const { two, three, four } = wordSets();
  if (word.length === 2) return two.has(pack2(word, 0));
  if (word.length === 3) return three.has(pack3(word, 0));
  return word.length === 4 && four.has(word);
}

/**
 * End offsets (exclusive, in UTF-16 units) of the pieces of `stretch`: dictionary words and single characters.
 * A surrogate pair is one character; words of the list are all in the Basic Multilingual Plane.
 */
export function segmentChinese(stretch: string): number[] {
  const { two, three, four, prefixTwo, prefixThree } = wordSets();
  const n = stretch.length;
  const cost = new Int32Array(n + 1).fill(0x7fffffff);
  const from = new Int32Array(n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === 0x7fffffff) continue; // the middle of a surrogate pair
    const code = stretch.charCodeAt(i);
    const single = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const base = cost[i] + 1;
    // Longer words first, so that at equal cost the later, longer word keeps its place (strict "<" below).
    if (i + 2 <= n) {
      const key2 = pack2(stretch, i);
      if (i + 3 <= n && prefixTwo.has(key2)) {
        const key3 = key2 * 0x10000 + stretch.charCodeAt(i + 2);
        if (i + 4 <= n && prefixThree.has(key3) && base < cost[i + 4] && four.has(stretch.slice(i, i + 4))) {
          cost[i + 4] = base;
          from[i + 4] = i;
        }
        if (base < cost[i + 3] && three.has(key3)) {
          cost[i + 3] = base;
          from[i + 3] = i;
        }
      }
      if (base < cost[i + 2] && two.has(key2)) {
        cost[i + 2] = base;
        from[i + 2] = i;
      }
    }
    if (base < cost[i + single]) {
      cost[i + single] = base;
      from[i + single] = i;
    }
  }
  const ends: number[] = [];
  for (let end = n; end > 0; end = from[end]) ends.push(end);
  return ends.reverse();
}
