import type { Dimension } from "../units/unitTable.js";

/** How a spec constrains its quantity. `equal` is a plain stated value ("5 GS/s"). */
export type SpecRelation = "atLeast" | "atMost" | "equal" | "range";

/** A quantity with a unit found in text, with its constraint and where it was found. */
export interface Spec {
  relation: SpecRelation;
  /** The stated value, in `unit` (absent for ranges). */
  value?: number;
  /** The lower and upper end of a range, in `unit` (ranges only). */
  min?: number;
  max?: number;
  /** Canonical unit symbol, e.g. `GS/s`, `°C`, `bit`. */
  unit: string;
  dimension: Dimension;
  /** The value (or range ends) in the dimension's base unit, for comparison: `baseMin === baseMax` unless a range. */
  baseMin: number;
  baseMax: number;
  /** The quantity named next to it, in English: `sampling rate`, `temperature`, `resolution`, ... */
  quantity?: string;
  /** Offsets into the original text (UTF-16, end exclusive), covering constraint words, numbers and units. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}
