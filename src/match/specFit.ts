import { validate } from "../validation/checkShape.js";
import { number, object, optional } from "../validation/shapes.js";
import { specStatus, type SpecCheck } from "../specs/compareSpecs.js";
import type { Spec } from "../specs/specTypes.js";

/**
 * How a demand's specs enter the score, the way readiness does: `score = text × readinessFit × specFit`.
 * Each demand spec checked against the result's specs multiplies the fit by 1 when met, by `unmet` when a
 * hard spec (at least, at most, a range) is missed, by `unmetSoft` when a plain value is missed, and by
 * `unknown` when the result states nothing comparable. The product never drops below `floor`, so no
 * result is dropped for its specs: it ranks lower, with the reason shown.
 */
export interface SpecFitOptions {
  /** Factor for a missed hard spec, 0..1. Default 0.5. */
  unmet?: number;
  /** Factor for a missed plain value ("5 GS/s" without "at least"), 0..1. Default 0.8. */
  unmetSoft?: number;
  /** Factor for a spec the result does not state, 0..1. Default 0.9. */
  unknown?: number;
  /** Lowest spec fit however many specs are missed, 0..1. Default 0.25. */
  floor?: number;
}

export interface ResolvedSpecFit {
  readonly unmet: number;
  readonly unmetSoft: number;
  readonly unknown: number;
  readonly floor: number;
}

export const DEFAULT_SPEC_FIT: ResolvedSpecFit = Object.freeze({ unmet: 0.5, unmetSoft: 0.8, unknown: 0.9, floor: 0.25 });

const factor = (about: string) => optional(number({ min: 0, max: 1, about }));

/** The description of `specs` options (checker and JSON Schema): each factor a number in [0, 1]. */
export const specFitShape = object(
  {
    unmet: factor("Factor for a missed hard spec (at least, at most, a range). Default 0.5."),
    unmetSoft: factor("Factor for a missed plain value. Default 0.8."),
    unknown: factor("Factor for a spec the result does not state. Default 0.9."),
    floor: factor("Lowest spec fit however many specs are missed. Default 0.25."),
  },
  { expected: "an object or false", about: "How a demand's specs checked against a result's lower the score." },
);

/** Validate spec fit options (each a finite number in [0, 1]; unknown keys rejected); `false` turns spec fit off. */
export function resolveSpecFit(options: SpecFitOptions | false | undefined, path = "specs"): ResolvedSpecFit | undefined {
  if (options === false) return undefined;
  if (options === undefined) return DEFAULT_SPEC_FIT;
  const clean = validate(specFitShape, options, { root: path, context: "Matcher options" });
  return Object.freeze({ ...DEFAULT_SPEC_FIT, ...clean });
}

/** At most this many specs of a demand count, and at most this many of a result: bounded work per hit. */
export const MAX_SPECS_COMPARED = 32;

/** The spec fit of a result's specs for a demand's, without building the checks (the per-hit path). */
export function specFitOf(needs: readonly Spec[], offers: readonly Spec[], fit: ResolvedSpecFit): number {
  let f = 1;
  const n = Math.min(needs.length, MAX_SPECS_COMPARED);
  const shown = offers.length > MAX_SPECS_COMPARED ? offers.slice(0, MAX_SPECS_COMPARED) : offers;
  for (let i = 0; i < n; i++) {
    const need = needs[i];
    const status = specStatus(need, shown);
    if (status === "met") continue;
    f *= status === "unknown" ? fit.unknown : need.relation !== "equal" ? fit.unmet : fit.unmetSoft;
  }
  return Math.max(fit.floor, f);
}

/** The spec fit in [floor, 1] of a list of checks (1 when there are none). */
export function specFit(checks: readonly SpecCheck[], fit: ResolvedSpecFit = DEFAULT_SPEC_FIT): number {
  let f = 1;
  for (const c of checks) {
    if (c.status === "met") continue;
    f *= c.status === "unknown" ? fit.unknown : c.hard ? fit.unmet : fit.unmetSoft;
  }
  return Math.max(fit.floor, f);
}
