import { fail } from "../errors/errors.js";
import { quantityOf, type Quantity } from "../units/quantity.js";
import { foldForNumbers, readNumber } from "../units/readNumber.js";
import { unitAt, type UnitAt } from "../units/unitLookup.js";
import { prefixBound, suffixBound } from "./constraintWords.js";
import { findQuantityName } from "./quantityNames.js";
import type { Spec, SpecRelation } from "./specTypes.js";

/**
 * Specs are found by one forward scan: at each number that starts a token, read the number, an optional
 * unit, an optional range connector and second number, then look a bounded distance back and ahead for
 * constraint words and a quantity name. Every look is bounded by a constant, and the scan resumes after
 * the spec (or after the number's digits), so the work is linear in the text length. No regular
 * expression runs over the whole text.
 */

/** How far back (in UTF-16 units) constraint words and quantity names are looked for. */
const BACK = 32;
/** How far ahead of a spec a quantity name is looked for ("14-bit resolution"). */
const AHEAD = 24;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters that end a clause: a constraint word or a name never reaches across them. */
const isClauseEnd = (ch: string): boolean => "。；;，,、\n\r!?！？|".includes(ch);

const TEN_THOUSAND = "万萬";
const HUNDRED_MILLION = "亿億";

interface Num {
  value: number;
  start: number;
  end: number;
  tolerance: boolean;
}

/** A signed number at `pos` (a digit): the sign counts when it does not join two words ("COVID-19", "MIL-810"). */
function signedNumber(t: string, pos: number, floor: number): Num | undefined {
  const num = readNumber(t, pos);
  if (num === undefined) return undefined;
  let value = num.value;
  let start = pos;
  let tolerance = false;
  const s = pos > floor ? t[pos - 1] : "";
  if (s === "-" || s === "+" || s === "±") {
    const before = pos - 2 >= 0 ? t.charCodeAt(pos - 2) : -1;
    if (!(isAsciiLetter(before) || isDigit(before))) {
      start = pos - 1;
      if (s === "-") value = -value;
      if (s === "±") tolerance = true;
    }
  }
  let end = num.end;
  // 2万次 = 20,000 cycles
  if (end < t.length && TEN_THOUSAND.includes(t[end])) {
    value *= 1e4;
    end++;
  } else if (end < t.length && HUNDRED_MILLION.includes(t[end])) {
    value *= 1e8;
    end++;
  }
  if (!Number.isFinite(value)) return undefined;
  return { value: value === 0 ? 0 : value, start, end, tolerance };
}

/** A unit right after a number: directly, after up to two spaces, or after one hyphen ("14-bit"). */
function unitAfter(t: string, pos: number): UnitAt | undefined {
  if (t[pos] === "-") return unitAt(t, pos + 1);
  let i = pos;
  while (i < t.length && i - pos < 2 && t[i] === " ") i++;
  return unitAt(t, i);
}

/** After the first number (and unit): a range connector, its end offset, or undefined. */
function rangeConnector(t: string, pos: number, between: () => boolean): number | undefined {
  let i = pos;
  while (i < t.length && i - pos < 2 && t[i] === " ") i++;
  const ch = t[i];
  let end = -1;
  if (ch === "~" || ch === "-" || ch === "至" || ch === "到" || ch === "…") end = i + 1;
  else if (t.startsWith("...", i)) end = i + 3;
  else if (t.startsWith("to ", i) || t.startsWith("to+", i) || t.startsWith("to-", i)) end = i + 2;
  else if (t.startsWith("and ", i) && between()) end = i + 3;
  if (end < 0) return undefined;
  while (end < t.length && end - i < 6 && t[end] === " ") end++;
  return end;
}

function clauseStart(t: string, pos: number, floor: number): number {
  const lo = Math.max(floor, pos - BACK);
  for (let i = pos - 1; i >= lo; i--) if (isClauseEnd(t[i])) return i + 1;
  return lo;
}

function clauseEnd(t: string, pos: number): number {
  const hi = Math.min(t.length, pos + AHEAD);
  for (let i = pos; i < hi; i++) if (isClauseEnd(t[i])) return i;
  return hi;
}

/** Values that are dates or ordinals, not quantities: 2023年, 1990s, 第3次. */
function looksLikeDateOrOrdinal(t: string, first: Num, unit: string, hasSpace: boolean): boolean {
  if (first.start > 0 && t[first.start - 1] === "第") return true;
  const v = first.value;
  const yearLike = Number.isInteger(v) && v >= 1000 && v <= 2999;
  return yearLike && (unit === "year" || (unit === "s" && !hasSpace));
}

/** One spec starting at the digit `pos`, or undefined; `floor` is the end of the previous spec. */
function specAt(text: string, t: string, lower: string, pos: number, floor: number): Spec | undefined {
  const first = signedNumber(t, pos, floor);
  if (first === undefined) return undefined;
  const unit1 = unitAfter(t, first.end);
  const back = clauseStart(t, first.start, floor);
  let lowEnd: Quantity | undefined;
  let highEnd: Quantity | undefined;
  let end: number;
  let relation: SpecRelation;
  // A range: "-40~125℃", "−40 ℃ to 125 ℃", "between 50 and 100 µm", "2-3 周".
  const connector = rangeConnector(t, unit1 ? unit1.end : first.end, () => /between\s*$/.test(lower.slice(Math.max(back, first.start - 12), first.start)));
  let second: Num | undefined;
  let unit2: UnitAt | undefined;
  if (connector !== undefined) {
    let p = connector;
    if ((t[p] === "+" || t[p] === "-") && isDigit(t.charCodeAt(p + 1))) p++;
    if (isDigit(t.charCodeAt(p))) {
      second = signedNumber(t, p, connector - 1);
      if (second !== undefined) unit2 = unitAfter(t, second.end);
    }
  }
  if (second !== undefined && (unit2 !== undefined || unit1 !== undefined) && (unit1 === undefined || unit2 === undefined || unit1.def.dimension === unit2.def.dimension)) {
    const hiDef = (unit2 ?? unit1)!.def;
    const loDef = (unit1 ?? unit2)!.def;
    lowEnd = quantityOf(first.value, loDef);
    highEnd = quantityOf(second.value, hiDef);
    if (lowEnd === undefined || highEnd === undefined) return undefined;
    end = unit2 ? unit2.end : second.end;
    relation = "range";
  } else {
    if (unit1 === undefined) return undefined;
    if (looksLikeDateOrOrdinal(t, first, unit1.def.unit, t[first.end] === " ")) return undefined;
    lowEnd = highEnd = quantityOf(first.value, unit1.def);
    if (lowEnd === undefined || highEnd === undefined) return undefined;
    end = unit1.end;
    relation = first.tolerance ? "atMost" : "equal";
    if (first.tolerance) lowEnd = highEnd = quantityOf(Math.abs(first.value), unit1.def)!;
  }
  let start = first.start;
  const windowBefore = lower.slice(back, first.start);
  if (relation === "equal") {
    const before = prefixBound(windowBefore);
    const after = suffixBound(lower.slice(end, Math.min(t.length, end + 12)));
    if (before !== undefined) {
      relation = before.relation;
      start = back + before.at;
    } else if (after !== undefined) {
      relation = after.relation;
      end += after.length;
    }
  }
  const def = unit2?.def ?? unit1!.def;
  // Range ends in the upper end's unit; swap reversed ranges ("125 ~ -40 ℃").
  let lo = lowEnd.base;
  let hi = highEnd.base;
  if (lo > hi) [lo, hi] = [hi, lo];
  const inUnit = (base: number): number => {
    const v = (base - (def.offset ?? 0)) / def.factor;
    return Math.abs(v) < 1e-12 ? 0 : Number(v.toPrecision(12));
  };
  const dimension = def.dimension;
  const named =
    findQuantityName(windowBefore, dimension, true) ??
    findQuantityName(lower.slice(end, clauseEnd(t, end)), dimension, false);
  const spec: Spec = {
    relation,
    ...(relation === "range" ? { min: inUnit(lo), max: inUnit(hi) } : { value: lowEnd.value }),
    unit: def.unit,
    dimension,
    baseMin: lo,
    baseMax: hi,
    ...(named ? { quantity: named.name } : {}),
    start,
    end,
    text: text.slice(start, end),
  };
  return spec;
}

/** Input longer than this is cut: 1 MiB, the longest field an index takes. */
const MAX_SPEC_TEXT = 1 << 20;
/** A text stating more specs than this is not a listing; the scan stops there (matching reads 32 at most). */
export const MAX_SPECS_PER_TEXT = 1024;

/**
 * Find quantities with units and their constraints in English or Chinese text (both scripts):
 * "采样率不低于3GS/s" -> at least 3 GS/s (sampling rate); "-40~125℃" -> a range; "12位以上" -> at least 12 bit.
 * Linear in the text length; never throws on a string. Reads the first 1 MiB and returns at most 1024 specs.
 * @example extractSpecs("功耗不超过2W") // [{ relation: "atMost", value: 2, unit: "W", quantity: "power consumption", start: 2, end: 7, ... }]
 */
export function extractSpecs(text: string): Spec[] {
  if (typeof text !== "string") fail("text", `expected a string, got ${text === null ? "null" : typeof text}`, "extractSpecs");
  const raw = text.length > MAX_SPEC_TEXT ? text.slice(0, MAX_SPEC_TEXT) : text;
  const t = foldForNumbers(raw);
  // ASCII-only lower case keeps every offset (String#toLowerCase may change lengths, e.g. for İ).
  const lower = t.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const specs: Spec[] = [];
  const n = t.length;
  let floor = 0;
  let i = 0;
  while (i < n) {
    if (!isDigit(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const prev = i > 0 ? t.charCodeAt(i - 1) : -1;
    const joined = isAsciiLetter(prev) || prev === 46 || prev === 95 || ((prev === 45 || prev === 43) && i >= 2 && (isAsciiLetter(t.charCodeAt(i - 2)) || isDigit(t.charCodeAt(i - 2))));
    const spec = joined ? undefined : specAt(raw, t, lower, i, floor);
    if (spec !== undefined) {
      specs.push(spec);
      if (specs.length >= MAX_SPECS_PER_TEXT) break;
      floor = spec.end;
      i = Math.max(spec.end, i + 1);
      continue;
    }
    // Skip the rest of this number (digits, separators) so no later position re-reads it.
    i++;
    while (i < n && (isDigit(t.charCodeAt(i)) || t[i] === "." || t[i] === ",")) i++;
  }
  return specs;
}
