// Exported constants are shared by every caller in the process: a list, set or map that one caller could change
// would change analysis, validation or matching for all others. Every Array, Set and Map exported by any module
// of src/ (not only the door) must be deeply read-only, and so must the shared default objects named below.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deepFreeze, isLockedCollection } from "../src/immutable/deepFreeze.js";
import { analyze } from "../src/index.js";
import { NO_BRIDGES } from "../src/match/bridgeSettings.js";
import { RESULT_KEYS } from "../src/schema/recordShapes.js";
import { DIMENSION_BETTER } from "../src/specs/quantityNames.js";
import { CHINESE_STOP_WORDS } from "../src/text/chineseStopWords.js";
import { LIMITS } from "../src/validation/limits.js";

const ROOT = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Paths inside `value` that can still be changed: unfrozen objects and Sets or Maps with working mutators. */
function writablePaths(value: unknown, path: string, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  if (value instanceof Set || value instanceof Map) {
    if (!isLockedCollection(value)) out.push(`${path} (mutators)`);
    for (const [key, member] of value instanceof Set ? [...value].map((m) => [m, m]) : value) {
      writablePaths(key, `${path} key`, out, seen);
      writablePaths(member, `${path}.get(${String(key)})`, out, seen);
    }
  }
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && "value" in d) writablePaths(d.value, `${path}.${String(key)}`, out, seen);
  }
  return out;
}

describe("exported constants are read-only", () => {
  it("every Array, Set and Map any src/ module exports, and all inside it", async () => {
    const containers: [string, unknown][] = [];
    for (const file of sourceFiles("src")) {
      const module = (await import(join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (Array.isArray(value) || value instanceof Set || value instanceof Map) containers.push([`${file}: ${name}`, value]);
      }
    }
    expect(containers.map(([name]) => name)).toEqual(expect.arrayContaining([
      "src/text/chineseStopWords.ts: CHINESE_STOP_WORDS", "src/schema/recordShapes.ts: RESULT_KEYS", "src/errors/errors.ts: ERROR_CODES",
    ]));
    expect(containers.flatMap(([name, value]) => writablePaths(value, name))).toEqual([]);
  });

  it("CHINESE_STOP_WORDS refuses add, delete and clear, and analysis keeps its stop words", () => {
    const before = analyze("我们的石墨烯散热膜");
    const set = CHINESE_STOP_WORDS as Set<string>;
    expect(() => set.add("石墨")).toThrow(TypeError);
    expect(() => set.delete("我们")).toThrow(/read-only/);
    expect(() => set.clear()).toThrow(TypeError);
    expect(set.has("我们")).toBe(true);
    expect(analyze("我们的石墨烯散热膜")).toEqual(before);
  });

  it("record keys, the no-bridges default, spec directions and LIMITS cannot be changed", () => {
    expect(() => (RESULT_KEYS as string[]).push("extra")).toThrow(TypeError);
    expect(() => {
      (NO_BRIDGES.weights as { lexiconWeight: number }).lexiconWeight = 0.99;
    }).toThrow(TypeError);
    expect(() => (NO_BRIDGES.sources as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (DIMENSION_BETTER as Record<string, string>).bits = "lower";
    }).toThrow(TypeError);
    expect(() => {
      (LIMITS as { fieldCount: number }).fieldCount = 1e9;
    }).toThrow(TypeError);
    expect(writablePaths(NO_BRIDGES, "NO_BRIDGES")).toEqual([]);
    expect(writablePaths(DIMENSION_BETTER, "DIMENSION_BETTER")).toEqual([]);
  });

  it("deepFreeze locks a Map and freezes its keys and values (the check can fail)", () => {
    const open = new Map([["k", { v: 1 }]]);
    expect(writablePaths(open, "open")).toEqual(["open", "open (mutators)", "open.get(k)"]);
    const map = deepFreeze(open);
    expect(writablePaths(map, "map")).toEqual([]);
    expect(() => map.set("x", { v: 2 })).toThrow(/read-only: set\(\)/);
    expect(map.get("k")).toEqual({ v: 1 });
  });
});

describe("MAX_FIELDS is the one LIMITS table's fieldCount", () => {
  it("the index refuses more fields than LIMITS.fieldCount, naming the limit", async () => {
    const { InvertedIndex } = await import("../src/index.js");
    const { MAX_FIELDS } = await import("../src/postings/inputLimits.js");
    expect(MAX_FIELDS).toBe(LIMITS.fieldCount);
    const fields = Object.fromEntries(Array.from({ length: LIMITS.fieldCount + 1 }, (_, i) => [`f${i}`, {}]));
    expect(() => new InvertedIndex({ fields })).toThrow(/1024/);
    const fine = Object.fromEntries(Array.from({ length: LIMITS.fieldCount }, (_, i) => [`f${i}`, {}]));
    expect(new InvertedIndex({ fields: fine }).fieldNames).toHaveLength(LIMITS.fieldCount);
  });
});
