import { toBase } from "../units/quantity.js";
import { readNumber } from "../units/readNumber.js";
import { unitAt, unitMayStartAt } from "../units/unitLookup.js";
import { BASE_UNITS, type UnitDefinition } from "../units/unitTable.js";

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

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isDigitCode(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e;

/** Short faithful spelling of a base value: 1200, 358.15, 2.8e-8, 3e9 (six significant digits). */
function formatValue(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    return `${String(Number(mantissa))}e${Number(exponent)}`;
  }
  return String(Number(value.toPrecision(6)));
}

// Terms already spelled, per unit and base value: prose repeats its quantities, and formatting a number is the costly
// part of a quantity once unitAt no longer cuts strings (bounded: cleared when full).
const MAX_SPELLED = 4096;
const spelled = new Map<UnitDefinition, Map<number, string>>();
let spelledCount = 0;
function termOf(base: number, def: UnitDefinition): string {
  let byValue = spelled.get(def);
  const known = byValue?.get(base);
  if (known !== undefined) return known;
  if (spelledCount >= MAX_SPELLED) {
    spelled.clear();
    spelledCount = 0;
    byValue = undefined;
  }
  if (byValue === undefined) {
    byValue = new Map();
    spelled.set(def, byValue);
  }
  const term = `${formatValue(base)}${BASE_UNITS[def.dimension].toLowerCase()}`;
  byValue.set(base, term);
  spelledCount++;
  return term;
}

/** Where quantityAt puts what it found (a scratch object the caller reuses: the scan allocates nothing per number). */
export interface FoundQuantity {
  term: string | undefined;
  start: number;
  end: number;
}

/**
 * The quantity whose number starts at `start` (a digit not preceded by a letter, digit or dot), written into `found`
 * (`found.term` undefined when there is none). Returns where the search for the next number resumes: after the
 * number as read (1,000 and 3.5e3 span several tokens), at least after the digit run.
 */
export function quantityAt(text: string, start: number, found: FoundQuantity): number {
  found.term = undefined;
  const n = text.length;
  let runEnd = start;
  while (runEnd < n && isDigitCode(text.charCodeAt(runEnd))) runEnd++;
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return runEnd;
  // Most numbers in prose have no unit ("12 patients", "(Fig. 2)"): a look at the next character or two rules that out
  // before the number is read. Decimal points, thousands commas and exponents go the full way.
  const after = runEnd < n ? text.charCodeAt(runEnd) : -1;
  const maybeLonger = after === 0x2e || after === 0x2c || after === 0x65 || after === 0x45;
  if (!maybeLonger && !unitMayStartAt(text, runEnd) && !(after === 0x20 && unitMayStartAt(text, runEnd + 1))) return runEnd;
  const number = readNumber(text, start);
  if (number === undefined) return runEnd;
  let unitStart = number.end;
  if (text.charCodeAt(unitStart) === 0x20) unitStart++;
  const unit = unitAt(text, unitStart);
  if (unit !== undefined) {
    // A minus sign right before the number, itself not after a word (-40℃, but not 3-5 V).
    const sign = start > 0 && (text[start - 1] === "-" || text[start - 1] === "\u2212") && (start < 2 || !isWordChar(text.charCodeAt(start - 2)));
    const base = toBase(sign ? -number.value : number.value, unit.def);
    if (base !== undefined) {
      found.term = termOf(base, unit.def);
      found.start = sign ? start - 1 : start;
      found.end = unit.end;
    }
  }
  return Math.max(runEnd, number.end);
}

/** Every quantity of `text` (already normalised), as canonical terms. The analyzer finds the same ones token by token. */
export function quantityTerms(text: string): QuantityTerm[] {
  const out: QuantityTerm[] = [];
  const found: FoundQuantity = { term: undefined, start: 0, end: 0 };
  // The regex engine finds digit runs several times faster than a loop over every character.
  const digits = /[0-9]+/g;
  for (let run = digits.exec(text); run !== null; run = digits.exec(text)) {
    const resume = quantityAt(text, run.index, found);
    if (found.term !== undefined) out.push({ term: found.term, start: found.start, end: found.end });
    digits.lastIndex = resume;
  }
  return out;
}
