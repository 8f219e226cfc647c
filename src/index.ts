// The public door of techbroker: everything a user may import is exported here, nothing else.

// Errors
export {
  TechbrokerError,
  ValidationError,
  SnapshotError,
  AbortError,
  ERROR_CODES,
  type ErrorCode,
  type SnapshotErrorCode,
  type Problem,
  type SnapshotMismatch,
} from "./errors/errors.js";

// Text analysis
export {
  analyze,
  analyzeWithOffsets,
  createAnalyzer,
  defaultAnalyzer,
  ANALYZER_VERSION,
  type Analyzer,
  type AnalyzerIdentity,
  type AnalyzerSetting,
  type TechbrokerAnalyzer,
  type AnalyzerOptions,
  type TermWithOffsets,
} from "./text/analyzer.js";
export { analyzerIdentity } from "./text/analyzerIdentity.js";
export type { TermIdSink, TermInterner } from "./text/termSink.js";

// Units (canonical unit table shared by spec extraction and text analysis)
export { UNIT_TABLE, BASE_UNITS, type Dimension, type UnitDefinition } from "./units/unitTable.js";
export { lookupUnit } from "./units/unitLookup.js";
export { parseQuantity, type Quantity } from "./units/quantity.js";

// Specs (quantities with units and their constraints) and spec fit
export { extractSpecs } from "./specs/extractSpecs.js";
export type { Spec, SpecRelation } from "./specs/specTypes.js";
export { checkSpecs, type SpecCheck, type SpecStatus } from "./specs/compareSpecs.js";
export { formatSpec, describeSpecCheck } from "./specs/formatSpec.js";
export { QUANTITY_NAMES, type QuantityName } from "./specs/quantityNames.js";
export { DEFAULT_SPEC_FIT, specFit, type SpecFitOptions, type ResolvedSpecFit } from "./match/specFit.js";
export type { Team, TeamOptions } from "./match/rankTeams.js";

// Index and scoring
export {
  InvertedIndex,
  type Query,
  type QueryTerm,
  type SearchOptions,
  type SearchHit,
  type TermContribution,
  type SnapshotLoadOptions,
} from "./postings/invertedIndex.js";
export type { IndexOptions, FieldOptions } from "./postings/indexOptions.js";
export type { IndexDocument } from "./postings/inputLimits.js";
export { DEFAULT_K1, DEFAULT_B } from "./score/bm25f.js";
export { SNAPSHOT_VERSION } from "./postings/snapshot.js";

// Schemas
export type { ResearchResult, Demand, Budget, IpStatus, Seeking } from "./schema/types.js";
export { parseResult, parseResults } from "./schema/parseResult.js";
export { parseDemand, parseDemands } from "./schema/parseDemand.js";
export { LIMITS, type Limits } from "./validation/limits.js";
export { jsonSchemas } from "./jsonSchemas/jsonSchemas.js";
export type { JsonSchema } from "./validation/shapes.js";

// Matching
export { Matcher, type MatcherOptions, type MatcherSnapshotOptions } from "./match/matcher.js";
export { MATCHER_SNAPSHOT_VERSION } from "./match/matcherSnapshot.js";
export type { BatchControl, BatchProgress } from "./match/timeSlicedBatch.js";
export type { BridgeOptions } from "./match/bridgeSettings.js";
export { explain } from "./match/explainMatch.js";
export { STRENGTH_BANDS, type StrengthBand } from "./match/matchStrength.js";
export type { SurfaceForm } from "./match/surfaceForms.js";
export { FILLER_WORDS } from "./match/fillerWords.js";
export { FILLER_WEIGHT, BARE_NUMBER_WEIGHT } from "./match/queryNoise.js";
export type {
  Match,
  MatchOptions,
  MatchExplanation,
  MatchedTerm,
  ScoreParts,
  ReadinessAssessment,
  ResultFilter,
  DemandFilter,
} from "./match/matchTypes.js";
export { readinessFit, DEFAULT_READINESS_FIT, type ReadinessFitOptions } from "./match/readinessFit.js";

// Bridges
export { parseLexicon, mergeLexicons, type Lexicon, type LexiconConcept, type LexiconExpression } from "./bridge/lexicon.js";
export { LexiconIndex, type LexiconHit, type LexiconIndexOptions } from "./bridge/lexiconIndex.js";
export { BUILTIN_LEXICON, withBuiltinLexicon } from "./bridge/builtin/builtinLexicon.js";
export { DictionarySource, type BridgeDictionary, type DictionarySourceOptions } from "./bridge/dictionary/dictionarySource.js";
export {
  TranslationModel,
  type TranslationModelJson,
  type TranslationTrainingOptions,
  type Translation,
  type TranslationPair,
} from "./bridge/translationModel.js";
export { learnBridges, type MatchHistoryEntry, type LearnBridgesOptions } from "./bridge/learnBridges.js";
export { relevanceModelTerms, type FeedbackOptions, type FeedbackHit } from "./bridge/relevanceFeedback.js";
export { expandQuery, type ExpansionOptions, type ExpandedQuery } from "./bridge/expandQuery.js";
export { describeBridge } from "./bridge/describeBridge.js";
export type { BridgedTerm, BridgeKind, BridgeSource, BridgeQuery, BridgeCandidate, WeightedTerm } from "./bridge/bridgeTypes.js";

// Stage-gap analysis
export { TRL_LEVELS, MRL_LEVELS, mrlForTrl, type TrlLevel, type MrlLevel } from "./stage/trlScale.js";
export { DEFAULT_STAGE_BANDS, stageOf, stagesBetween, type StageBand } from "./stage/stageBands.js";
export {
  inferReadiness,
  type CuePolarity,
  type ReadinessEvidence,
  type ReadinessEstimate,
  type InferReadinessOptions,
} from "./stage/inferReadiness.js";
export {
  stageGap,
  DEFAULT_SUPPORT_KINDS,
  type SupportKind,
  type StageGap,
  type StageGapOptions,
} from "./stage/stageGap.js";
export { DEFAULT_STALL_DAYS, DEFAULT_PULL_MIN_STRENGTH, type Support, type DemandPullSource, type PortfolioOptions, type ReadinessStep } from "./stage/portfolioInput.js";
export { analyzePortfolio, type PortfolioAnalysis, type StageCount, type StageCoverage, type DemandPull, type ResultStatus } from "./stage/portfolio.js";
export {
  firstInvestmentShortlist,
  DEFAULT_SHORTLIST_WEIGHTS,
  type ShortlistEntry,
  type ShortlistOptions,
  type ShortlistWeights,
} from "./stage/shortlist.js";
export { valleyChartSvg, type ValleyChartOptions } from "./stage/valleyChart.js";
export { shortlistChartSvg, type ShortlistChartOptions } from "./stage/shortlistChart.js";
