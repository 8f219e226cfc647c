import { describe, expect, it } from "vitest";
import { problemPaths } from "./support/problemPaths.js";
import { ValidationError } from "../src/errors/errors.js";
import type { Demand, ResearchResult } from "../src/schema/types.js";
import { analyzePortfolio, firstInvestmentShortlist, type DemandPullSource, type Support } from "../src/index.js";

// A hand-checked portfolio; expected figures are worked out in the comments.
const results: ResearchResult[] = [
  { id: "rA", title: "A", summary: "", trl: 2, updatedAt: "2025-12-01" }, // lab, 31 days
  { id: "rB", title: "B", summary: "", trl: 4, updatedAt: "2023-01-01", seeking: ["pilot-site"] }, // pilot (TRL 4 rule), 1096 days
  {
    id: "rC", title: "C", summary: "", trl: 5, updatedAt: "2025-06-01", // history wins: pilot since 2024-01-01, 731 days
    meta: { history: [{ date: "2022-01-01", trl: 3 }, { date: "2024-01-01", trl: 4 }, { date: "2025-01-01", trl: 5 }] },
  },
  { id: "rD", title: "D", summary: "", trl: 6, updatedAt: "2025-10-01" }, // pilot, 92 days
  { id: "rE", title: "E", summary: "", trl: 8, updatedAt: "2020-01-01" }, // sample, 2192 days
  { id: "rF", title: "F", summary: "", trl: 9, updatedAt: "2019-01-01" }, // production: never stalled
  { id: "rG", title: "G", summary: "已建成中试线。" }, // inferred TRL 6, no date
  { id: "rH", title: "H", summary: "A new polymer." }, // unknown
];
const supports: Support[] = [
  { id: "S1", name: "grant", kind: "program", minTrl: 1, maxTrl: 3, budget: { amount: 300, currency: "EUR" } },
  { id: "S2", name: "pilot base", kind: "pilot-base", minTrl: 6, maxTrl: 7 },
  { id: "S3", name: "first-investment fund", kind: "fund", minTrl: 4, maxTrl: 8, budget: { amount: 500, currency: "CNY" } },
];
const demands: Demand[] = [
  { id: "d1", title: "", description: "", minTrl: 6 },
  { id: "d2", title: "", description: "", minTrl: 7 },
  { id: "d3", title: "", description: "" },
];
const fakeMatches: Record<string, { id: string; strength: number }[]> = {
  // d3 is below the default pullMinStrength (0.2): a weak match is noise, not pull
  rB: [{ id: "d1", strength: 0.5 }, { id: "d2", strength: 0.25 }, { id: "d3", strength: 0.1 }],
  rC: [{ id: "d1", strength: 0.9 }],
  rD: [{ id: "dX", strength: 0.75 }, { id: "d2", strength: 0.25 }], // dX is not in the demand list: ignored
};
class FakePull implements DemandPullSource {
  readonly calls: { k?: number; minStrength?: number }[] = [];
  matchResult(result: ResearchResult, options: { k?: number; minStrength?: number }) {
    this.calls.push(options);
    return fakeMatches[result.id] ?? [];
  }
}
const now = "2026-01-01";

describe("analyzePortfolio", () => {
  const matcher = new FakePull();
  const a = analyzePortfolio(results, { supports, demands, matcher, now });

  it("counts results per stage and level", () => {
    expect(a.total).toBe(8);
    expect(a.unknown).toEqual(["rH"]);
    expect(a.stages.map((s) => [s.band.id, s.count])).toEqual([["lab", 1], ["pilot", 4], ["sample", 1], ["production", 1]]);
    expect(a.stages[1].share).toBeCloseTo(4 / 7, 10);
    expect(a.stages[1].resultIds).toEqual(["rB", "rC", "rD", "rG"]);
    expect(a.resultsPerLevel).toEqual([0, 1, 0, 1, 1, 2, 0, 1, 1]);
    const g = a.results.find((r) => r.id === "rG")!;
    expect(g.inferred).toBe(true);
    expect(g.trl).toBe(6);
    expect(g.confidence).toBeGreaterThan(0);
  });
  it("maps supports onto stages and finds the funding gap", () => {
    expect(a.supportsPerLevel).toEqual([1, 1, 1, 1, 1, 2, 2, 1, 0]);
    expect(a.uncoveredLevels).toEqual([9]);
    expect(a.uncoveredStages).toEqual([{ stage: "production", levels: [9] }]);
    const cov = Object.fromEntries(a.coverage.map((c) => [c.band.id, c]));
    expect(cov.lab.supportIds).toEqual(["S1"]);
    expect(cov.lab.budget).toEqual({ EUR: 300 });
    expect(cov.pilot.supportIds).toEqual(["S2", "S3"]);
    expect(cov.pilot.budget).toEqual({ CNY: 300 }); // 500 over TRL 4-8 is 100 a level; pilot holds 4, 5, 6
    expect(cov.sample.budget).toEqual({ CNY: 200 });
    expect(cov.production.supportIds).toEqual([]);
  });
  it("finds stalled results from history or updatedAt, longest first", () => {
    expect(a.stalled.map((s) => [s.id, s.daysInStage])).toEqual([["rE", 2192], ["rB", 1096], ["rC", 731]]);
    expect(a.results.find((r) => r.id === "rD")!.daysInStage).toBe(92);
    expect(a.results.find((r) => r.id === "rF")!.stalled).toBe(false);
    const perStage = analyzePortfolio(results, { supports, now, stallDays: { pilot: 1000 } });
    expect(perStage.stalled.map((s) => s.id)).toEqual(["rE", "rB"]);
  });
  it("computes demand pull through the matcher, restricted to the given demands", () => {
    const pull = Object.fromEntries(a.results.map((r) => [r.id, r.pull]));
    expect(pull.rB).toEqual({ matches: 2, topStrength: 0.5, totalStrength: 0.75, demandIds: ["d1", "d2"], levelsShort: 2, nearestDemandTrl: 6 });
    expect(pull.rC).toMatchObject({ matches: 1, topStrength: 0.9, levelsShort: 1 });
    expect(pull.rD).toMatchObject({ matches: 1, topStrength: 0.25, demandIds: ["d2"], levelsShort: 1 });
    expect(pull.rG).toMatchObject({ matches: 0 });
    expect(a.hasPull).toBe(true);
    expect(matcher.calls[0]).toEqual({ k: 20, minStrength: 0.2 });
    const all = analyzePortfolio(results, { supports, demands, matcher: new FakePull(), now, pullMinStrength: 0 });
    expect(all.results.find((r) => r.id === "rB")!.pull!.demandIds).toEqual(["d1", "d2", "d3"]);
  });
  it("counts every demand the matcher returns when no demand list is given", () => {
    const c = analyzePortfolio(results, { supports, matcher: new FakePull(), now });
    const d = c.results.find((r) => r.id === "rD")!.pull!;
    expect(d).toEqual({ matches: 2, topStrength: 0.75, totalStrength: 1, demandIds: ["dX", "d2"] });
  });
  it("works without demands", () => {
    const b = analyzePortfolio(results, { supports, now });
    expect(b.hasPull).toBe(false);
    expect(b.results.every((r) => r.pull === undefined)).toBe(true);
    expect(analyzePortfolio(results, { supports, now, inferMissing: false }).unknown).toEqual(["rG", "rH"]);
  });
  it("rejects bad input with paths, listing every problem", () => {
    const paths = problemPaths;
    expect(paths(() => analyzePortfolio([{ id: "x", title: "", summary: "", trl: 11 }, { id: "x", title: "", summary: "" }], { supports }))).toEqual([
      "results[0].trl",
      "results[1].id",
    ]);
    expect(paths(() => analyzePortfolio(results, { supports: [{ id: "s", name: "n", kind: "fund", minTrl: 5, maxTrl: 3, budget: { amount: -1, currency: "" } }] }))).toEqual([
      "options.supports[0].budget.amount",
      "options.supports[0].budget.currency",
      "options.supports[0].maxTrl",
    ]);
    expect(paths(() => analyzePortfolio(results, { supports, demands }))).toEqual(["options.matcher"]);
    expect(paths(() => analyzePortfolio(results, { supports, now: "soon", stallDays: -3 }))).toEqual(["options.now", "options.stallDays"]);
    const badHistory: ResearchResult[] = [{ id: "z", title: "", summary: "", trl: 5, meta: { history: [{ date: "x", trl: 5 }] } }];
    expect(paths(() => analyzePortfolio(badHistory, { supports, now }))).toEqual(["results[0].meta.history[0].date"]);
    // Dates and currencies follow the record schemas; a bad history is listed with every other problem.
    const loose: ResearchResult[] = [
      { id: "y", title: "", summary: "", trl: 5, updatedAt: "hello 2020" },
      { id: "w", title: "", summary: "", trl: 11, meta: { history: [{ date: "2025-02-30", trl: 5 }] } },
    ];
    expect(paths(() => analyzePortfolio(loose, { supports: [{ id: "s", name: "n", kind: "fund", minTrl: 1, maxTrl: 3, budget: { amount: 1, currency: "eur" } }], now }))).toEqual([
      "results[0].updatedAt",
      "results[1].trl",
      "results[1].meta.history[0].date",
      "options.supports[0].budget.currency",
    ]);
    expect(paths(() => analyzePortfolio(null as unknown as ResearchResult[], null as unknown as { supports: Support[] }))).toEqual(["results", "options"]);
  });
});

describe("firstInvestmentShortlist", () => {
  const a = analyzePortfolio(results, { supports, demands, matcher: new FakePull(), now });

  it("ranks middle-stage results by pull, closeness and stall risk", () => {
    // pull = 0.5 * matches / most matches + 0.5 * best strength:
    // rC: 0.5*(0.25 + 0.45) + 0.25*0.8 + 0.25*1 = 0.8; rB: 0.5*(0.5 + 0.25) + 0.25*0.6 + 0.25*1 = 0.775;
    // rD: 0.5*(0.25 + 0.125) + 0.25*0.8 + 0.25*(92/540) = 0.430; rG: 0 + 0.25*0.8 + 0 = 0.2
    const list = firstInvestmentShortlist(a);
    expect(list.map((e) => [e.id, e.score])).toEqual([["rC", 0.8], ["rB", 0.775], ["rD", 0.43], ["rG", 0.2]]);
    expect(list.map((e) => e.rank)).toEqual([1, 2, 3, 4]);
    const b = list[1];
    expect(b.levelsShort).toBe(2);
    expect(b.contributions.pull + b.contributions.closeness + b.contributions.stall).toBeCloseTo(b.score, 2);
    expect(b.reasons.join("\n")).toMatch(/pulled by 2 demands/);
    expect(b.reasons.join("\n")).toMatch(/2 levels short of the closest matching demand \(needs TRL 6\)/);
    expect(b.reasons.join("\n")).toMatch(/over the 540-day stall threshold/);
    expect(b.reasons.join("\n")).toMatch(/seeks pilot-site/);
    expect(list[3].reasons.join("\n")).toMatch(/inferred from the text/);
  });
  it("follows the weights, breaks ties by id, and respects limit and stages", () => {
    const pullOnly = firstInvestmentShortlist(a, { weights: { pull: 1, closeness: 0, stall: 0 } });
    expect(pullOnly.map((e) => e.id)).toEqual(["rB", "rC", "rD", "rG"]); // rB 0.75, rC 0.7
    expect(firstInvestmentShortlist(a, { limit: 2 }).map((e) => e.id)).toEqual(["rC", "rB"]);
    expect(firstInvestmentShortlist(a, { stages: ["sample"] }).map((e) => e.id)).toEqual(["rE"]);
  });
  it("rejects bad options", () => {
    expect(() => firstInvestmentShortlist(a, { limit: 0 })).toThrow(ValidationError);
    expect(() => firstInvestmentShortlist(a, { weights: { pull: -1 } })).toThrow(ValidationError);
    expect(() => firstInvestmentShortlist({} as never)).toThrow(ValidationError);
  });
});
