import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AbortError, ERROR_CODES, InvertedIndex, Matcher, SnapshotError, TechbrokerError, ValidationError, type ErrorCode,
} from "../src/index.js";
import { codesSeen, takeForeignCodes } from "./support/errorCodeWatch.js";

const ROOT = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** The library's code without comments and without the ERROR_CODES list itself. */
function throwingCode(): string {
  return [...sourceFiles("src"), ...sourceFiles("node")]
    .map((file) => readFileSync(join(ROOT, file), "utf8"))
    .join("\n")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1")
    .replace(/export const ERROR_CODES = Object\.freeze\(\[[^\]]*\]/, "");
}

function caught(run: () => unknown): TechbrokerError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TechbrokerError);
    return error as TechbrokerError;
  }
  throw new Error("expected a throw");
}

describe("error codes: one exported union", () => {
  it("lists each code once, frozen", () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(Object.isFrozen(ERROR_CODES)).toBe(true);
  });

  it("every code the library throws is in the union, and every code in the union is thrown somewhere", () => {
    const code = throwingCode();
    const thrown = new Set([
      ...[...code.matchAll(/new TechbrokerError\(\s*"([A-Z_]+)"/g)].map((m) => m[1]),
      ...[...code.matchAll(/super\(\s*"([A-Z_]+)"/g)].map((m) => m[1]),
    ]);
    expect(thrown.size).toBeGreaterThan(3);
    for (const c of thrown) expect(ERROR_CODES, `thrown code ${c}`).toContain(c);
    for (const c of ERROR_CODES) expect(code.includes(`"${c}"`), `code ${c} is never thrown`).toBe(true);
  });

  it("subclasses carry their own codes", () => {
    const validation = caught(() => new InvertedIndex({ fields: {} }));
    expect(validation).toBeInstanceOf(ValidationError);
    expect(validation.code).toBe("VALIDATION");
    expect(caught(() => InvertedIndex.fromSnapshot(new Uint8Array(64))).code).toBe("SNAPSHOT_CORRUPT");
    expect(new SnapshotError("x", "version").code).toBe("SNAPSHOT_VERSION");
    expect(new SnapshotError("x", "analyzer").code).toBe("ANALYZER_MISMATCH");
    expect(new SnapshotError("x", "platform").code).toBe("SNAPSHOT_PLATFORM");
    expect(new SnapshotError("x", "dictionary").code).toBe("DICTIONARY_MISSING");
    expect(new AbortError("stopped").code).toBe("ABORTED");
    const m = new Matcher();
    expect(caught(() => m.matchDemand("nope")).code).toBe("VALIDATION");
  });

  it("the test setup watches every code set in this process, and reports one outside the union", () => {
    new ValidationError([{ path: "x", message: "y" }]);
    expect(codesSeen().get("VALIDATION")).toBeGreaterThan(0);
    expect(takeForeignCodes()).toEqual([]);
    new TechbrokerError("NOT_A_CODE" as ErrorCode, "made on purpose");
    expect(takeForeignCodes()).toEqual(["TechbrokerError: NOT_A_CODE"]);
  });
});
