import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors/errors.js";
import {
  DEFAULT_STAGE_BANDS,
  MRL_LEVELS,
  TRL_LEVELS,
  mrlForTrl,
  stageOf,
  stagesBetween,
  type StageBand,
} from "../src/index.js";
import { levelsOf, validateBands } from "../src/stage/stageBands.js";

function problemsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return [...(e as ValidationError).problems];
  }
  throw new Error("expected a ValidationError");
}

describe("TRL and MRL scales", () => {
  it("has nine TRLs in order with the Horizon 2020 short definitions", () => {
    expect(TRL_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(TRL_LEVELS[0].definition).toBe("basic principles observed");
    expect(TRL_LEVELS[2].definition).toBe("experimental proof of concept");
    expect(TRL_LEVELS[3].definition).toBe("technology validated in lab");
    expect(TRL_LEVELS[7].definition).toBe("system complete and qualified");
    expect(TRL_LEVELS.every((l) => l.definitionZh.length > 0)).toBe(true);
  });
  it("maps MRL 1-10 alongside", () => {
    expect(MRL_LEVELS).toHaveLength(10);
    expect(mrlForTrl(6)).toBe(6);
    expect(mrlForTrl(9)).toBe(9);
    expect(mrlForTrl(0)).toBeUndefined();
    expect(mrlForTrl(4.5)).toBeUndefined();
  });
});

describe("stage bands", () => {
  it("puts each level in the latest band that contains it (TRL 4 counts as pilot)", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((l) => stageOf(l).id)).toEqual([
      "lab", "lab", "lab", "pilot", "pilot", "pilot", "sample", "sample", "production",
    ]);
    expect(levelsOf("lab")).toEqual([1, 2, 3]);
    expect(levelsOf("pilot")).toEqual([4, 5, 6]);
    expect(stageOf(5).middle).toBe(true);
  });
  it("lists the stages entered between two levels", () => {
    expect(stagesBetween(3, 7).map((b) => b.id)).toEqual(["pilot", "sample"]);
    expect(stagesBetween(4, 6).map((b) => b.id)).toEqual([]);
    expect(stagesBetween(2, 9).map((b) => b.id)).toEqual(["pilot", "sample", "production"]);
    expect(stagesBetween(7, 3)).toEqual([]);
  });
  it("accepts the alternative 5-7 pilot convention", () => {
    const alt: StageBand[] = [
      { id: "lab", label: "lab", minTrl: 1, maxTrl: 4 },
      { id: "pilot", label: "pilot", minTrl: 5, maxTrl: 7, middle: true },
      { id: "sample", label: "sample", minTrl: 7, maxTrl: 8 },
      { id: "production", label: "production", minTrl: 9, maxTrl: 9 },
    ];
    expect(stageOf(4, alt).id).toBe("lab");
    expect(stageOf(7, alt).id).toBe("sample");
    expect(stagesBetween(4, 6, alt).map((b) => b.id)).toEqual(["pilot"]);
  });
  it("rejects gaps, deep overlaps, out-of-range edges and duplicates, naming the path", () => {
    const gap = problemsOf(() => validateBands([{ id: "a", label: "", minTrl: 1, maxTrl: 3 }, { id: "b", label: "", minTrl: 5, maxTrl: 9 }]));
    expect(gap[0].path).toBe("bands[1].minTrl");
    expect(gap[0].message).toMatch(/gap/);
    const overlap = problemsOf(() => validateBands([{ id: "a", label: "", minTrl: 1, maxTrl: 5 }, { id: "b", label: "", minTrl: 3, maxTrl: 9 }]));
    expect(overlap[0].path).toBe("bands[1].minTrl");
    expect(overlap[0].message).toMatch(/overlaps/);
    const range = problemsOf(() => validateBands([{ id: "a", label: "", minTrl: 0, maxTrl: 10 }]));
    expect(range.map((p) => p.path)).toEqual(["bands[0].minTrl", "bands[0].maxTrl"]);
    const dup = problemsOf(() => validateBands([{ id: "a", label: "", minTrl: 1, maxTrl: 4 }, { id: "a", label: "", minTrl: 5, maxTrl: 9 }]));
    expect(dup[0].path).toBe("bands[1].id");
    const ends = problemsOf(() => validateBands([{ id: "a", label: "", minTrl: 2, maxTrl: 8 }]));
    expect(ends.map((p) => p.path)).toEqual(["bands[0].minTrl", "bands[0].maxTrl"]);
    expect(problemsOf(() => validateBands("lab"))[0].path).toBe("bands");
    expect(problemsOf(() => stageOf(10))[0].path).toBe("trl");
  });
  it("keeps the defaults valid and frozen", () => {
    expect(validateBands([...DEFAULT_STAGE_BANDS])).toHaveLength(4);
    expect(Object.isFrozen(DEFAULT_STAGE_BANDS)).toBe(true);
  });
});
