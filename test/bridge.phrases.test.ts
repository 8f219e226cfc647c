import { describe, expect, it } from "vitest";
import { LexiconIndex } from "../src/bridge/lexiconIndex.js";
import { findHanPhrases } from "../src/bridge/hanPhrases.js";
import { analyze } from "../src/text/analyzer.js";

const concept = (id: string, texts: string[]) => ({ id, expressions: texts.map((text) => ({ text })) });
const lexicon = {
  version: 1 as const,
  concepts: [
    concept("cold-battery", ["低温", "低温电池", "cold weather battery"]),
    concept("thermal", ["热管理", "thermal management"]),
    concept("fertiliser", ["化肥减量", "肥料", "less fertiliser"]),
    concept("cadmium", ["镉", "cadmium"]),
    concept("heat-pump", ["heat pump", "热泵"]),
    concept("li-ion", ["lithium-ion battery", "锂离子电池"]),
  ],
};
const index = new LexiconIndex(lexicon, analyze);
const concepts = (text: string): string[] => index.lookup(analyze(text), text).map((h) => h.conceptId);

describe("lexicon expressions match as phrases", () => {
  it("a two-character expression does not match across a word boundary (降低|温度)", () => {
    expect(concepts("需要降低温度")).not.toContain("cold-battery");
    expect(concepts("电池低温性能差")).toContain("cold-battery");
  });

  it("a three-character expression does not match when its characters are apart", () => {
    expect(concepts("热管 散热器 管理系统")).not.toContain("thermal");
    expect(concepts("电池热管理系统")).toContain("thermal");
  });

  it("a fertiliser expression is not found inside 减肥药", () => {
    expect(concepts("减肥药")).toEqual([]);
    expect(concepts("化肥减量增效")).toContain("fertiliser");
  });

  it("a one-character expression matches where it stands as a word", () => {
    expect(concepts("大米镉超标")).toContain("cadmium");
  });

  it("English expressions match as contiguous runs of terms, in order", () => {
    expect(concepts("a heat pump for drying")).toContain("heat-pump");
    expect(concepts("pump the heat out")).not.toContain("heat-pump");
    expect(concepts("heat exchanger and pump")).not.toContain("heat-pump");
    expect(concepts("lithium ion batteries")).toContain("li-ion");
    expect(concepts("lithium-ion batteries")).toContain("li-ion");
  });

  it("without the query text, Chinese expressions fall back to runs of analysed terms", () => {
    expect(index.lookup(analyze("热泵干燥")).map((h) => h.conceptId)).toContain("heat-pump");
  });

  it("finds Han phrases in linear time on a long run", () => {
    const text = "低".repeat(200_000);
    const found = findHanPhrases(text, new Set(["低低低"]), 3, true);
    expect(found.length).toBe(Math.floor(200_000 / 3));
  });

  // Compiled outside the timed test: only `lookup` is under the timeout (the old one took seconds here).
  const n = 40_000;
  const expressions = Array.from({ length: n }, (_, i) => `w${i}`);
  const big = new LexiconIndex({ version: 1, concepts: [concept("big", expressions)] }, (t) => t.split(" "));
  it("lookup is not quadratic in the number of expressions of one concept", { timeout: 1500 }, () => {
    const query = expressions.slice(0, n / 2);
    const hits = big.lookup(query);
    expect(hits).toHaveLength(1);
    expect(hits[0].targets).toHaveLength(n / 2);
  });
});
