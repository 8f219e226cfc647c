/**
 * `stageGap(result, demand)`: how far a result is from what a demand can use, which stages lie in between, and the
 * kinds of support that crossing usually needs.
 */
import { ValidationError, type Problem } from "../errors/errors.js";
import type { Demand, ResearchResult } from "../schema/types.js";
import { DEFAULT_STAGE_BANDS, stageOf, stagesBetween, validateBands, type StageBand } from "./stageBands.js";
import { validate } from "../validation/checkShape.js";
import { idShape, trlShape } from "../validation/commonShapes.js";
import { LIMITS } from "../validation/limits.js";
import { arrayOf, object, string, type Shape } from "../validation/shapes.js";
import { isTrl, withTrlRange } from "./trlScale.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

/** A kind of support that moving through some levels usually needs. */
export interface SupportKind {
  /** Stable id; the first four match the `Seeking` values labs use. */
  readonly id: string;
  readonly label: string;
  /** Why and when it is needed. */
  readonly description: string;
  /** Needed when the move reaches any level in [minTrl, maxTrl]. */
  readonly minTrl: number;
  readonly maxTrl: number;
}

/**
 * Default support kinds. Ranges follow where each need typically arises on the TRL path: proof-of-concept grants
 * end with lab validation (TRL 4); pilot money and a pilot site carry levels 5-7 (relevant and operational environment);
 * certification is what TRL 8 "complete and qualified" means; a manufacturing partner is needed from the industrial
 * sample onwards (7-9). Override with `StageGapOptions.supportKinds`.
 */
export const DEFAULT_SUPPORT_KINDS: readonly SupportKind[] = deepFreeze([
  {
    id: "proof-of-concept-funding",
    label: "proof-of-concept funding",
    description: "grants that carry an idea to lab validation (TRL 2-4); research funding usually covers this",
    minTrl: 2,
    maxTrl: 4,
  },
  {
    id: "pilot-funding",
    label: "pilot funding (first investment)",
    description: "money for scale-up and pilot runs (TRL 5-7), when research grants have ended and investors are not yet in",
    minTrl: 5,
    maxTrl: 7,
  },
  {
    id: "pilot-site",
    label: "pilot site (中试基地)",
    description: "equipment and a relevant environment for pilot and field testing (TRL 5-6)",
    minTrl: 5,
    maxTrl: 6,
  },
  {
    id: "certification",
    label: "certification",
    description: "qualification, type approval or regulatory clearance that makes a system 'complete and qualified' (TRL 8)",
    minTrl: 8,
    maxTrl: 8,
  },
  {
    id: "manufacturing-partner",
    label: "manufacturing partner",
    description: "a company able to build industrial samples and then produce at volume (TRL 7-9)",
    minTrl: 7,
    maxTrl: 9,
  },
]);

/** Options of `stageGap`. */
export interface StageGapOptions {
  readonly bands?: readonly StageBand[];
  readonly supportKinds?: readonly SupportKind[];
}

/** The readiness gap between a result and a demand. */
export interface StageGap {
  /** demand.minTrl - result.trl: positive when the result must still advance, 0 or negative when it is ready. Absent when a level is unknown. */
  readonly levels?: number;
  readonly fromTrl?: number;
  readonly toTrl?: number;
  readonly fromStage?: string;
  readonly toStage?: string;
  /** Ids of the stages entered on the way, in order (see `stagesBetween`). */
  readonly stagesCrossed: readonly string[];
  /** True when the move passes through, or leaves, a middle ("valley") stage. */
  readonly crossesMiddle: boolean;
  /** The support kinds whose range the move reaches. */
  readonly supportNeeded: readonly SupportKind[];
}

/** The description of a support-kind list (ids unique, ranges valid). */
export const supportKindsShape: Shape<SupportKind[]> = arrayOf(withTrlRange(object({
  id: idShape,
  label: string({ max: LIMITS.nameLength, blank: true }),
  description: string({ max: LIMITS.titleLength, blank: true }),
  minTrl: trlShape,
  maxTrl: trlShape,
}, { expected: "a support kind object" })), { max: 100, uniqueKey: "id", expected: "an array of support kinds" });

/** Check a support-kind list (ids unique, ranges valid). */
export function validateSupportKinds(kinds: unknown, path = "options.supportKinds"): readonly SupportKind[] {
  return validate(supportKindsShape, kinds, { root: path, context: "invalid support kinds" });
}

/** True when moving from `fromTrl` to `toTrl` passes through or leaves a middle stage. */
export function crossesMiddleStage(fromTrl: number, toTrl: number, bands: readonly StageBand[] = DEFAULT_STAGE_BANDS): boolean {
  if (toTrl <= fromTrl) return false;
  const start = stageOf(fromTrl, bands);
  if (start.middle === true && stageOf(toTrl, bands).id !== start.id) return true;
  for (let level = fromTrl + 1; level <= toTrl; level++) if (stageOf(level, bands).middle === true) return true;
  return false;
}

/** The support kinds a move from `fromTrl` up to `toTrl` reaches (levels fromTrl+1 .. toTrl). */
export function supportNeededBetween(fromTrl: number, toTrl: number, kinds: readonly SupportKind[] = DEFAULT_SUPPORT_KINDS): SupportKind[] {
  return kinds.filter((k) => k.maxTrl > fromTrl && k.minTrl <= toTrl && toTrl > fromTrl);
}

/** The readiness gap from a result to a demand: levels, stages crossed, whether the valley is crossed, support needed. */
export function stageGap(result: ResearchResult, demand: Demand, options: StageGapOptions = {}): StageGap {
  const problems: Problem[] = [];
  if (typeof result !== "object" || result === null) problems.push({ path: "result", message: "expected a research result" });
  else if (result.trl !== undefined && !isTrl(result.trl)) problems.push({ path: "result.trl", message: "expected an integer TRL 1-9" });
  if (typeof demand !== "object" || demand === null) problems.push({ path: "demand", message: "expected a demand" });
  else if (demand.minTrl !== undefined && !isTrl(demand.minTrl)) problems.push({ path: "demand.minTrl", message: "expected an integer TRL 1-9" });
  if (problems.length > 0) throw new ValidationError(problems, "stageGap");
  const bands = options.bands === undefined ? DEFAULT_STAGE_BANDS : validateBands(options.bands, "options.bands");
  const kinds = options.supportKinds === undefined ? DEFAULT_SUPPORT_KINDS : validateSupportKinds(options.supportKinds);
  const from = result.trl;
  const to = demand.minTrl;
  if (from === undefined || to === undefined) {
    return {
      fromTrl: from,
      toTrl: to,
      fromStage: from === undefined ? undefined : stageOf(from, bands).id,
      toStage: to === undefined ? undefined : stageOf(to, bands).id,
      stagesCrossed: [],
      crossesMiddle: false,
      supportNeeded: [],
    };
  }
  return {
    levels: to - from,
    fromTrl: from,
    toTrl: to,
    fromStage: stageOf(from, bands).id,
    toStage: stageOf(to, bands).id,
    stagesCrossed: stagesBetween(from, to, bands).map((b) => b.id),
    crossesMiddle: crossesMiddleStage(from, to, bands),
    supportNeeded: supportNeededBetween(from, to, kinds),
  };
}
