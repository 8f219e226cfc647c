import { ValidationError, type Problem } from "../errors/errors.js";
import { isTrl } from "../validation/commonShapes.js";
import { IP_STATUSES } from "../schema/recordShapes.js";
import type { Demand, ResearchResult } from "../schema/types.js";
import type { DemandFilter, ResultFilter } from "./matchTypes.js";

function checkStrings(value: unknown, path: string, problems: Problem[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) problems.push({ path, message: "expected an array of strings" });
}

function checkRegion(value: unknown, path: string, problems: Problem[]): void {
  if (value !== undefined && typeof value !== "string") checkStrings(value, path, problems);
}

function checkTrl(value: unknown, path: string, problems: Problem[]): void {
  if (value !== undefined && !isTrl(value)) problems.push({ path, message: "expected an integer TRL from 1 to 9" });
}

function checkIpStatus(value: unknown, path: string, problems: Problem[]): void {
  checkStrings(value, path, problems);
  if (!Array.isArray(value)) return;
  value.forEach((v, i) => {
    if (typeof v === "string" && !(IP_STATUSES as readonly string[]).includes(v))
      problems.push({ path: `${path}[${i}]`, message: `expected one of ${IP_STATUSES.join(", ")}` });
  });
}

function checkWhere(value: unknown, path: string, problems: Problem[]): void {
  if (value !== undefined && typeof value !== "function") problems.push({ path, message: "expected a function" });
}

const overlaps = (have: readonly string[] | undefined, want: readonly string[]): boolean =>
  have !== undefined && have.some((x) => want.includes(x));
const inRegion = (region: string | undefined, want: string | string[]): boolean =>
  region !== undefined && (typeof want === "string" ? region === want : want.includes(region));

/** Validate a result filter and turn it into a predicate (undefined when it filters nothing). */
export function resultPredicate(filter: ResultFilter | undefined): ((r: ResearchResult) => boolean) | undefined {
  if (filter === undefined) return undefined;
  const problems: Problem[] = [];
  if (typeof filter !== "object" || filter === null) throw new ValidationError([{ path: "filter", message: "expected an object" }], "match");
  checkStrings(filter.fields, "filter.fields", problems);
  checkRegion(filter.region, "filter.region", problems);
  checkIpStatus(filter.ipStatus, "filter.ipStatus", problems);
  checkStrings(filter.seeking, "filter.seeking", problems);
  checkWhere(filter.where, "filter.where", problems);
  if (filter.includeUnknownTrl !== undefined && typeof filter.includeUnknownTrl !== "boolean")
    problems.push({ path: "filter.includeUnknownTrl", message: "expected a boolean" });
  if (filter.trl !== undefined) {
    if (typeof filter.trl !== "object" || filter.trl === null) problems.push({ path: "filter.trl", message: "expected { min?, max? }" });
    else {
      checkTrl(filter.trl.min, "filter.trl.min", problems);
      checkTrl(filter.trl.max, "filter.trl.max", problems);
    }
  }
  if (problems.length > 0) throw new ValidationError(problems, "match");
  const { fields, region, trl, ipStatus, seeking, where, includeUnknownTrl } = filter;
  return (r) => {
    if (fields && !overlaps(r.fields, fields)) return false;
    if (region !== undefined && !inRegion(r.region, region)) return false;
    if (trl) {
      if (r.trl === undefined) {
        if (!includeUnknownTrl) return false;
      } else if ((trl.min !== undefined && r.trl < trl.min) || (trl.max !== undefined && r.trl > trl.max)) return false;
    }
    if (ipStatus && !ipStatus.includes(r.ipStatus ?? "unknown")) return false;
    if (seeking && !overlaps(r.seeking, seeking)) return false;
    return where ? where(r) === true : true;
  };
}

/** Validate a demand filter and turn it into a predicate (undefined when it filters nothing). */
export function demandPredicate(filter: DemandFilter | undefined): ((d: Demand) => boolean) | undefined {
  if (filter === undefined) return undefined;
  const problems: Problem[] = [];
  if (typeof filter !== "object" || filter === null) throw new ValidationError([{ path: "filter", message: "expected an object" }], "match");
  checkStrings(filter.industry, "filter.industry", problems);
  checkRegion(filter.region, "filter.region", problems);
  checkTrl(filter.maxRequiredTrl, "filter.maxRequiredTrl", problems);
  checkWhere(filter.where, "filter.where", problems);
  if (problems.length > 0) throw new ValidationError(problems, "match");
  const { industry, region, maxRequiredTrl, where } = filter;
  return (d) => {
    if (industry && !overlaps(d.industry, industry)) return false;
    if (region !== undefined && !inRegion(d.region, region)) return false;
    if (maxRequiredTrl !== undefined && d.minTrl !== undefined && d.minTrl > maxRequiredTrl) return false;
    return where ? where(d) === true : true;
  };
}
