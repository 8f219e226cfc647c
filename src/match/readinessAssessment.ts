import type { Demand, ResearchResult } from "../schema/types.js";
import { stageGap } from "../stage/stageGap.js";
import type { StageBand } from "../stage/stageBands.js";
import type { ReadinessAssessment } from "./matchTypes.js";

/** The readiness part of an explanation, built on the stage model's `stageGap`. */
export function assessReadiness(result: ResearchResult, demand: Demand, bands?: readonly StageBand[]): ReadinessAssessment {
  const move = stageGap(result, demand, bands ? { bands } : {});
  const base = { resultTrl: result.trl, requiredTrl: demand.minTrl };
  if (demand.minTrl === undefined) return { status: "not-required", ...base, levelsShort: 0, stagesCrossed: [], crossesMiddle: false, supportNeeded: [] };
  if (result.trl === undefined) return { status: "unknown", ...base, levelsShort: 0, stagesCrossed: [], crossesMiddle: false, supportNeeded: [] };
  const levels = move.levels ?? 0;
  if (levels <= 0) return { status: "meets", ...base, levelsShort: 0, stagesCrossed: [], crossesMiddle: false, supportNeeded: [] };
  return {
    status: "below",
    ...base,
    levelsShort: levels,
    stagesCrossed: [...move.stagesCrossed],
    crossesMiddle: move.crossesMiddle,
    supportNeeded: move.supportNeeded.map((s) => s.id),
  };
}
