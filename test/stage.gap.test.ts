import { describe, expect, it } from "vitest";
import { problemPaths } from "./support/problemPaths.js";
import type { Demand, ResearchResult } from "../src/schema/types.js";
import { DEFAULT_SUPPORT_KINDS, stageGap } from "../src/index.js";
import { crossesMiddleStage, supportNeededBetween } from "../src/stage/stageGap.js";

const result = (trl?: number): ResearchResult => ({ id: "r", title: "t", summary: "s", ...(trl === undefined ? {} : { trl }) });
const demand = (minTrl?: number): Demand => ({ id: "d", title: "t", description: "d", ...(minTrl === undefined ? {} : { minTrl }) });
const ids = (kinds: readonly { id: string }[]) => kinds.map((k) => k.id);

describe("stageGap", () => {
  it("crosses the valley from lab to industrial sample", () => {
    const g = stageGap(result(3), demand(7));
    expect(g.levels).toBe(4);
    expect(g.fromStage).toBe("lab");
    expect(g.toStage).toBe("sample");
    expect(g.stagesCrossed).toEqual(["pilot", "sample"]);
    expect(g.crossesMiddle).toBe(true);
    expect(ids(g.supportNeeded)).toEqual(["proof-of-concept-funding", "pilot-funding", "pilot-site", "manufacturing-partner"]);
  });
  it("counts leaving the middle stage as crossing it", () => {
    const g = stageGap(result(6), demand(8));
    expect(g.stagesCrossed).toEqual(["sample"]);
    expect(g.crossesMiddle).toBe(true);
    expect(ids(g.supportNeeded)).toEqual(["pilot-funding", "certification", "manufacturing-partner"]);
  });
  it("needs nothing when the result is already ready", () => {
    const g = stageGap(result(8), demand(6));
    expect(g.levels).toBe(-2);
    expect(g.stagesCrossed).toEqual([]);
    expect(g.crossesMiddle).toBe(false);
    expect(g.supportNeeded).toEqual([]);
    expect(stageGap(result(5), demand(5)).levels).toBe(0);
  });
  it("stays inside the pilot band without crossing another stage", () => {
    const g = stageGap(result(4), demand(6));
    expect(g.stagesCrossed).toEqual([]);
    expect(g.crossesMiddle).toBe(true); // moving through pilot levels 5-6
    expect(ids(g.supportNeeded)).toEqual(["pilot-funding", "pilot-site"]);
  });
  it("leaves the gap open when a level is unknown", () => {
    const g = stageGap(result(), demand(6));
    expect(g.levels).toBeUndefined();
    expect(g.toStage).toBe("pilot");
    expect(g.supportNeeded).toEqual([]);
  });
  it("accepts overridden support kinds and bands", () => {
    const kinds = [{ id: "cert", label: "certification", description: "type approval", minTrl: 7, maxTrl: 9 }];
    expect(ids(stageGap(result(5), demand(7), { supportKinds: kinds }).supportNeeded)).toEqual(["cert"]);
    const bands = [
      { id: "lab", label: "lab", minTrl: 1, maxTrl: 4 },
      { id: "pilot", label: "pilot", minTrl: 5, maxTrl: 7, middle: true },
      { id: "market", label: "market", minTrl: 8, maxTrl: 9 },
    ];
    expect(stageGap(result(4), demand(8), { bands }).stagesCrossed).toEqual(["pilot", "market"]);
    expect(crossesMiddleStage(8, 9, bands)).toBe(false);
  });
  it("documents every default support kind", () => {
    for (const k of DEFAULT_SUPPORT_KINDS) {
      expect(k.description.length).toBeGreaterThan(20);
      expect(k.minTrl).toBeLessThanOrEqual(k.maxTrl);
    }
    expect(supportNeededBetween(5, 5)).toEqual([]);
  });
  it("rejects bad levels and options with paths", () => {
    const paths = problemPaths;
    expect(paths(() => stageGap(result(0), demand(10)))).toEqual(["result.trl", "demand.minTrl"]);
    expect(paths(() => stageGap(null as unknown as ResearchResult, demand(3)))).toEqual(["result"]);
    expect(paths(() => stageGap(result(3), demand(5), { supportKinds: [{ id: "", label: "x", description: "y", minTrl: 5, maxTrl: 2 }] }))).toEqual([
      "options.supportKinds[0].id",
      "options.supportKinds[0].maxTrl",
    ]);
  });
});
