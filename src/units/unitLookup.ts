import { UNIT_TABLE, type UnitDefinition } from "./unitTable.js";

/**
 * Alias -> unit maps built once from the table, and the longest-alias match at a position of a text.
 * Matching walks a trie of the aliases along the text (one map look-up per character, at most the longest alias long),
 * without cutting strings out of the text: constant work per position, so a scanner that calls it once per number
 * stays linear in the text.
 */

interface Maps {
  exact: Map<string, UnitDefinition>;
  /** Lower-cased ASCII aliases of two or more characters that no other unit shares in lower case. */
  folded: Map<string, UnitDefinition>;
  /** The exact aliases as a trie over UTF-16 units. */
  exactTrie: TrieNode;
  /** The folded aliases as a trie over lower-case ASCII units. */
  foldedTrie: TrieNode;
  /** 1 for every UTF-16 unit that can start an alias here (either trie), so most positions cost one array load. */
  firstUnits: Uint8Array;
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** The unit whose alias ends here. */
  def?: UnitDefinition;
}

function addToTrie(root: TrieNode, alias: string, def: UnitDefinition): void {
  let node = root;
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  node.def = def;
}

let maps: Maps | undefined;

function buildMaps(): Maps {
  const exact = new Map<string, UnitDefinition>();
  const folded = new Map<string, UnitDefinition>();
  const clash = new Set<string>();
  for (const def of UNIT_TABLE) {
    for (const alias of def.aliases) {
      exact.set(alias, def);
    }
  }
  for (const def of UNIT_TABLE) {
    for (const alias of def.aliases) {
      if (alias.length < 2 || !/^[\x20-\x7e]+$/.test(alias)) continue;
      const low = alias.toLowerCase();
      const owner = exact.get(low) ?? folded.get(low);
      if (owner !== undefined && owner !== def) clash.add(low);
      else folded.set(low, def);
    }
  }
  for (const low of clash) folded.delete(low);
  const exactTrie: TrieNode = { next: new Map() };
  const foldedTrie: TrieNode = { next: new Map() };
  for (const [alias, def] of exact) addToTrie(exactTrie, alias, def);
  for (const [alias, def] of folded) addToTrie(foldedTrie, alias, def);
  const firstUnits = new Uint8Array(0x10000);
  for (const code of exactTrie.next.keys()) firstUnits[code] = 1;
  // A folded alias starts only at an ASCII character (one-character table: the Kelvin sign starts no alias).
  for (let code = 0; code < 128; code++) if (foldedTrie.next.has(foldCode(code))) firstUnits[code] = 1;
  return { exact, folded, exactTrie, foldedTrie, firstUnits };
}

function getMaps(): Maps {
  maps ??= buildMaps();
  return maps;
}

/** The unit an alias names ("GS/s", "ghz", "毫安時", "℃"), or undefined. Case-sensitive for one-letter symbols. */
export function lookupUnit(alias: string): UnitDefinition | undefined {
  const { exact, folded } = getMaps();
  return exact.get(alias) ?? folded.get(alias.toLowerCase());
}

/**
 * Words that a one-character Chinese unit must not be followed by, because together they are another
 * word: 12位专家 (twelve experts), 天线 (antenna), 欧元 (euro), 周年 (anniversary), 克服 (overcome).
 */
const HAN_BLOCKED_NEXT: Readonly<Record<string, string>> = {
  位: "于置移数专教博院研学老客员工同嘉代女男先患用领志成选名",
  次: "方元级序要",
  周: "年期岁边围末",
  年: "级代度底初前后纪",
  天: "然线津空气文下才",
  克: "隆服",
  秒: "杀",
  瓦: "解片",
  米: "饭粒",
  欧: "洲元美盟式",
  歐: "洲元美盟式",
  赫: "然",
  伏: "击",
};

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A unit alias found in a text: the unit and the end offset (exclusive) of the alias. */
export interface UnitAt {
  readonly def: UnitDefinition;
  readonly end: number;
}

/** Whether some unit alias starts with the character at `pos` (one look-up; unitAt says whether one is there). */
export function unitMayStartAt(text: string, pos: number): boolean {
  return pos < text.length && (maps ?? getMaps()).firstUnits[text.charCodeAt(pos)] === 1;
}

/**
 * The longest unit alias that starts exactly at `pos` and ends at a word boundary (an alias ending in a
 * Latin letter or digit must not run into another one: "5 mmHg" is not millimetres).
 */
export function unitAt(text: string, pos: number): UnitAt | undefined {
  if (pos >= text.length) return undefined;
  const { exactTrie, foldedTrie } = getMaps();
  // Walk both tries along the text and remember, per length, the unit an alias of that length names (exact first).
  const found = lengthScratch;
  let longest = 0;
  let exactNode: TrieNode | undefined = exactTrie;
  let foldedNode: TrieNode | undefined = text.charCodeAt(pos) < 128 ? foldedTrie : undefined;
  for (let j = pos; j < text.length && (exactNode !== undefined || foldedNode !== undefined); j++) {
    const code = text.charCodeAt(j);
    exactNode = exactNode?.next.get(code);
    foldedNode = foldedNode?.next.get(foldCode(code));
    const len = j - pos + 1;
    const def = exactNode?.def ?? (len >= 2 ? foldedNode?.def : undefined);
    if (len >= found.length) found.push(undefined);
    found[len] = def;
    if (def !== undefined) longest = len;
  }
  for (let len = longest; len >= 1; len--) {
    const def = found[len];
    if (def === undefined) continue;
    const end = pos + len;
    const last = text.charCodeAt(end - 1);
    const next = end < text.length ? text.charCodeAt(end) : -1;
    if ((isAsciiLetter(last) || isDigit(last)) && (isAsciiLetter(next) || isDigit(next))) continue;
    if (len === 1 && next !== -1) {
      const blocked = HAN_BLOCKED_NEXT[text[pos]];
      if (blocked !== undefined && blocked.includes(text[end])) continue;
    }
    return { def, end };
  }
  return undefined;
}

// Units matched per length during one unitAt call (index = length); reused, only the entries up to `longest` are read.
const lengthScratch: (UnitDefinition | undefined)[] = [undefined];

/**
 * The unit that a folded (lower-case ASCII) alias would have here: ASCII upper case to lower case; a non-ASCII
 * character whose lower case is one ASCII character (the Kelvin sign) to that; any other non-ASCII character to -1,
 * which no folded alias holds.
 */
function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 0x20 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) < 128 ? lower.charCodeAt(0) : -1;
}
