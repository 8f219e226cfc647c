/** Stage-gap analysis: readiness scale and bands, readiness inference, gaps, portfolio analysis, shortlist, charts. */
export { TRL_LEVELS, MRL_LEVELS, isTrl, mrlForTrl, type TrlLevel, type MrlLevel } from "./trl-scale.js";
export { DEFAULT_STAGE_BANDS, validateBands, stageOf, stagesBetween, levelsOf, type StageBand } from "./stage-bands.js";
export {
  inferReadiness,
  findReadinessEvidence,
  combineEvidence,
  type CuePolarity,
  type ReadinessEvidence,
  type ReadinessEstimate,
  type InferReadinessOptions,
} from "./infer-readiness.js";
export { ENGLISH_CUES, CHINESE_CUES, type ReadinessCue } from "./readiness-cues.js";
export {
  stageGap,
  crossesMiddleStage,
  supportNeededBetween,
  validateSupportKinds,
  DEFAULT_SUPPORT_KINDS,
  type SupportKind,
  type StageGap,
  type StageGapOptions,
} from "./stage-gap.js";
export { DEFAULT_STALL_DAYS, type Support, type DemandPullSource, type PortfolioOptions, type ReadinessStep } from "./portfolio-input.js";
export { analyzePortfolio, type PortfolioAnalysis, type StageCount, type StageCoverage, type DemandPull, type ResultStatus } from "./portfolio.js";
export {
  firstInvestmentShortlist,
  DEFAULT_SHORTLIST_WEIGHTS,
  type ShortlistEntry,
  type ShortlistOptions,
  type ShortlistWeights,
} from "./shortlist.js";
export { valleyChartSvg, type ValleyChartOptions } from "./valley-chart.js";
export { shortlistChartSvg, type ShortlistChartOptions } from "./shortlist-chart.js";
export { escapeXml } from "./svg-markup.js";
