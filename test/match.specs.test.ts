import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { problemPaths } from "./support/problemPaths.js";
import { DEFAULT_SPEC_FIT, Matcher, ValidationError, createAnalyzer, explain, type Demand, type ResearchResult } from "../src/index.js";

// Pinned: explicit analyzer and bridges off, so other defaults changing cannot move these scores.
// Built-in bridges pinned off: these tests are about spec fit, not bridges (which would add the ADC acronym's terms).
const base = { analyzer: createAnalyzer(), bridges: { builtin: false } };

const ADC_DEMAND: Demand = { id: "d-adc", title: "高速模数转换芯片", description: "需要采样率不低于3GS/s、分辨率12位以上的模数转换芯片。" };
const ADC_MEETS: ResearchResult = { id: "r-b", title: "高速模数转换芯片", summary: "模数转换芯片采样率5GS/s，分辨率14位。" };
const ADC_MISSES: ResearchResult = { id: "r-a", title: "高速模数转换芯片", summary: "模数转换芯片采样率1GS/s，分辨率10位。" };
const ADC_SILENT: ResearchResult = { id: "r-c", title: "高速模数转换芯片", summary: "模数转换芯片，采样率高，分辨率高。" };

function adcMatcher(options: ConstructorParameters<typeof Matcher>[0] = {}): Matcher {
  const m = new Matcher({ ...base, ...options });
  m.addResults([ADC_MISSES, ADC_MEETS, ADC_SILENT]);
  m.addDemands([ADC_DEMAND]);
  return m;
}

describe("spec fit in the Matcher", () => {
  it("ranks the result that meets the specs first and explains each spec", () => {
    const ms = adcMatcher().matchDemand("d-adc");
    expect(ms[0].id).toBe("r-b");
    const meets = ms.find((x) => x.id === "r-b")!;
    const misses = ms.find((x) => x.id === "r-a")!;
    const silent = ms.find((x) => x.id === "r-c")!;
    expect(meets.explanation.specs.map((c) => c.status)).toEqual(["met", "met"]);
    expect(misses.explanation.specs.map((c) => c.status)).toEqual(["unmet", "unmet"]);
    expect(silent.explanation.specs.map((c) => c.status)).toEqual(["unknown", "unknown"]);
    expect(meets.explanation.parts.specFit).toBe(1);
    expect(misses.explanation.parts.specFit).toBeCloseTo(DEFAULT_SPEC_FIT.unmet ** 2, 12);
    expect(silent.explanation.parts.specFit).toBeCloseTo(DEFAULT_SPEC_FIT.unknown ** 2, 12);
    for (const x of ms) expect(x.score).toBeCloseTo(x.explanation.parts.text * x.explanation.parts.readinessFit * x.explanation.parts.specFit, 12);
    expect(explain(meets)).toContain("Specs: needs ≥ 3 GS/s (sampling rate); offers 5 GS/s: met; needs ≥ 12 bit (resolution); offers 14 bit: met.");
    expect(explain(silent)).toContain("needs ≥ 3 GS/s (sampling rate); not stated");
    expect(explain(misses)).toMatch(/x specs 0\.25\b/);
  });
  it("drops nothing: the spec-missing result stays in the list, below", () => {
    const ids = adcMatcher().matchDemand("d-adc").map((x) => x.id);
    expect(ids).toEqual(["r-b", "r-c", "r-a"]);
  });
  it("changes nothing when turned off", () => {
    const off = adcMatcher({ specs: false }).matchDemand("d-adc");
    for (const x of off) {
      expect(x.explanation.parts.specFit).toBe(1);
      expect(x.explanation.specs).toEqual([]);
      expect(x.score).toBe(x.explanation.parts.text * x.explanation.parts.readinessFit);
    }
    expect(explain(off[0])).not.toContain("Specs:");
  });
  it("takes configured factors", () => {
    const ms = adcMatcher({ specs: { unmet: 0.9, unknown: 0.5, floor: 0 } }).matchDemand("d-adc");
    expect(ms.find((x) => x.id === "r-a")!.explanation.parts.specFit).toBeCloseTo(0.81, 12);
    expect(ms.find((x) => x.id === "r-c")!.explanation.parts.specFit).toBeCloseTo(0.25, 12);
  });
  it("rejects bad factors with the caller's path, and unknown keys", () => {
    const bad = (specs: unknown) => () => new Matcher({ specs: specs as never });
    expect(bad({ unmet: 2 })).toThrow(ValidationError);
    expect(problemPaths(bad({ unmet: 2, unknown: Number.NaN }))).toEqual(["specs.unmet", "specs.unknown"]);
    expect(problemPaths(bad({ unmett: 0.5 }))).toEqual(["specs.unmett"]);
    expect(problemPaths(bad("yes"))).toEqual(["specs"]);
  });
  it("works both ways: matchResult shows which demand specs the result satisfies", () => {
    const m = adcMatcher();
    const [top] = m.matchResult("r-b");
    expect(top.id).toBe("d-adc");
    expect(top.explanation.specs.map((c) => [c.need.unit, c.status, c.offer?.value])).toEqual([["GS/s", "met", 5], ["bit", "met", 14]]);
    expect(m.matchResult("r-a")[0].explanation.specs.map((c) => c.status)).toEqual(["unmet", "unmet"]);
  });
  it("re-reads specs when a record is updated", () => {
    const m = adcMatcher();
    m.updateResult({ ...ADC_MISSES, summary: "模数转换芯片采样率6GS/s，分辨率16位。" });
    expect(m.resultSpecs("r-a").map((s) => s.value)).toEqual([6, 16]);
    expect(m.matchDemand("d-adc").find((x) => x.id === "r-a")!.explanation.parts.specFit).toBe(1);
    m.updateDemand({ ...ADC_DEMAND, description: "需要采样率不低于8GS/s的模数转换芯片。" });
    expect(m.demandSpecs("d-adc").map((s) => s.value)).toEqual([8]);
  });
  it("compares operating ranges by cover, and named quantities only with their own kind", () => {
    const m = new Matcher(base);
    m.addResults([
      { id: "wide", title: "power chip", summary: "operates from -55 °C to 150 °C" },
      { id: "narrow", title: "power chip", summary: "operates from 0 °C to 70 °C" },
    ]);
    const ms = m.matchDemand({ id: "q", title: "power chip", description: "operating temperature -40~125℃" });
    expect(ms.map((x) => [x.id, x.explanation.specs[0].status])).toEqual([["wide", "met"], ["narrow", "unmet"]]);
    // power consumption (family power) is compared with power; a voltage is never compared with a power
    const p = new Matcher(base);
    p.addResults([{ id: "r", title: "sensor module", summary: "output voltage 3 V, power 1.5 W" }]);
    const [hit] = p.matchDemand({ id: "q", title: "sensor module", description: "功耗不超过2W" });
    expect(hit.explanation.specs[0]).toMatchObject({ status: "met", offer: { unit: "W", value: 1.5 } });
  });
  it("never yields NaN or an infinite score on absurd numbers", () => {
    const m = new Matcher(base);
    m.addResults([
      { id: "a", title: "absurd module", summary: "1e308 V, NaN V, −0 ℃, 1e-308 W, " + "9".repeat(400) + " V" },
      { id: "b", title: "absurd module", summary: "-1e308 V to 1e308 V" },
    ]);
    for (const description of ["at least 1e308 V and −0 ℃", "NaN V", "≤ 1e-308 W", "between -1e308 and 1e308 V"]) {
      for (const x of m.matchDemand({ id: "q", title: "absurd module", description })) {
        expect(Number.isFinite(x.score), description).toBe(true);
        expect(Number.isFinite(x.explanation.parts.specFit)).toBe(true);
      }
    }
  });
});

describe("the spec ranking set (bench/data/specs/ranking.json)", () => {
  interface Pair { id: string; demand: { title: string; description: string }; meets: { title: string; summary: string }; misses: { title: string; summary: string } }
  const pairs = JSON.parse(readFileSync(new URL("../bench/data/specs/ranking.json", import.meta.url), "utf8")) as Pair[];
  // The missing result gets the smaller id, so a tie in score favours it: only specs can put `meets` first.
  const build = (specs?: false): Matcher => {
    const m = new Matcher({ ...base, ...(specs === false ? { specs } : {}) });
    m.addResults(pairs.flatMap((p) => [{ id: `${p.id}-1misses`, ...p.misses }, { id: `${p.id}-2meets`, ...p.meets }]));
    m.addDemands(pairs.map((p) => ({ id: p.id, ...p.demand })));
    return m;
  };
  const wins = (m: Matcher): number =>
    pairs.filter((p) => {
      const ids = m.matchDemand(p.id, { k: 100 }).map((x) => x.id);
      const a = ids.indexOf(`${p.id}-2meets`);
      const b = ids.indexOf(`${p.id}-1misses`);
      return a >= 0 && (b < 0 || a < b);
    }).length;
  it("puts the spec-meeting result first in at least 95% of pairs, and not by accident", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    expect(wins(build()) / pairs.length).toBeGreaterThanOrEqual(0.95);
    expect(wins(build(false)) / pairs.length).toBeLessThan(0.5);
  });
});
