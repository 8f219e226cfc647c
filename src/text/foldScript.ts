import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import HKVariantsRevPhrases from "opencc-js/dict/HKVariantsRevPhrases";
import TSCharacters from "opencc-js/dict/TSCharacters";
import TSPhrases from "opencc-js/dict/TSPhrases";
import TWPhrasesRev from "opencc-js/dict/TWPhrasesRev";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";
import TWVariantsRevPhrases from "opencc-js/dict/TWVariantsRevPhrases";
import { segmentChinese } from "./chineseWords.js";
import { TAIWAN_WORDS } from "./taiwanWords.js";
import { TextEditor, type EditedText } from "./textEdit.js";

/**
 * Analysis step: fold Traditional, Taiwan and Hong Kong Chinese to Simplified, phrases included (晶片 -> 芯片,
 * 軟體 -> 软件, 碳化矽 -> 碳化硅, 射頻標籤 -> 射频标签), so that the same listing meets its partner in either script.
 *
 * The conversion follows OpenCC's tw2sp and hk2s chains, using only the dictionaries those chains need (taken from
 * opencc-js, bundled, about 90 KB): first the regional phrases and variants of Taiwan and Hong Kong (one pass,
 * longest match), then the Traditional -> Simplified phrases and characters (a second pass, longest match).
 * Simplified text passes through unchanged: the regional pass runs only on text that holds at least one Traditional
 * character (one that the character table changes), because some of its keys are ordinary Simplified words too
 * (批次 "batch" would become 批量, 程式 would become 程序).
 *
 * A third pass folds Taiwan words written in Simplified characters (晶片 -> 芯片, 记忆体 -> 内存, 资料库 -> 数据库,
 * 网路 -> 网络) in any text: a Taiwan listing reposted in Simplified script keeps its vocabulary. Its table
 * (taiwanWords.ts) holds only the words that CC-CEDICT labels as Taiwan usage, so 软体 (soft-bodied: 软体机器人 are soft
 * robots), 程式 (formula), 元件 and 批次 stay. A word is replaced only where it is a whole word of the dictionary
 * segmentation (chineseWords.ts), so 晶片 inside a longer mainland word, or 位元 across 单位|元件, is left alone.
 *
 * Offsets are kept per step (textEdit.ts): most replacements keep the length (one character for one), regional
 * phrases such as 記憶體 -> 内存 map to the whole source phrase.
 */

interface TrieNode {
  next?: Map<number, TrieNode>;
  value?: string;
  /** Root only: 1 for every UTF-16 unit that starts a key, so most characters cost one array load, not a map look-up. */
  starts?: Uint8Array;
}

function buildTrie(dictionaries: readonly string[]): TrieNode {
  const root: TrieNode = { starts: new Uint8Array(0x10000) };
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.split("|")) {
      const space = entry.indexOf(" ");
      if (space <= 0) continue;
      const source = entry.slice(0, space);
      const nextSpace = entry.indexOf(" ", space + 1); // several candidates: OpenCC takes the first
      const target = entry.slice(space + 1, nextSpace < 0 ? undefined : nextSpace);
      if (root.starts !== undefined) root.starts[source.charCodeAt(0)] = 1;
      let node = root;
      for (let i = 0; i < source.length; i++) {
        node.next ??= new Map();
        const code = source.charCodeAt(i);
        let child = node.next.get(code);
        if (child === undefined) {
          child = {};
          node.next.set(code, child);
        }
        node = child;
      }
      node.value = target;
    }
  }
  return root;
}

let passes: readonly TrieNode[] | undefined;
let taiwanWords: TrieNode | undefined;
let traditionalCharacters: Set<number> | undefined;

/** Whether `text` holds a character that the Traditional -> Simplified character table changes. */
function hasTraditional(text: string): boolean {
  if (traditionalCharacters === undefined) {
    traditionalCharacters = new Set();
    for (const entry of TSCharacters.split("|")) {
      const [source, target] = entry.split(" ");
      if (source.length === 1 && target !== undefined && !target.split(" ").includes(source)) traditionalCharacters.add(source.charCodeAt(0));
    }
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && traditionalCharacters.has(code)) return true;
  }
  return false;
}

function foldPasses(): readonly TrieNode[] {
  passes ??= [
    buildTrie([TWPhrasesRev, TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev]),
    buildTrie([TSPhrases, TSCharacters]),
  ];
  return passes;
}

/** Whether a match may be replaced (whole words only, for the Taiwan-word pass). */
type MatchFilter = (text: string, start: number, end: number) => boolean;

/** One longest-match replacement pass over `text`. */
function runPass(text: string, root: TrieNode, track: boolean, accept?: MatchFilter): EditedText {
  const editor = new TextEditor(text, track);
  const first = root.next;
  const starts = root.starts;
  if (first === undefined || starts === undefined) return { text };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Everything below U+2E80 (Latin, digits, punctuation) is absent from the dictionaries: skip it cheaply.
    let node = code < 0x2e80 || starts[code] === 0 ? undefined : first.get(code);
    if (node === undefined) {
      i++;
      continue;
    }
    let matchEnd = -1;
    let value: string | undefined;
    let j = i + 1;
    for (;;) {
      if (node.value !== undefined) {
        matchEnd = j;
        value = node.value;
      }
      if (node.next === undefined || j >= n) break;
      const child: TrieNode | undefined = node.next.get(text.charCodeAt(j));
      if (child === undefined) break;
      node = child;
      j++;
    }
    if (value === undefined || matchEnd < 0) {
      i++;
      continue;
    }
    if (accept !== undefined && !accept(text, i, matchEnd)) {
      i++;
      continue;
    }
    if (value !== text.slice(i, matchEnd)) editor.replace(i, matchEnd, value);
    i = matchEnd;
  }
  return editor.finish();
}

const isHanUnit = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/**
 * A filter that accepts a match when it starts and ends on a word boundary of the dictionary segmentation of its Han
 * stretch. Each stretch is segmented once, when a match first falls in it, so the pass stays linear.
 */
function wholeWordsOnly(): MatchFilter {
  let stretchStart = -1;
  let stretchEnd = -1;
  let boundaries = new Set<number>();
  return (text, start, end) => {
    if (start >= stretchEnd || start < stretchStart) {
      stretchStart = start;
      while (stretchStart > 0 && isHanUnit(text.charCodeAt(stretchStart - 1))) stretchStart--;
      stretchEnd = start;
      while (stretchEnd < text.length && isHanUnit(text.charCodeAt(stretchEnd))) stretchEnd++;
      boundaries = new Set([stretchStart]);
      if (stretchEnd > stretchStart) for (const pieceEnd of segmentChinese(text.slice(stretchStart, stretchEnd))) boundaries.add(stretchStart + pieceEnd);
    }
    // A match that runs past the stretch (a key with a Latin letter or a dot) is judged at its Han edge only.
    const startOk = start <= stretchStart || boundaries.has(start);
    const endOk = end >= stretchEnd || boundaries.has(end);
    return startOk && endOk;
  };
}

/** The fold passes; each returns its own map (compose them with composeRawMap). */
export function foldScriptSteps(text: string, track: boolean): EditedText[] {
  const out: EditedText[] = [];
  let current = text;
  const [regional, characters] = foldPasses();
  for (const root of hasTraditional(text) ? [regional, characters] : [characters]) {
    const step = runPass(current, root, track);
    out.push(step);
    current = step.text;
  }
  taiwanWords ??= buildTrie([TAIWAN_WORDS]);
  out.push(runPass(current, taiwanWords, track, wholeWordsOnly()));
  return out;
}

/** Traditional / Taiwan / Hong Kong Chinese folded to Simplified (see the module comment). */
export function foldScript(text: string): string {
  let current = text;
  for (const edit of foldScriptSteps(text, false)) current = edit.text;
  return current;
}
