import { expect } from "vitest";
import { ValidationError } from "../../src/errors/errors.js";

/** The problem paths of the ValidationError that `f` must throw (fails the test if it throws nothing). */
export function problemPaths(f: () => unknown): string[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems.map((p) => p.path);
  }
  throw new Error("expected a ValidationError");
}
