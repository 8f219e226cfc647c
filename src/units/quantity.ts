import { fail } from "../errors/errors.js";
import { foldForNumbers, readNumber } from "./readNumber.js";
import { unitAt } from "./unitLookup.js";
import type { Dimension, UnitDefinition } from "./unitTable.js";

/** A number with a canonical unit, and its value in the dimension's base unit. */
export interface Quantity {
  readonly value: number;
  /** Canonical symbol, e.g. `GS/s`, `°C`, `mAh`, `week`. */
  readonly unit: string;
  readonly dimension: Dimension;
  /** The value in the base unit of the dimension (`BASE_UNITS`): 3 GS/s -> 3e9, 25 °C -> 298.15. */
  readonly base: number;
}

/** A value of `def` converted to the base unit; undefined when it overflows. */
export function toBase(value: number, def: UnitDefinition): number | undefined {
  const base = value * def.factor + (def.offset ?? 0);
  return Number.isFinite(base) ? (base === 0 ? 0 : base) : undefined;
}

/** Build a quantity of `value` in `def`, or undefined when the value or its base value is not finite. */
export function quantityOf(value: number, def: UnitDefinition): Quantity | undefined {
  if (!Number.isFinite(value)) return undefined;
  const base = toBase(value, def);
  if (base === undefined) return undefined;
  return { value: value === 0 ? 0 : value, unit: def.unit, dimension: def.dimension, base };
}

const MAX_QUANTITY_TEXT = 256;

/**
 * Parse one number and unit, such as "3 GS/s", "-40℃", "２．５ ｋＶ", "12位", "14-bit" or "500 毫安時".
 * Returns undefined when the text is not exactly one quantity (no unit, unknown unit, extra words).
 * @example parseQuantity("3 GS/s") // { value: 3, unit: "GS/s", dimension: "sampleRate", base: 3e9 }
 */
export function parseQuantity(text: string): Quantity | undefined {
  if (typeof text !== "string") fail("text", `expected a string, got ${text === null ? "null" : typeof text}`, "parseQuantity");
  if (text.length > MAX_QUANTITY_TEXT) return undefined;
  const t = foldForNumbers(text).trim();
  let i = 0;
  let sign = 1;
  if (t[i] === "-" || t[i] === "+") {
    sign = t[i] === "-" ? -1 : 1;
    i++;
  }
  const num = readNumber(t, i);
  if (num === undefined) return undefined;
  i = num.end;
  while (t[i] === " ") i++;
  if (t[i] === "-" && i === num.end) i++;
  const unit = unitAt(t, i);
  if (unit === undefined || unit.end !== t.length) return undefined;
  return quantityOf(sign * num.value, unit.def);
}

/** Convert a quantity's base value into another unit of the same dimension (e.g. GS/s -> MS/s). */
export function baseTo(base: number, def: UnitDefinition): number {
  return (base - (def.offset ?? 0)) / def.factor;
}
