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
import { ValidationError, type Problem } from "../errors/errors.js";
import { checkIdAndTrlRange, isTrl } from "./trlScale.js";
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

/** Check a band configuration: ids unique, integer edges in 1-9, ordered, no gaps, overlaps of at most one edge level. */
export function validateBands(bands: unknown, path = "bands"): readonly StageBand[] {
  if (Array.isArray(bands) && checked.has(bands)) return bands as readonly StageBand[];
  const problems: Problem[] = [];
  if (!Array.isArray(bands) || bands.length === 0) {
    throw new ValidationError([{ path, message: "expected a non-empty array of stage bands" }]);
  }
  // Bounded before walking: a sparse array of length 2**32 - 1 must not take minutes.
  if (bands.length > 100) throw new ValidationError([{ path, message: "expected at most 100 stage bands" }]);
  const ids = new Set<string>();
  bands.forEach((b: unknown, i) => {
    const p = `${path}[${i}]`;
    if (typeof b !== "object" || b === null) {
      problems.push({ path: p, message: "expected an object" });
      return;
    }
    const band = b as Record<string, unknown>;
    checkIdAndTrlRange(band, p, problems, ids);
    if (typeof band.label !== "string") problems.push({ path: `${p}.label`, message: "expected a string" });
    if (band.middle !== undefined && typeof band.middle !== "boolean") problems.push({ path: `${p}.middle`, message: "expected a boolean" });
  });
  if (problems.length === 0) {
    const list = bands as StageBand[];
    if (list[0].minTrl !== 1) problems.push({ path: `${path}[0].minTrl`, message: "the first band must start at TRL 1" });
    if (list[list.length - 1].maxTrl !== 9) {
      problems.push({ path: `${path}[${list.length - 1}].maxTrl`, message: "the last band must end at TRL 9" });
    }
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const cur = list[i];
      if (cur.minTrl > prev.maxTrl + 1) {
        problems.push({ path: `${path}[${i}].minTrl`, message: `gap: TRL ${prev.maxTrl + 1}-${cur.minTrl - 1} lies in no band` });
      } else if (cur.minTrl < prev.maxTrl || cur.maxTrl <= prev.maxTrl) {
        problems.push({ path: `${path}[${i}].minTrl`, message: `overlaps band "${prev.id}" by more than one edge level` });
      }
    }
  }
  if (problems.length > 0) throw new ValidationError(problems, "invalid stage bands");
  const frozen = Object.freeze(bands.map((b: StageBand) => Object.freeze({ ...b }))) as readonly StageBand[];
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
