/** One problem found in a caller's input: where it is and what is wrong. */
export interface Problem {
  /** Path to the offending value, e.g. `keywords[2]` or `fields.title.weight`. */
  readonly path: string;
  /** What is wrong, e.g. `expected string`. */
  readonly message: string;
}

/** Base class of every error techbroker throws on purpose. */
export class TechbrokerError extends Error {
  /** Stable machine-readable code, e.g. `VALIDATION` or `SNAPSHOT`. */
  readonly code: string;
  constructor(code: string, message: string, name = "TechbrokerError") {
    super(message);
    // A literal, not new.target.name: minifiers rename classes, and callers match on `name`.
    this.name = name;
    this.code = code;
  }
}

/** Bad input: lists every problem with its path, not only the first. */
export class ValidationError extends TechbrokerError {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], context?: string) {
    const head = context ? `${context}: ` : "";
    const list = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; ");
    super("VALIDATION", `${head}${list}`, "ValidationError");
    this.problems = problems;
  }
}

/** Why a snapshot was refused when the bytes themselves are sound: another format version, or another analyzer. */
export type SnapshotMismatch = "version" | "analyzer" | "dictionary";

/** Snapshot bytes that are truncated, corrupted, foreign, of an unknown version, or made with another analyzer. */
export class SnapshotError extends TechbrokerError {
  /** Set when sound bytes were refused: `version` (another format version) or `analyzer` (another analysis). */
  readonly mismatch?: SnapshotMismatch;
  constructor(message: string, mismatch?: SnapshotMismatch) {
    super("SNAPSHOT", message, "SnapshotError");
    if (mismatch !== undefined) this.mismatch = mismatch;
  }
}

/** A long operation stopped by its AbortSignal (`code` ABORTED, `name` AbortError, like the DOM's). Nothing was changed. */
export class AbortError extends TechbrokerError {
  constructor(message: string, cause?: unknown) {
    super("ABORTED", message, "AbortError");
    if (cause !== undefined) Object.defineProperty(this, "cause", { value: cause, enumerable: false });
  }
}

/** Throw a ValidationError for a single problem. */
export function fail(path: string, message: string, context?: string): never {
  throw new ValidationError([{ path, message }], context);
}
