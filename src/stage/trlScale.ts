/**
 * The readiness scales: Technology Readiness Levels (TRL 1-9) and Manufacturing Readiness Levels (MRL 1-10).
 *
 * TRL short definitions follow the EU Horizon 2020 Work Programme, General Annexes, Part G
 * ("Technology readiness levels (TRL)"), 2014-2020. China's GB/T 22900-2022 uses the same nine steps.
 * MRL follows the US DoD Manufacturing Readiness Level Deskbook (OSD Manufacturing Technology Program),
 * whose ten levels are designed to run alongside TRL; the pairing below is the Deskbook's usual one.
 */
import { refine, type Shape } from "../validation/shapes.js";
import { isTrl } from "../validation/commonShapes.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

/** One level of the TRL scale. */
export interface TrlLevel {
  /** The level, 1-9. */
  readonly level: number;
  /** The Horizon 2020 short definition. */
  readonly definition: string;
  /** A short Chinese gloss, for Chinese reports. */
  readonly definitionZh: string;
  /** The manufacturing readiness level usually reached together with this TRL. */
  readonly typicalMrl: number;
}

/** TRL 1-9 with the Horizon 2020 short definitions (index 0 is TRL 1). */
export const TRL_LEVELS: readonly TrlLevel[] = deepFreeze([
  { level: 1, definition: "basic principles observed", definitionZh: "发现基本原理", typicalMrl: 1 },
  { level: 2, definition: "technology concept formulated", definitionZh: "形成技术概念", typicalMrl: 2 },
  { level: 3, definition: "experimental proof of concept", definitionZh: "概念验证", typicalMrl: 3 },
  { level: 4, definition: "technology validated in lab", definitionZh: "实验室验证", typicalMrl: 4 },
  {
    level: 5,
    definition: "technology validated in relevant environment (industrially relevant environment in the case of key enabling technologies)",
    definitionZh: "相关环境中验证",
    typicalMrl: 5,
  },
  {
    level: 6,
    definition: "technology demonstrated in relevant environment (industrially relevant environment in the case of key enabling technologies)",
    definitionZh: "相关环境中演示（中试）",
    typicalMrl: 6,
  },
  { level: 7, definition: "system prototype demonstration in operational environment", definitionZh: "运行环境中的系统样机演示", typicalMrl: 7 },
  { level: 8, definition: "system complete and qualified", definitionZh: "系统完成并通过鉴定", typicalMrl: 8 },
  {
    level: 9,
    definition: "actual system proven in operational environment (competitive manufacturing in the case of key enabling technologies; or in space)",
    definitionZh: "实际运行环境中得到验证（具备竞争性制造能力）",
    typicalMrl: 9,
  },
]);

/** One level of the MRL scale. */
export interface MrlLevel {
  /** The level, 1-10. */
  readonly level: number;
  /** What has been shown about making the thing, in our own short words after the DoD Deskbook. */
  readonly definition: string;
}

/** MRL 1-10 (index 0 is MRL 1). MRL 10 lies beyond TRL 9: lean, full-rate production. */
export const MRL_LEVELS: readonly MrlLevel[] = deepFreeze([
  { level: 1, definition: "basic manufacturing implications identified" },
  { level: 2, definition: "manufacturing concepts identified" },
  { level: 3, definition: "manufacturing proof of concept developed" },
  { level: 4, definition: "capability to produce the technology in a laboratory environment" },
  { level: 5, definition: "capability to produce prototype components in a production-relevant environment" },
  { level: 6, definition: "capability to produce a prototype system or subsystem in a production-relevant environment" },
  { level: 7, definition: "capability to produce systems or components in a production-representative environment" },
  { level: 8, definition: "pilot line capability shown; ready for low-rate production" },
  { level: 9, definition: "low-rate production shown; capability in place for full-rate production" },
  { level: 10, definition: "full-rate production shown; lean production practices in place" },
]);

export { isTrl };

/** `shape` (an object with `minTrl` and `maxTrl`) with the rule that `maxTrl` is not below `minTrl`. */
export function withTrlRange<T extends { minTrl: number; maxTrl: number }>(shape: Shape<T>): Shape<T> {
  return refine(
    shape,
    (x) => (isTrl(x.minTrl) && isTrl(x.maxTrl) && x.maxTrl < x.minTrl ? [{ at: ["maxTrl"], message: `maxTrl ${x.maxTrl} is below minTrl ${x.minTrl}` }] : undefined),
    { partial: true },
  );
}

/** The MRL usually reached alongside a TRL (the Deskbook pairing), or undefined for a non-TRL. */
export function mrlForTrl(trl: number): number | undefined {
  return isTrl(trl) ? TRL_LEVELS[trl - 1].typicalMrl : undefined;
}
