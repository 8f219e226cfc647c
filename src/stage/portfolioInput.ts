/**
 * Inputs of the portfolio analysis: supports (funds, programmes, pilot bases), the demand-pull interface the Matcher
 * satisfies, and validation of the untrusted parts (results' stage fields and history, supports, options).
 */
import { ValidationError, type Problem } from "../errors/errors.js";
import type { Budget, Demand, ResearchResult } from "../schema/types.js";
import type { StageBand } from "./stageBands.js";
import { isCurrencyCode, isIsoDate } from "../validation/commonShapes.js";
import { checkIdAndTrlRange, isTrl } from "./trlScale.js";

/** A support instrument in play in a region: a fund, a programme, a pilot base. */
export interface Support {
  id: string;
  name: string;
  /** e.g. `fund`, `program`, `pilot-base`, `broker`. */
  kind: "fund" | "program" | "pilot-base" | (string & {});
  /** The TRL range it covers, inclusive. */
  minTrl: number;
  maxTrl: number;
  /** Money it can put in, if it is a fund. */
  budget?: Budget;
  region?: string;
}

/**
 * Where demand pull comes from: anything that can list the demands matching a result, best first.
 * The Matcher (src/match) satisfies it structurally; tests use a small fake.
 */
export interface DemandPullSource {
  matchResult(result: ResearchResult, options: { k?: number; minStrength?: number }): ReadonlyArray<{ id: string; strength: number }>;
}

/** One step of a result's readiness history, read from `result.meta.history` when present. */
export interface ReadinessStep {
  /** ISO 8601 date the level was reached. */
  date: string;
  trl: number;
}

/** Options of `analyzePortfolio`. */
export interface PortfolioOptions {
  /** Funds, programmes and pilot bases in play. */
  supports: readonly Support[];
  /** Demands to compute demand pull against; requires `matcher`. Pull is restricted to these ids. */
  demands?: readonly Demand[];
  /** What ranks demands against a result (the Matcher). */
  matcher?: DemandPullSource;
  /** Reference date for stall detection. Default: the current date. */
  now?: Date | string;
  bands?: readonly StageBand[];
  /** Days in one stage after which a result counts as stalled: one number, or per band id. Default 540 (18 months). */
  stallDays?: number | Readonly<Record<string, number>>;
  /** Estimate a missing `trl` from title + summary with `inferReadiness`. Default true. */
  inferMissing?: boolean;
  /** How many demands to ask the matcher for per result (default 20). */
  pullK?: number;
  /**
   * The lowest match strength (in [0, 1], see `Match.strength`) that counts as pull. Default 0.2, the lower limit
   * of a "partial" match: below it, a demand shares a word or two with the result, which is noise, not pull.
   */
  pullMinStrength?: number;
}

/** Default `pullMinStrength`: the "partial" band's lower limit (src/match/matchStrength.ts). */
export const DEFAULT_PULL_MIN_STRENGTH = 0.2;

/** Default stall threshold: 18 months without leaving a stage. Pilot phases commonly run 6-18 months, so longer is a warning. */
export const DEFAULT_STALL_DAYS = 540;

// Dates and currencies follow the record schemas' rules, so a portfolio accepts what parseResult accepts.
const isDate = isIsoDate;

function validateSupport(s: unknown, p: string, problems: Problem[], ids: Set<string>): void {
  if (typeof s !== "object" || s === null) return void problems.push({ path: p, message: "expected an object" });
  const sup = s as Record<string, unknown>;
  checkIdAndTrlRange(sup, p, problems, ids);
  if (typeof sup.name !== "string") problems.push({ path: `${p}.name`, message: "expected a string" });
  if (typeof sup.kind !== "string") problems.push({ path: `${p}.kind`, message: "expected a string" });
  if (sup.budget !== undefined) {
    const b = sup.budget as Record<string, unknown> | null;
    if (typeof b !== "object" || b === null) problems.push({ path: `${p}.budget`, message: "expected { amount, currency }" });
    else {
      if (typeof b.amount !== "number" || !Number.isFinite(b.amount) || b.amount < 0) {
        problems.push({ path: `${p}.budget.amount`, message: "expected a finite number >= 0" });
      }
      if (!isCurrencyCode(b.currency)) problems.push({ path: `${p}.budget.currency`, message: 'expected a 3-letter uppercase currency code such as "EUR"' });
    }
  }
}

function checkHistory(raw: unknown, path: string, problems: Problem[]): void {
  if (raw === undefined) return;
  if (!Array.isArray(raw)) return void problems.push({ path, message: "expected an array of { date, trl }" });
  raw.forEach((step: unknown, j) => {
    const s = step as Record<string, unknown> | null;
    const p = `${path}[${j}]`;
    if (typeof s !== "object" || s === null) return void problems.push({ path: p, message: "expected { date, trl }" });
    if (!isDate(s.date)) problems.push({ path: `${p}.date`, message: "expected an ISO date" });
    if (!isTrl(s.trl)) problems.push({ path: `${p}.trl`, message: "expected an integer TRL 1-9" });
  });
}

/** `result.meta.history` as readiness steps, oldest first ([] when there is none); validated by `validatePortfolioInput`. */
export function historyOf(result: ResearchResult): ReadinessStep[] {
  const raw = result.meta?.history as ReadinessStep[] | undefined;
  return raw === undefined ? [] : raw.slice().sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

/** Validate the results and options of `analyzePortfolio`, listing every problem. */
export function validatePortfolioInput(results: unknown, options: unknown): void {
  const problems: Problem[] = [];
  if (!Array.isArray(results)) problems.push({ path: "results", message: "expected an array" });
  else {
    const ids = new Set<string>();
    results.forEach((r: unknown, i) => {
      const p = `results[${i}]`;
      if (typeof r !== "object" || r === null) return void problems.push({ path: p, message: "expected a research result" });
      const res = r as Record<string, unknown>;
      if (typeof res.id !== "string" || res.id === "") problems.push({ path: `${p}.id`, message: "expected a non-empty string" });
      else if (ids.has(res.id)) problems.push({ path: `${p}.id`, message: `duplicate id "${res.id}"` });
      else ids.add(res.id);
      if (res.title !== undefined && typeof res.title !== "string") problems.push({ path: `${p}.title`, message: "expected a string" });
      if (res.summary !== undefined && typeof res.summary !== "string") problems.push({ path: `${p}.summary`, message: "expected a string" });
      if (res.trl !== undefined && !isTrl(res.trl)) problems.push({ path: `${p}.trl`, message: "expected an integer TRL 1-9" });
      if (res.updatedAt !== undefined && !isDate(res.updatedAt)) problems.push({ path: `${p}.updatedAt`, message: "expected an ISO date" });
      const meta = res.meta as Record<string, unknown> | undefined;
      if (typeof meta === "object" && meta !== null) checkHistory(meta.history, `${p}.meta.history`, problems);
    });
  }
  if (typeof options !== "object" || options === null) {
    problems.push({ path: "options", message: "expected { supports, ... }" });
    throw new ValidationError(problems, "analyzePortfolio");
  }
  const o = options as Record<string, unknown>;
  if (!Array.isArray(o.supports)) problems.push({ path: "options.supports", message: "expected an array of supports" });
  else {
    const ids = new Set<string>();
    o.supports.forEach((s: unknown, i) => validateSupport(s, `options.supports[${i}]`, problems, ids));
  }
  if (o.demands !== undefined) {
    if (!Array.isArray(o.demands)) problems.push({ path: "options.demands", message: "expected an array of demands" });
    else {
      o.demands.forEach((d: unknown, i) => {
        const dd = d as Record<string, unknown> | null;
        if (typeof dd !== "object" || dd === null || typeof dd.id !== "string") problems.push({ path: `options.demands[${i}].id`, message: "expected a demand with a string id" });
        else if (dd.minTrl !== undefined && !isTrl(dd.minTrl)) problems.push({ path: `options.demands[${i}].minTrl`, message: "expected an integer TRL 1-9" });
      });
    }
    if (o.matcher === undefined) problems.push({ path: "options.matcher", message: "demand pull needs a matcher (anything with matchResult)" });
  }
  if (o.matcher !== undefined && typeof (o.matcher as { matchResult?: unknown } | null)?.matchResult !== "function") {
    problems.push({ path: "options.matcher", message: "expected an object with a matchResult method" });
  }
  if (o.now !== undefined && !(o.now instanceof Date && !Number.isNaN(o.now.getTime())) && !isDate(o.now)) {
    problems.push({ path: "options.now", message: "expected a valid Date or ISO date string" });
  }
  const stall = o.stallDays;
  if (stall !== undefined) {
    const entries = typeof stall === "number" ? [["", stall] as const] : typeof stall === "object" && stall !== null ? Object.entries(stall) : null;
    if (entries === null) problems.push({ path: "options.stallDays", message: "expected a number or { bandId: days }" });
    else for (const [k, v] of entries) {
      if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) problems.push({ path: k ? `options.stallDays.${k}` : "options.stallDays", message: "expected a positive number of days" });
    }
  }
  if (o.pullK !== undefined && !(Number.isInteger(o.pullK) && (o.pullK as number) > 0)) problems.push({ path: "options.pullK", message: "expected a positive integer" });
  if (o.pullMinStrength !== undefined && !(typeof o.pullMinStrength === "number" && o.pullMinStrength >= 0 && o.pullMinStrength <= 1)) {
    problems.push({ path: "options.pullMinStrength", message: "expected a number from 0 to 1" });
  }
  if (problems.length > 0) throw new ValidationError(problems, "analyzePortfolio");
}
