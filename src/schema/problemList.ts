import { ValidationError, type Problem } from "../errors/errors.js";
import { SCHEMA_LIMITS } from "./schemaLimits.js";

/**
 * Collects validation problems up to a cap. An object with a million unknown keys must not
 * produce a million-line error message, so past the cap problems are only counted.
 */
export class ProblemList {
  private readonly listed: Problem[] = [];
  private dropped = 0;

  constructor(private readonly cap: number = SCHEMA_LIMITS.problemCount) {}

  /** Record one problem at `path`. */
  add(path: string, message: string): void {
    if (this.listed.length < this.cap) this.listed.push({ path, message });
    else this.dropped += 1;
  }

  /** Number of problems seen so far, listed or not. */
  get count(): number {
    return this.listed.length + this.dropped;
  }

  /** Throw a ValidationError with every listed problem if there is any. */
  throwIfAny(context?: string): void {
    if (this.count === 0) return;
    const problems = this.dropped > 0
      ? [...this.listed, { path: "", message: `... and ${this.dropped} more problems not listed` }]
      : this.listed;
    throw new ValidationError(problems, context);
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_SHOWN = 40;

/** Path of a key below `base`: `budget.amount`, or `["odd key"]` when the key is not an identifier. */
export function keyPath(base: string, key: string): string {
  if (IDENTIFIER.test(key)) return base === "" ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(clip(key))}]`;
}

/** Path of an array element below `base`: `keywords[2]` or `[3]`. */
export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Name of a value's type for "expected X, got Y" messages; NaN and Infinity are named as such. */
export function typeName(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "array";
  if (typeof x === "number" && !Number.isFinite(x)) return String(x);
  return typeof x;
}

/** A short rendering of a value for messages: numbers and (clipped) strings literally, others by type. */
export function showValue(x: unknown): string {
  if (typeof x === "number") return Object.is(x, -0) ? "0" : String(x);
  if (typeof x === "string") return JSON.stringify(clip(x));
  if (typeof x === "boolean") return String(x);
  return typeName(x);
}

/** Cut a string for display so that a 100 MB value does not end up in an error message. */
export function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}...`;
}
