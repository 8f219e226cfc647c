import type { SpecCheck } from "./compareSpecs.js";
import type { Spec } from "./specTypes.js";

const num = (x: number | undefined): string => (x === undefined ? "?" : String(Number(x.toPrecision(6))));
const withUnit = (x: string, unit: string): string => (unit === "%" ? `${x}%` : `${x} ${unit}`);

/** A spec as a short English phrase: "≥ 3 GS/s", "≤ 2 W", "-40 to 125 °C", "14 bit". */
export function formatSpec(spec: Spec): string {
  switch (spec.relation) {
    case "range":
      return withUnit(`${num(spec.min)} to ${num(spec.max)}`, spec.unit);
    case "atLeast":
      return `≥ ${withUnit(num(spec.value), spec.unit)}`;
    case "atMost":
      return `≤ ${withUnit(num(spec.value), spec.unit)}`;
    case "equal":
      return withUnit(num(spec.value), spec.unit);
  }
}

/** One check as a phrase: "needs ≥ 3 GS/s (sampling rate); offers 5 GS/s: met", "needs ≤ 2 W; not stated". */
export function describeSpecCheck(check: SpecCheck): string {
  const name = check.need.quantity ? ` (${check.need.quantity})` : "";
  const needs = `needs ${formatSpec(check.need)}${name}`;
  if (check.offer === undefined) return `${needs}; not stated`;
  return `${needs}; offers ${formatSpec(check.offer)}: ${check.status}`;
}
