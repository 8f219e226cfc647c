import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { linesOf } from "./support/problemPaths.js";
import fc from "fast-check";
import { ValidationError } from "../src/errors/errors.js";
import { parseResult, parseResults } from "../src/schema/parseResult.js";
import { parseDemand, parseDemands } from "../src/schema/parseDemand.js";
import { LIMITS as SCHEMA_LIMITS } from "../src/validation/limits.js";

const sample = (name: string): unknown[] =>
  JSON.parse(readFileSync(new URL(`../examples/data/${name}.json`, import.meta.url), "utf8")) as unknown[];
const sampleResults = sample("results");
const sampleDemands = sample("demands");


const minimalResult = { id: "r1", title: "Graphene coating", summary: "Few-layer graphene on cast iron." };
const minimalDemand = { id: "d1", title: "Cooler brakes", description: "Brakes fade on long descents." };

describe("parseResult", () => {
  it("accepts a minimal record and returns exactly its keys", () => {
    expect(parseResult(minimalResult)).toEqual(minimalResult);
  });

  it("accepts a full sample record unchanged, and a Chinese one", () => {
    const full = sampleResults[0] as Record<string, unknown>;
    expect(Object.keys(full)).toContain("updatedAt");
    expect(parseResult(full)).toEqual(full);
    const chinese = sampleResults.find((r) => (r as { language?: string }).language === "zh");
    expect(chinese).toBeDefined();
    expect(parseResult(chinese)).toEqual(chinese);
  });

  it("parses every record of examples/data/results.json", () => {
    expect(sampleResults.length).toBeGreaterThan(100);
    expect(parseResults(sampleResults)).toEqual(sampleResults);
  });

  it("returns a copy in a fixed key order, treats null as absent and keeps meta by reference", () => {
    const meta = { source: "crm", tags: ["a"] };
    const input = { meta, trl: 4, summary: "s", title: "t", id: "r9", region: null, keywords: ["x"] };
    const out = parseResult(input);
    expect(Object.keys(out)).toEqual(["id", "title", "summary", "keywords", "trl", "meta"]);
    expect(out.meta).toBe(meta);
    expect(out.keywords).not.toBe(input.keywords);
  });

  it("reports every problem at once, each with its path", () => {
    const lines = linesOf(() =>
      parseResult({
        title: "",
        summary: "ok",
        keywords: ["fine", 7],
        trl: 12,
        ipStatus: "patented",
        updatedAt: "14/11/2025",
        minTRL: 3,
      }),
    );
    expect(lines).toEqual([
      'minTRL: unknown key; did you mean "trl"?',
      "id: required",
      "title: expected a non-empty string, got an empty string",
      "keywords[1]: expected a non-empty string, got the number 7",
      "trl: expected an integer from 1 to 9, got the number 12",
      'ipStatus: expected one of "granted", "pending", "none", "unknown", got the string "patented"',
      'updatedAt: expected an ISO 8601 date "YYYY-MM-DD" or date-time with zone such as "2025-11-14T09:30:00Z", got the string "14/11/2025"',
    ]);
  });

  it("tells a caller who writes the old key `fields` (or a demand's `industry`) to use `disciplines`", () => {
    expect(linesOf(() => parseResult({ ...minimalResult, fields: ["materials"] }))).toEqual([
      'fields: unknown key; did you mean "disciplines"?',
    ]);
    expect(linesOf(() => parseResult({ ...minimalResult, industry: ["materials"] }))).toEqual([
      'industry: unknown key; did you mean "disciplines"?',
    ]);
    expect(parseResult({ ...minimalResult, disciplines: ["materials"] }).disciplines).toEqual(["materials"]);
  });

  it("puts all problems in the error message too", () => {
    expect(() => parseResult({ id: 5, title: "t", summary: "s", trl: "high" })).toThrow(
      'id: expected a non-empty string, got the number 5; trl: expected an integer from 1 to 9, got the string "high"',
    );
  });

  it.each([
    ["null", null, "expected a result object, got null"],
    ["a number", 42, "expected a result object, got the number 42"],
    ["a string", "x", "expected a result object, got the string \"x\""],
    ["an array", [], "expected a result object, got an array"],
    ["NaN", Number.NaN, "expected a result object, got NaN"],
    ["a Date", new Date(0), "expected a result object, got a Date"],
  ])("rejects %s as a record", (_name, input, message) => {
    expect(linesOf(() => parseResult(input))).toEqual([message]);
  });

  it("lists the required keys of an empty object", () => {
    expect(linesOf(() => parseResult({}))).toEqual(["id: required", "title: required", "summary: required"]);
  });

  it("rejects NaN, Infinity, fractions and out-of-range TRLs", () => {
    for (const [trl, shown] of [[Number.NaN, "NaN"], [Infinity, "Infinity"], [4.5, "the number 4.5"], [0, "the number 0"], [10, "the number 10"]] as const) {
      expect(linesOf(() => parseResult({ ...minimalResult, trl }))).toEqual([`trl: expected an integer from 1 to 9, got ${shown}`]);
    }
    for (const trl of [1, 9]) expect(parseResult({ ...minimalResult, trl }).trl).toBe(trl);
  });

  it("enforces the documented size limits", () => {
    const long = (n: number) => "a".repeat(n);
    expect(() => parseResult({ ...minimalResult, id: long(SCHEMA_LIMITS.idLength) })).not.toThrow();
    expect(linesOf(() => parseResult({ ...minimalResult, id: long(1025) }))).toEqual(["id: expected at most 1024 characters, got 1025"]);
    expect(linesOf(() => parseResult({ ...minimalResult, title: long(1001) }))).toEqual([
      "title: expected at most 1000 characters, got 1001",
    ]);
    expect(linesOf(() => parseResult({ ...minimalResult, summary: long(100_001) }))).toEqual([
      "summary: expected at most 100000 characters, got 100001",
    ]);
    const keywords = Array.from({ length: 201 }, (_, i) => `k${i}`);
    expect(linesOf(() => parseResult({ ...minimalResult, keywords }))).toEqual(["keywords: expected at most 200 items, got 201"]);
  });

  it("rejects blank strings, blank list entries and ids with surrounding spaces, but trims nothing", () => {
    expect(linesOf(() => parseResult({ ...minimalResult, id: " r1", title: "  \n", disciplines: ["energy", ""], seeking: "licensing" }))).toEqual([
      'id: expected no leading or trailing whitespace, got the string " r1"',
      "title: expected a non-empty string, got only whitespace",
      "disciplines[1]: expected a non-empty string, got an empty string",
      'seeking: expected an array of strings, got the string "licensing"',
    ]);
    expect(parseResult({ ...minimalResult, title: " padded title " }).title).toBe(" padded title ");
  });

  it("accepts free seeking values and any string content, including lone surrogates", () => {
    const out = parseResult({ ...minimalResult, seeking: ["licensing", "joint PhD"], title: "bad \ud800 surrogate" });
    expect(out.seeking).toEqual(["licensing", "joint PhD"]);
  });

  it("checks dates: real calendar days, date-times need a zone", () => {
    for (const ok of ["2024-02-29", "2025-11-14T09:30:00Z", "2025-11-14T09:30Z", "2025-11-14T09:30:00.123+08:00"]) {
      expect(parseResult({ ...minimalResult, updatedAt: ok }).updatedAt).toBe(ok);
    }
    for (const bad of ["2025-02-29", "2025-13-01", "2025-11-14T09:30:00", "2025-11-14T25:00Z", "yesterday", "2025-1-1"]) {
      expect(linesOf(() => parseResult({ ...minimalResult, updatedAt: bad }))[0]).toMatch(/^updatedAt: expected an ISO 8601 date/);
    }
  });

  it("checks language tags by shape", () => {
    for (const ok of ["en", "zh", "zh-Hans-CN", "en-US"]) expect(parseResult({ ...minimalResult, language: ok }).language).toBe(ok);
    for (const bad of ["english", "", "e", "en_US", "zh-", 3]) {
      expect(linesOf(() => parseResult({ ...minimalResult, language: bad }))[0]).toMatch(/^language: expected a language tag/);
    }
  });

  it("rejects a non-plain meta and quotes odd unknown keys", () => {
    expect(linesOf(() => parseResult({ ...minimalResult, meta: [1], "my key": 1 }))).toEqual([
      '["my key"]: unknown key; known keys: id, title, summary, keywords, disciplines, trl, institution, ipStatus, seeking, region, language, updatedAt, meta',
      "meta: expected a plain object, got an array",
    ]);
  });

  it("does not treat inherited members as data and rejects __proto__ keys", () => {
    const parsed = JSON.parse('{"id":"r1","title":"t","summary":"s","__proto__":{"trl":3}}') as unknown;
    expect(linesOf(() => parseResult(parsed))).toEqual([
      "__proto__: unknown key; known keys: id, title, summary, keywords, disciplines, trl, institution, ipStatus, seeking, region, language, updatedAt, meta",
    ]);
  });

  it("caps the problem list and counts the rest", () => {
    const input: Record<string, unknown> = { ...minimalResult };
    for (let i = 0; i < 250; i++) input[`extra${i}`] = i;
    const lines = linesOf(() => parseResult(input));
    expect(lines).toHaveLength(SCHEMA_LIMITS.problemCount + 1);
    expect(lines.at(-1)).toBe("... and 150 more problems not listed");
  });
});

describe("parseDemand", () => {
  it("accepts a minimal record and every record of examples/data/demands.json", () => {
    expect(parseDemand(minimalDemand)).toEqual(minimalDemand);
    expect(parseDemand(sampleDemands[0])).toEqual(sampleDemands[0]);
    expect(parseDemands(sampleDemands)).toEqual(sampleDemands);
  });

  it("reports six problems of one object as six paths", () => {
    const lines = linesOf(() =>
      parseDemand({
        id: "d1",
        title: 3,
        description: "ok",
        industry: ["energy", null],
        minTrl: 0,
        budget: { amount: Number.NaN, currency: "eur" },
        deadline: "2027-02-30",
      }),
    );
    expect(lines).toEqual([
      "title: expected a non-empty string, got the number 3",
      "industry[1]: expected a non-empty string, got null",
      "minTrl: expected an integer from 1 to 9, got the number 0",
      "budget.amount: expected a finite number >= 0, got NaN",
      'budget.currency: expected a 3-letter uppercase currency code such as "EUR", got the string "eur"',
      'deadline: expected an ISO 8601 date "YYYY-MM-DD" or date-time with zone such as "2025-11-14T09:30:00Z", got the string "2027-02-30"',
    ]);
  });

  it("checks the budget shape and hints at result-only keys", () => {
    expect(linesOf(() => parseDemand({ ...minimalDemand, budget: 5000, summary: "x" }))).toEqual([
      'summary: unknown key; did you mean "description"?',
      "budget: expected an object { amount, currency }, got the number 5000",
    ]);
    expect(linesOf(() => parseDemand({ ...minimalDemand, fields: ["energy"], disciplines: ["energy"] }))).toEqual([
      'fields: unknown key; did you mean "industry"?',
      'disciplines: unknown key; did you mean "industry"?',
    ]);
    expect(linesOf(() => parseDemand({ ...minimalDemand, budget: { amout: 1, currency: "USD" } }))).toEqual([
      'budget.amout: unknown key; did you mean "amount"?',
      "budget.amount: required",
    ]);
    expect(parseDemand({ ...minimalDemand, budget: { amount: 0, currency: "CNY" } }).budget).toEqual({ amount: 0, currency: "CNY" });
  });
});

describe("parseResults / parseDemands", () => {
  it("prefixes paths with the record index and reports duplicate ids", () => {
    const records = [minimalResult, { ...minimalResult, id: "r2", keywords: [1] }, 42, { ...minimalResult, trl: 99 }];
    expect(linesOf(() => parseResults(records))).toEqual([
      "[1].keywords[0]: expected a non-empty string, got the number 1",
      "[2]: expected a result object, got the number 42",
      "[3].trl: expected an integer from 1 to 9, got the number 99",
      '[3].id: duplicate id "r1" (first at [0])',
    ]);
  });

  it("reports duplicates in demands and rejects non-arrays", () => {
    const twice = [minimalDemand, { ...minimalDemand, id: "d2" }, minimalDemand];
    expect(linesOf(() => parseDemands(twice))).toEqual(['[2].id: duplicate id "d1" (first at [0])']);
    expect(linesOf(() => parseDemands({ demands: [] }))).toEqual(["expected an array of demands, got an object"]);
    expect(linesOf(() => parseResults(null))).toEqual(["expected an array of results, got null"]);
    expect(parseResults([])).toEqual([]);
  });
});

describe("properties", () => {
  const roundTrips = (parse: (x: unknown) => unknown) => (x: unknown) => {
    let value: unknown;
    try {
      value = parse(x);
    } catch (error) {
      // Any other error type would be a bug: garbage must always become a ValidationError.
      if (!(error instanceof ValidationError)) throw error;
      return;
    }
    expect(parse(value)).toEqual(value);
  };

  it("parseResult and parseDemand on arbitrary values return a re-parseable value or throws ValidationError", () => {
    fc.assert(fc.property(fc.anything(), roundTrips(parseResult)), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), roundTrips(parseResults)), { numRuns: 200 });
    fc.assert(fc.property(fc.anything(), roundTrips(parseDemand)), { numRuns: 200 });
  });

  it("the same holds for records that are close to valid", () => {
    // Mostly valid values with a sprinkling of wrong ones, so that both outcomes are exercised.
    const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
      fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
    const word = fc.string({ minLength: 1, maxLength: 8 }).filter((w) => w.trim() === w && w.trim() !== "");
    const wrong = fc.oneof(fc.constant(""), fc.integer(), fc.double(), fc.constant(null), fc.constant([]));
    const shared = {
      id: mostly(word, wrong),
      title: mostly(word, wrong),
      language: mostly(fc.constantFrom("en", "zh-Hans"), fc.constantFrom("en_US", "", "english")),
      meta: mostly(fc.object(), fc.array(fc.nat())),
    };
    const result = fc.record(
      {
        ...shared,
        summary: mostly(word, wrong),
        keywords: mostly(fc.array(word, { maxLength: 3 }), fc.array(wrong, { minLength: 1, maxLength: 2 })),
        trl: mostly(fc.integer({ min: 1, max: 9 }), fc.oneof(fc.integer({ min: -1, max: 11 }), fc.double())),
        ipStatus: mostly(fc.constantFrom("granted", "pending", "none", "unknown"), fc.constantFrom("patented", 1)),
        updatedAt: mostly(fc.constantFrom("2025-01-31", "2025-01-01T00:00:00Z"), fc.constantFrom("2025-02-31", "x")),
      },
      { requiredKeys: ["id", "title", "summary"] },
    );
    const demand = fc.record(
      {
        ...shared,
        description: mostly(word, wrong),
        minTrl: mostly(fc.integer({ min: 1, max: 9 }), wrong),
        budget: mostly(
          fc.record({ amount: fc.nat(), currency: fc.constantFrom("EUR", "CNY") }),
          fc.record({ amount: fc.double(), currency: fc.constantFrom("eur", "") }),
        ),
        deadline: mostly(fc.constant("2027-09-30"), fc.constant("2027-09-31")),
      },
      { requiredKeys: ["id", "title", "description"] },
    );
    const outcomes = { parsed: 0, rejected: 0 };
    const count = (parse: (x: unknown) => unknown) => (x: unknown) => {
      roundTrips(parse)(x);
      try {
        parse(x);
        outcomes.parsed++;
      } catch {
        outcomes.rejected++;
      }
    };
    fc.assert(fc.property(result, count(parseResult)), { numRuns: 300 });
    fc.assert(fc.property(demand, count(parseDemand)), { numRuns: 300 });
    expect(outcomes.parsed).toBeGreaterThan(20);
    expect(outcomes.rejected).toBeGreaterThan(20);
  });
});
