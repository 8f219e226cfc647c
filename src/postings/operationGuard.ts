// Callbacks run inside index operations: analyzers while adding, `filter` while searching. One that
// changes the index mid-operation would leave postings, ids and statistics out of step (or let a search
// return a removed id), so the guard refuses it with a typed error instead; the outer operation then
// fails or finishes on consistent state. Searches may nest (a filter may search the same index).

import { TechbrokerError, ValidationError } from "../errors/errors.js";

/** Thrown when a callback calls back into an index that is in the middle of an operation. */
export class ReentrantCallError extends TechbrokerError {
  declare readonly code: "REENTRANT_CALL";
  constructor(operation: string, running: string) {
    super(
      "REENTRANT_CALL",
      `InvertedIndex.${operation} was called from a callback (analyzer or filter) while ${running} was running on the same index; ` +
        "change the index after the operation returns",
    );
  }
}

export class OperationGuard {
  private writing: string | undefined = undefined;
  private reading = 0;

  /** Run an operation that changes the index: nothing else may run on it meanwhile. */
  write<T>(operation: string, run: () => T): T {
    if (this.writing !== undefined || this.reading > 0) throw new ReentrantCallError(operation, this.writing ?? "search");
    this.writing = operation;
    try {
      return run();
    } finally {
      this.writing = undefined;
    }
  }

  /** Run an operation that only reads: other reads may nest, changes may not. */
  read<T>(operation: string, run: () => T): T {
    if (this.writing !== undefined) throw new ReentrantCallError(operation, this.writing);
    this.reading++;
    try {
      return run();
    } finally {
      this.reading--;
    }
  }
}

/**
 * Run `read`, which only reads the caller's values, turning anything but our own errors (a getter or
 * Proxy trap that throws, a revoked Proxy) into a ValidationError at `path`.
 */
export function readCallerValue<T>(read: () => T, path: string, context: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TechbrokerError) throw error;
    throw new ValidationError([{ path, message: `could not be read (${messageOf(error)})` }], context);
  }
}

function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "an unreadable error";
  }
}
