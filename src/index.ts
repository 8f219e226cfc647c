// The public door of techbroker: everything a user may import is exported here, nothing else.

export { TechbrokerError, ValidationError, SnapshotError, type Problem } from "./errors/errors.js";

export { analyze, createAnalyzer, type Analyzer, type AnalyzerOptions } from "./text/analyzer.js";

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

export type { ResearchResult, Demand, Budget, IpStatus, Seeking } from "./schema/types.js";
