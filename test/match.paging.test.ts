// Paging: `offset` gives exactly the slice of one long ranked list, explanations included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Matcher, LIMITS, type Match } from "../src/index.js";

const MAX_K = LIMITS.matchK;
import { problemPaths } from "./support/problemPaths.js";

const WORDS = ["graphene", "coating", "heat", "battery", "inverter", "silicon", "carbide", "cooling", "sensor", "brake", "disc", "cell"];
const pick = (seed: number, n: number): string => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13 + (seed >> 2)) % WORDS.length]).join(" ");

function matcher(): Matcher {
  const m = new Matcher({ bridges: {} }); // pinned: no bridges, so only paging is under test
  m.addResults(Array.from({ length: 80 }, (_, i) => ({ id: `r${String(i).padStart(2, "0")}`, title: pick(i, 3), summary: pick(i + 5, 8), trl: 1 + (i % 9) })));
  m.addDemands(Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, title: pick(i * 3, 2), description: pick(i + 1, 6), minTrl: 1 + (i % 9) })));
  return m;
}
const plain = (ms: readonly Match<unknown>[]): string => JSON.stringify(ms);

describe("paging with offset", () => {
  const m = matcher();
  it("each page equals the same slice of one long list, both ways (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 90 }), (d, k, offset) => {
        const long = m.matchDemand(`d${d}`, { k: 200 });
        expect(plain(m.matchDemand(`d${d}`, { k, offset }))).toBe(plain(long.slice(offset, offset + k)));
        const back = m.matchResult(`r${String(d).padStart(2, "0")}`, { k: 200 });
        expect(plain(m.matchResult(`r${String(d).padStart(2, "0")}`, { k, offset }))).toBe(plain(back.slice(offset, offset + k)));
      }),
      { numRuns: 60 },
    );
  });
  it("pages cover the list without gaps or repeats, and minScore cuts the same tail", () => {
    const long = m.matchDemand("d3", { k: 100 });
    expect(long.length).toBeGreaterThan(20);
    const pages = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((p) => m.matchDemand("d3", { k: 10, offset: p * 10 }));
    expect(plain(pages)).toBe(plain(long));
    const threshold = long[12].score;
    expect(plain(m.matchDemand("d3", { k: 10, offset: 10, minScore: threshold }))).toBe(plain(long.filter((x) => x.score >= threshold).slice(10, 20)));
    expect(m.matchAll({ k: 5, offset: 5 }).get("d3")).toEqual(long.slice(5, 10));
  });
  it("rejects a bad offset and a page past MAX_K, naming the field", () => {
    for (const offset of [-1, 1.5, Number.NaN, Infinity, "2"]) expect(problemPaths(() => m.matchDemand("d1", { offset: offset as number }))).toEqual(["offset"]);
    expect(problemPaths(() => m.matchResult("r01", { k: 10, offset: MAX_K - 9 }))).toEqual(["offset"]);
    expect(m.matchDemand("d1", { k: 10, offset: MAX_K - 10 })).toEqual([]);
    expect(problemPaths(() => m.matchAll({ k: 0, offset: -1 }))).toEqual(["k", "offset"]);
  });
});
