/**
 * Stage bands: the TRL scale cut into the stages people talk about (lab, pilot / middle test, industrial sample, production).
 *
 * Default edges and their sources:
 * - lab 1-4: TRL 1-4 end with "technology validated in lab" (Horizon 2020 definitions).
 * - pilot / 中试 4-6: Chinese practice usually places 中试 (middle test) at TRL 4-6, e.g. provincial 中试基地 programmes
 *   and the GB/T 22900-2022 level descriptions (levels 4-6 move from lab to relevant environment). Other sources put
 *   the pilot stage at TRL 5-7 (e.g. the EU "pilot line" notion of the KET reports); configure `bands` for that.
 * - industrial sample 7-8: system prototype in operational environment (7) to system complete and qualified (8).
 * - production 9: actual system proven, competitive manufacturing.
 *
 * Overlap rule: adjacent bands may share exactly one edge level (the default lab 1-4 and pilot 4-6 share TRL 4).
 * A level that lies in two bands belongs to the LATER band ("latest band containing the level wins"), so a
 * TRL-4 result counts as pilot: it has left pure research and is what middle-stage supports look at.
 * Deeper overlaps, gaps and levels outside 1-9 are rejected with a ValidationError naming the path.
 */
import { ValidationError } from "../errors/errors.js";
import { validate } from "../validation/checkShape.js";
import { idShape, trlShape } from "../validation/commonShapes.js";
import { LIMITS } from "../validation/limits.js";
import { arrayOf, boolean, object, optional, refine, string, type RefineProblem, type Shape } from "../validation/shapes.js";
import { isTrl, withTrlRange } from "./trlScale.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

/** One stage of the readiness path. */
export interface StageBand {
  /** Stable id, e.g. `pilot`. */
  readonly id: string;
  /** Human label, e.g. `pilot / middle test (中试)`. */
  readonly label: string;
  /** Lowest TRL in the band (inclusive). */
  readonly minTrl: number;
  /** Highest TRL in the band (inclusive). */
  readonly maxTrl: number;
  /** True for the "valley" stage that first-investment funds target. */
  readonly middle?: boolean;
}

/** The default bands, documented above. */
export const DEFAULT_STAGE_BANDS: readonly StageBand[] = deepFreeze([
  { id: "lab", label: "lab (实验室)", minTrl: 1, maxTrl: 4 },
  { id: "pilot", label: "pilot / middle test (中试)", minTrl: 4, maxTrl: 6, middle: true },
  { id: "sample", label: "industrial sample (工业样品)", minTrl: 7, maxTrl: 8 },
  { id: "production", label: "production (量产)", minTrl: 9, maxTrl: 9 },
]);

const checked = new WeakSet<readonly StageBand[]>();

/** Problems of a band list that its item shapes cannot see: start at 1, end at 9, no gaps, overlaps of one edge level. */
function bandOrderProblems(list: readonly StageBand[]): RefineProblem[] {
  const problems: RefineProblem[] = [];
  if (list[0].minTrl !== 1) problems.push({ at: [0, "minTrl"], message: "the first band must start at TRL 1" });
  if (list[list.length - 1].maxTrl !== 9) problems.push({ at: [list.length - 1, "maxTrl"], message: "the last band must end at TRL 9" });
  for (let i = 1; i < list.length; i++) {
    const prev = list[i - 1];
    const cur = list[i];
    if (cur.minTrl > prev.maxTrl + 1) {
      problems.push({ at: [i, "minTrl"], message: `gap: TRL ${prev.maxTrl + 1}-${cur.minTrl - 1} lies in no band` });
    } else if (cur.minTrl < prev.maxTrl || cur.maxTrl <= prev.maxTrl) {
      problems.push({ at: [i, "minTrl"], message: `overlaps band "${prev.id}" by more than one edge level` });
    }
  }
  return problems;
}

/** The description of a stage band list. */
export const stageBandsShape: Shape<StageBand[]> = refine(
  arrayOf(withTrlRange(object({
    id: idShape,
    // Long labels are allowed (the chart clips them); bounded like a record body.
    label: string({ max: LIMITS.bodyLength, blank: true }),
    minTrl: trlShape,
    maxTrl: trlShape,
    middle: optional(boolean()),
  }, { expected: "a stage band object" })), { min: 1, max: 9, uniqueKey: "id", expected: "a non-empty array of stage bands" }),
  bandOrderProblems,
);

/** Check a band configuration: ids unique, integer edges in 1-9, ordered, no gaps, overlaps of at most one edge level. */
export function validateBands(bands: unknown, path = "bands"): readonly StageBand[] {
  if (Array.isArray(bands) && checked.has(bands)) return bands as readonly StageBand[];
  const list = validate(stageBandsShape, bands, { root: path, context: "invalid stage bands" });
  const frozen = Object.freeze(list.map((b) => Object.freeze(b))) as readonly StageBand[];
  checked.add(frozen);
  return frozen;
}

checked.add(DEFAULT_STAGE_BANDS);

/** The stage a TRL belongs to: the latest band containing it (see the overlap rule). Throws on a non-TRL. */
export function stageOf(trl: number, bands: readonly StageBand[] = DEFAULT_STAGE_BANDS): StageBand {
  if (!isTrl(trl)) throw new ValidationError([{ path: "trl", message: "expected an integer TRL 1-9" }]);
  const list = validateBands(bands);
  for (let i = list.length - 1; i >= 0; i--) {
    if (trl >= list[i].minTrl && trl <= list[i].maxTrl) return list[i];
  }
  // Unreachable for validated bands (they cover 1-9), kept so the type is total.
  throw new ValidationError([{ path: "bands", message: `no band contains TRL ${trl}` }]);
}

/**
 * The stages a result enters when it moves from `fromTrl` up to `toTrl`: the distinct stages of levels
 * fromTrl+1 .. toTrl, in order, without the stage it starts in. Empty when toTrl <= fromTrl or the move stays in one band.
 */
export function stagesBetween(fromTrl: number, toTrl: number, bands: readonly StageBand[] = DEFAULT_STAGE_BANDS): StageBand[] {
  const start = stageOf(fromTrl, bands);
  stageOf(toTrl, bands);
  const out: StageBand[] = [];
  for (let level = fromTrl + 1; level <= toTrl; level++) {
    const band = stageOf(level, bands);
    if (band.id !== start.id && !out.some((b) => b.id === band.id)) out.push(band);
  }
  return out;
}

/** The TRL levels (1-9) assigned to a band under the overlap rule. */
export function levelsOf(bandId: string, bands: readonly StageBand[] = DEFAULT_STAGE_BANDS): number[] {
  const out: number[] = [];
  for (let level = 1; level <= 9; level++) if (stageOf(level, bands).id === bandId) out.push(level);
  return out;
}
