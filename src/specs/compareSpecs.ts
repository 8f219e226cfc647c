import { lookupUnit } from "../units/unitLookup.js";
import type { Dimension } from "../units/unitTable.js";
import { betterOf, quantityName } from "./quantityNames.js";
import type { Spec } from "./specTypes.js";

/** `met`: the result's stated value satisfies the need; `unmet`: it states one that does not; `unknown`: it states none. */
export type SpecStatus = "met" | "unmet" | "unknown";

/** One demand spec checked against a result's specs. */
export interface SpecCheck {
  /** What the demand needs. */
  need: Spec;
  /** The result's spec it was compared with (the one that meets it, else the nearest comparable one). */
  offer?: Spec;
  status: SpecStatus;
  /** True when the demand bounds the value explicitly (at least, at most, a range); a plain value is soft. */
  hard: boolean;
}

/** Relative slack for a plain demand value without a better direction ("2.4 GHz" wants about 2.4 GHz). */
const EQUAL_TOLERANCE = 0.05;
const EPS = 1e-9;

const le = (a: number, b: number): boolean => a <= b + EPS * Math.max(1, Math.abs(a), Math.abs(b));

/** The acceptable interval of a need, in base units. */
function needInterval(need: Spec): [number, number] {
  switch (need.relation) {
    case "atLeast":
      return [need.baseMin, Infinity];
    case "atMost":
      return [-Infinity, need.baseMax];
    case "range":
      return [need.baseMin, need.baseMax];
    case "equal": {
      const better = betterOf(quantityName(need.quantity), need.dimension);
      if (better === "higher") return [need.baseMin, Infinity];
      if (better === "lower") return [-Infinity, need.baseMax];
      const factor = lookupUnit(need.unit)?.factor ?? 1;
      const slack = Math.abs((need.value ?? 0) * factor) * EQUAL_TOLERANCE;
      return [need.baseMin - slack, need.baseMax + slack];
    }
  }
}

/**
 * Dimensions whose ranges are operating windows: an offered range must cover the needed one (a chip for
 * −40~125 ℃ is not met by one for 0~70 ℃, an input of 9–36 V not by 12–24 V). Elsewhere (thickness,
 * delivery time) an offered range inside the needed one meets it too.
 */
const WINDOW_DIMENSIONS: ReadonlySet<Dimension> = new Set<Dimension>(["temperature", "voltage", "current", "frequency", "pressure"]);

/**
 * Whether an offer satisfies a need. A one-sided need compares the offer's best end in that direction
 * ("stable up to 700 °C" meets "survive 400 °C"); a two-sided need is met by an offered value inside it,
 * by an offered range that covers it (−55~150 ℃ covers −40~125 ℃) and, outside operating windows, by an
 * offered range inside it.
 */
export function offerMeets(need: Spec, offer: Spec): boolean {
  const [lo, hi] = needInterval(need);
  if (hi === Infinity) return le(lo, offer.baseMax);
  if (lo === -Infinity) return le(offer.baseMin, hi);
  const covers = offer.relation === "range" && le(offer.baseMin, lo) && le(hi, offer.baseMax);
  if (covers) return true;
  if (offer.relation === "range" && need.relation === "range" && WINDOW_DIMENSIONS.has(need.dimension)) return false;
  return le(lo, offer.baseMin) && le(offer.baseMax, hi);
}

const familyOf = (s: Spec): string | undefined => quantityName(s.quantity)?.family ?? s.quantity;

/** Specs of the same dimension compare; when both name their quantity, the names must be of one family. */
function comparable(need: Spec, offer: Spec): boolean {
  if (need.dimension !== offer.dimension) return false;
  const a = familyOf(need);
  const b = familyOf(offer);
  return a === undefined || b === undefined || a === b;
}

/**
 * The offer a need is judged by, and how: offers naming the same quantity are preferred over unnamed
 * ones; among them a meeting offer wins, else the first comparable one. No allocation: this runs for every
 * hit of a query.
 */
function judge(need: Spec, offers: readonly Spec[]): { offer?: Spec; status: SpecStatus } {
  // Pass 0 looks only at named offers when the need is named; pass 1 at every comparable offer.
  for (let pass = need.quantity === undefined ? 1 : 0; pass < 2; pass++) {
    let first: Spec | undefined;
    for (const o of offers) {
      if (!comparable(need, o) || (pass === 0 && o.quantity === undefined)) continue;
      if (offerMeets(need, o)) return { offer: o, status: "met" };
      first ??= o;
    }
    if (first !== undefined) return { offer: first, status: "unmet" };
  }
  return { status: "unknown" };
}

/** The status of one need against a result's specs. */
export function specStatus(need: Spec, offers: readonly Spec[]): SpecStatus {
  return judge(need, offers).status;
}

/** Check one need against a result's specs: offers naming the same quantity are preferred over unnamed ones. */
export function checkSpec(need: Spec, offers: readonly Spec[]): SpecCheck {
  const hard = need.relation !== "equal";
  const { offer, status } = judge(need, offers);
  return offer === undefined ? { need, status, hard } : { need, offer, status, hard };
}

/** Check every need of a demand against a result's specs. */
export function checkSpecs(needs: readonly Spec[], offers: readonly Spec[]): SpecCheck[] {
  return needs.map((need) => checkSpec(need, offers));
}
