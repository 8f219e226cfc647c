/** One problem found in a caller's input: where it is and what is wrong. */
export interface Problem {
  /** Path to the offending value, e.g. `keywords[2]` or `fields.title.weight`. */
  readonly path: string;
  /** What is wrong, e.g. `expected string`. */
  readonly message: string;
}

/**
 * Every `code` a techbroker error can carry, one per way a call can fail (stable; match on these, not on messages):
 * - `VALIDATION`: bad input ({@link ValidationError}, with every problem and its path; limits included);
 * - `SNAPSHOT_CORRUPT`: bytes that are not a sound snapshot: truncated, corrupted, foreign, or not bytes ({@link SnapshotError});
 * - `SNAPSHOT_VERSION`: a sound snapshot of another format version;
 * - `ANALYZER_MISMATCH`: a sound snapshot made with another analyzer than the one given to load it;
 * - `SNAPSHOT_PLATFORM`: snapshots need a little-endian platform;
 * - `DICTIONARY_MISSING`: a sound Matcher snapshot made with a dictionary the loading Matcher lacks (`techbroker/core`
 *   loading a snapshot of `techbroker`: pass `{ dictionary }`);
 * - `ABORTED`: a long operation stopped by its AbortSignal ({@link AbortError});
 * - `CHANGED`: the matcher changed while a time-sliced batch ran;
 * - `REENTRANT_CALL`: an analyzer or filter called back into the index to change it mid-operation;
 * - `MODEL_NOT_LOADED`: the English lemma model (wink-eng-lite-web-model) is not available;
 * - `WORKER`: a worker thread of `techbroker/node`'s parallel matching failed.
 */
export const ERROR_CODES = Object.freeze([
  "VALIDATION",
  "SNAPSHOT_CORRUPT",
  "SNAPSHOT_VERSION",
  "ANALYZER_MISMATCH",
  "SNAPSHOT_PLATFORM",
  "DICTIONARY_MISSING",
  "ABORTED",
  "CHANGED",
  "REENTRANT_CALL",
  "MODEL_NOT_LOADED",
  "WORKER",
] as const);

/** The `code` of a {@link TechbrokerError}: one of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Base class of every error techbroker throws on purpose. */
export class TechbrokerError extends Error {
  /** Stable machine-readable code, one of {@link ERROR_CODES}, e.g. `VALIDATION` or `SNAPSHOT_CORRUPT`. */
  declare readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, name = "TechbrokerError") {
    super(message);
    // A literal, not new.target.name: minifiers rename classes, and callers match on `name`.
    this.name = name;
    // Assigned, not a class field: the test setup (test/support/errorCodeWatch.ts) observes every code set here.
    (this as { code: ErrorCode }).code = code;
  }
}

/** Bad input: lists every problem with its path, not only the first. */
export class ValidationError extends TechbrokerError {
  declare readonly code: "VALIDATION";
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], context?: string) {
    const head = context ? `${context}: ` : "";
    const list = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; ");
    super("VALIDATION", `${head}${list}`, "ValidationError");
    this.problems = problems;
  }
}

/**
 * Why a snapshot was refused when the bytes themselves are sound: another format version, another analyzer, a
 * big-endian platform, or a dictionary the loading Matcher does not have.
 */
export type SnapshotMismatch = "version" | "analyzer" | "platform" | "dictionary";

const SNAPSHOT_CODES = { version: "SNAPSHOT_VERSION", analyzer: "ANALYZER_MISMATCH", platform: "SNAPSHOT_PLATFORM", dictionary: "DICTIONARY_MISSING" } as const;

/** The codes of a {@link SnapshotError}. */
export type SnapshotErrorCode = "SNAPSHOT_CORRUPT" | (typeof SNAPSHOT_CODES)[SnapshotMismatch];

/**
 * Snapshot bytes that are truncated, corrupted, foreign, of an unknown version, or made with another analyzer.
 * `code` says which: `SNAPSHOT_CORRUPT`, or (sound bytes refused) `SNAPSHOT_VERSION`, `ANALYZER_MISMATCH`, `SNAPSHOT_PLATFORM`,
 * `DICTIONARY_MISSING`.
 */
export class SnapshotError extends TechbrokerError {
  declare readonly code: SnapshotErrorCode;
  /** Set when sound bytes were refused: `version` (another format version), `analyzer` (another analysis), `platform` or `dictionary`. */
  readonly mismatch?: SnapshotMismatch;
  constructor(message: string, mismatch?: SnapshotMismatch) {
    super(mismatch === undefined ? "SNAPSHOT_CORRUPT" : SNAPSHOT_CODES[mismatch], message, "SnapshotError");
    if (mismatch !== undefined) this.mismatch = mismatch;
  }
}

/** A long operation stopped by its AbortSignal (`code` ABORTED, `name` AbortError, like the DOM's). Nothing was changed. */
export class AbortError extends TechbrokerError {
  declare readonly code: "ABORTED";
  constructor(message: string, cause?: unknown) {
    super("ABORTED", message, "AbortError");
    if (cause !== undefined) Object.defineProperty(this, "cause", { value: cause, enumerable: false });
  }
}

/** Throw a ValidationError for a single problem. */
export function fail(path: string, message: string, context?: string): never {
  throw new ValidationError([{ path, message }], context);
}
