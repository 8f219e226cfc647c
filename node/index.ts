// The Node-only entry point "techbroker/node": things that need Node APIs (worker threads).
export { parallelMatchAll, type ParallelMatchOptions, type SnapshotMatcher } from "./parallelMatchAll.js";
