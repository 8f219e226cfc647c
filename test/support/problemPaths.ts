import { expect } from "vitest";
import { ValidationError, type Problem } from "../../src/errors/errors.js";

/** The problems of the ValidationError that `f` must throw (fails the test if it throws anything else, or nothing). */
function problemsOf(f: () => unknown): readonly Problem[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  throw new Error("expected a ValidationError, but the call succeeded");
}

/** The problem paths of the ValidationError that `f` must throw. */
export function problemPaths(f: () => unknown): string[] {
  return problemsOf(f).map((p) => p.path);
}

/** "path: message" lines of the ValidationError that `f` must throw. */
export function linesOf(f: () => unknown): string[] {
  return problemsOf(f).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}
