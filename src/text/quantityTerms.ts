import { toBase } from "../units/quantity.js";
import { readNumber } from "../units/readNumber.js";
import { unitAt } from "../units/unitLookup.js";
import { BASE_UNITS, UNIT_TABLE } from "../units/unitTable.js";

/**
 * Analysis step: one canonical term per quantity, so that notations and scripts meet: 28纳米 = 28 nm = 28nm,
 * 1.2 kV = 1200 V, 5 μA = 5 uA = 5 微安, 85 ℃ = 85 °C = 85 摄氏度, 3 GS/s = 3GS/s. The term is the value in the
 * dimension's base unit followed by that unit, lower-cased: 1.2 kV -> "1200v", 28 nm -> "2.8e-8m", 85 ℃ -> "358.15k".
 * Units come from the shared unit table (src/units/); a number counts only when it starts a token (not the 2 of CO2,
 * not a version such as 3.0.1) and its unit follows directly or after one space. The usual tokens stay as they are;
 * this term is added next to them. Linear: constant work per digit run.
 */

/** A canonical quantity term and the span of normalised text it came from. */
export interface QuantityTerm {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e;

/** Short faithful spelling of a base value: 1200, 358.15, 2.8e-8, 3e9 (six significant digits). */
function formatValue(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    return `${String(Number(mantissa))}e${Number(exponent)}`;
  }
  return String(Number(value.toPrecision(6)));
}

// Unit aliases by their first two characters ("nm" for nanometres, "纳米"; one character for V, ℃): a number followed
// by anything else has no unit, and most numbers in prose ("12 weeks", "95% CI") skip the table look-up.
let heads: Set<string> | undefined;
function mayStartUnit(text: string, at: number): boolean {
  if (heads === undefined) {
    heads = new Set();
    for (const def of UNIT_TABLE) {
      for (const alias of def.aliases) {
        heads.add(alias.slice(0, 2));
        heads.add(alias.slice(0, 2).toLowerCase());
        if (alias.length === 1) heads.add(alias);
      }
    }
  }
  return heads.has(text.slice(at, at + 2)) || heads.has(text[at]) || heads.has(text.slice(at, at + 2).toLowerCase());
}

/** Every quantity of `text` (already normalised), as canonical terms. */
export function quantityTerms(text: string): QuantityTerm[] {
  const out: QuantityTerm[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let runEnd = i;
    while (runEnd < n && isDigit(text.charCodeAt(runEnd))) runEnd++;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) {
      i = runEnd;
      continue;
    }
    const number = readNumber(text, start);
    if (number === undefined) {
      i = runEnd;
      continue;
    }
    let unitStart = number.end;
    if (text.charCodeAt(unitStart) === 0x20) unitStart++;
    const unit = unitStart < n && mayStartUnit(text, unitStart) ? unitAt(text, unitStart) : undefined;
    if (unit !== undefined) {
      // A minus sign right before the number, itself not after a word (-40℃, but not 3-5 V).
      const sign = start > 0 && (text[start - 1] === "-" || text[start - 1] === "\u2212") && (start < 2 || !isWordChar(text.charCodeAt(start - 2)));
      const base = toBase(sign ? -number.value : number.value, unit.def);
      if (base !== undefined) {
        out.push({ term: `${formatValue(base)}${BASE_UNITS[unit.def.dimension].toLowerCase()}`, start: sign ? start - 1 : start, end: unit.end });
      }
    }
    i = Math.max(runEnd, number.end);
  }
  return out;
}
