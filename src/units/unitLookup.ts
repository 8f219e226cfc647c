import { UNIT_TABLE, type UnitDefinition } from "./unitTable.js";

/**
 * Alias -> unit maps built once from the table, and the longest-alias match at a position of a text.
 * Matching tries at most `longestAlias` candidate lengths, each one map lookup: constant work per
 * position, so a scanner that calls it once per number stays linear in the text.
 */

interface Maps {
  exact: Map<string, UnitDefinition>;
  /** Lower-cased ASCII aliases of two or more characters that no other unit shares in lower case. */
  folded: Map<string, UnitDefinition>;
  longest: number;
  /** First characters of every alias, exact and lower-cased: most positions are rejected by one lookup. */
  firsts: Set<string>;
}

let maps: Maps | undefined;

function buildMaps(): Maps {
  const exact = new Map<string, UnitDefinition>();
  const folded = new Map<string, UnitDefinition>();
  const clash = new Set<string>();
  let longest = 0;
  for (const def of UNIT_TABLE) {
    for (const alias of def.aliases) {
      exact.set(alias, def);
      longest = Math.max(longest, alias.length);
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
  const firsts = new Set<string>();
  for (const alias of exact.keys()) firsts.add(alias[0]);
  for (const alias of folded.keys()) firsts.add(alias[0]).add(alias[0].toUpperCase());
  return { exact, folded, longest, firsts };
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

/**
 * The longest unit alias that starts exactly at `pos` and ends at a word boundary (an alias ending in a
 * Latin letter or digit must not run into another one: "5 mmHg" is not millimetres).
 */
export function unitAt(text: string, pos: number): UnitAt | undefined {
  const { exact, folded, longest, firsts } = getMaps();
  if (pos >= text.length || !firsts.has(text[pos])) return undefined;
  const max = Math.min(longest, text.length - pos);
  for (let len = max; len >= 1; len--) {
    const candidate = text.slice(pos, pos + len);
    const def = exact.get(candidate) ?? (len >= 2 ? folded.get(candidate.toLowerCase()) : undefined);
    if (def === undefined) continue;
    const end = pos + len;
    const last = text.charCodeAt(end - 1);
    const next = end < text.length ? text.charCodeAt(end) : -1;
    if ((isAsciiLetter(last) || isDigit(last)) && (isAsciiLetter(next) || isDigit(next))) continue;
    if (len === 1 && next !== -1) {
      const blocked = HAN_BLOCKED_NEXT[candidate];
      if (blocked !== undefined && blocked.includes(text[end])) continue;
    }
    return { def, end };
  }
  return undefined;
}
