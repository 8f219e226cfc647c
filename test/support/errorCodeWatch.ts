// Vitest setup file (vitest.config.ts): watches the `code` of every TechbrokerError made in a test file's process
// and fails the file if one is not in ERROR_CODES, so every error the suite provokes is held to the union.
// TechbrokerError assigns `code` in its constructor (no class field), so a setter on the prototype sees each one.
import { afterAll } from "vitest";
import { ERROR_CODES, TechbrokerError } from "../../src/errors/errors.js";

const known: readonly unknown[] = ERROR_CODES;
const seen = new Map<string, number>();
let foreign: string[] = [];

Object.defineProperty(TechbrokerError.prototype, "code", {
  configurable: true,
  set(this: object, value: unknown) {
    const name = String(value);
    seen.set(name, (seen.get(name) ?? 0) + 1);
    if (!known.includes(value)) foreign.push(`${(this as Error).name}: ${name}`);
    Object.defineProperty(this, "code", { value, writable: true, enumerable: true, configurable: true });
  },
});

/** Codes of the TechbrokerErrors made so far in this file, with their counts. */
export function codesSeen(): ReadonlyMap<string, number> {
  return seen;
}

/** Codes outside ERROR_CODES seen so far (cleared by the call, for the test that provokes one on purpose). */
export function takeForeignCodes(): string[] {
  const out = foreign;
  foreign = [];
  return out;
}

afterAll(() => {
  const bad = takeForeignCodes();
  if (bad.length > 0) throw new Error(`TechbrokerErrors with a code outside ERROR_CODES: ${[...new Set(bad)].join(", ")}`);
});
