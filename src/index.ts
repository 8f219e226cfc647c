// The public door of techbroker: everything a user may import is exported here, nothing else.

// Errors
export { TechbrokerError, ValidationError, SnapshotError, type Problem } from "./errors/errors.js";

// Text analysis
export {
  analyze,
  analyzeWithOffsets,
  createAnalyzer,
  type Analyzer,
  type AnalyzerOptions,
  type TermWithOffsets,
} from "./text/analyzer.js";
export { MAX_TERM_LENGTH } from "./text/term-sink.js";

// Index and scoring
export {
  InvertedIndex,
  type Query,
  type QueryTerm,
  type SearchOptions,
  type SearchHit,
  type TermContribution,
  type SnapshotLoadOptions,
} from "./index/invertedIndex.js";
export type { IndexOptions, FieldOptions } from "./index/indexOptions.js";
export { MAX_FIELD_LENGTH, MAX_QUERY_LENGTH, MAX_ID_LENGTH, MAX_K, type IndexDocument } from "./index/inputLimits.js";
export { DEFAULT_K1, DEFAULT_B } from "./score/bm25f.js";
export { SNAPSHOT_VERSION } from "./index/snapshot.js";

// Schemas
export type { ResearchResult, Demand, Budget, IpStatus, Seeking } from "./schema/types.js";
export { parseResult, parseResults } from "./schema/parseResult.js";
export { parseDemand, parseDemands } from "./schema/parseDemand.js";
export { SCHEMA_LIMITS } from "./schema/schemaLimits.js";

// Matching
export { Matcher, type MatcherOptions, type BridgeOptions } from "./match/matcher.js";
export { explain } from "./match/explainMatch.js";
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
export { LexiconIndex, type LexiconHit } from "./bridge/lexiconIndex.js";
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
export { describeBridge, describeBridgesFor } from "./bridge/describeBridge.js";
export type { BridgedTerm, BridgeSource, WeightedTerm } from "./bridge/bridgeTypes.js";

// Stage-gap analysis
export * from "./stage/index.js";
