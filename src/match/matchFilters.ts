import type { Demand, ResearchResult } from "../schema/types.js";
import type { DemandFilter, ResultFilter } from "./matchTypes.js";

const overlaps = (have: readonly string[] | undefined, want: readonly string[]): boolean =>
  have !== undefined && have.some((x) => want.includes(x));
const inRegion = (region: string | undefined, want: string | string[]): boolean =>
  region !== undefined && (typeof want === "string" ? region === want : want.includes(region));

/** Turn a checked result filter (`matchOptions.ts`) into a predicate (undefined when it filters nothing). */
export function resultPredicate(filter: ResultFilter | undefined): ((r: ResearchResult) => boolean) | undefined {
  if (filter === undefined) return undefined;
  const { disciplines, region, trl, ipStatus, seeking, where, includeUnknownTrl } = filter;
  return (r) => {
    if (disciplines && !overlaps(r.disciplines, disciplines)) return false;
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

/** Turn a checked demand filter (`matchOptions.ts`) into a predicate (undefined when it filters nothing). */
export function demandPredicate(filter: DemandFilter | undefined): ((d: Demand) => boolean) | undefined {
  if (filter === undefined) return undefined;
  const { industry, region, maxRequiredTrl, where } = filter;
  return (d) => {
    if (industry && !overlaps(d.industry, industry)) return false;
    if (region !== undefined && !inRegion(d.region, region)) return false;
    if (maxRequiredTrl !== undefined && d.minTrl !== undefined && d.minTrl > maxRequiredTrl) return false;
    return where ? where(d) === true : true;
  };
}
