import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../src/index.js";
import { jsonSchemaErrors } from "./support/tinyJsonSchema.js";

const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(`../examples/data/${name}.json`, import.meta.url), "utf8"));

describe("jsonSchemas: generated from the same descriptions the library checks with", () => {
  const cases = [
    ["researchResult", "results"],
    ["demand", "demands"],
    ["support", "supports"],
  ] as const;
  for (const [schema, file] of cases) {
    it(`every record of examples/data/${file}.json passes jsonSchemas.${schema}`, () => {
      const records = sample(file) as unknown[];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(jsonSchemaErrors(jsonSchemas[schema], record)).toEqual([]);
    });
  }

  it("examples/data/lexicon.json passes jsonSchemas.lexicon", () => {
    expect(jsonSchemaErrors(jsonSchemas.lexicon, sample("lexicon"))).toEqual([]);
  });

  it("rejects what the library rejects: unknown keys, a bad TRL, a missing title, a blank id", () => {
    const [first] = sample("results") as Record<string, unknown>[];
    expect(jsonSchemaErrors(jsonSchemas.researchResult, { ...first, minTRL: 5 })).toEqual([".minTRL: additionalProperties"]);
    expect(jsonSchemaErrors(jsonSchemas.researchResult, { ...first, trl: 10 })).toEqual([".trl: anyOf"]);
    const { title: _title, ...untitled } = first;
    expect(jsonSchemaErrors(jsonSchemas.researchResult, untitled)).toEqual([".title: required"]);
    expect(jsonSchemaErrors(jsonSchemas.researchResult, { ...first, id: " " })).not.toEqual([]);
    const [demand] = sample("demands") as Record<string, unknown>[];
    expect(jsonSchemaErrors(jsonSchemas.demand, { ...demand, budget: { amount: 1, currency: "eur" } })).not.toEqual([]);
    expect(jsonSchemaErrors(jsonSchemas.support, { id: "s", name: "n", kind: "fund", minTrl: 0, maxTrl: 3 })).toEqual([".minTrl: minimum"]);
  });
});
