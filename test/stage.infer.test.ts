import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors/errors.js";
import { inferReadiness } from "../src/index.js";

const now = "2026-11-23";
const infer = (text: string) => inferReadiness(text, { now });
const polarities = (text: string) => infer(text).evidence.map((e) => `${e.phrase}:${e.polarity}`);

describe("inferReadiness, English", () => {
  it("reads achieved cues and takes the highest", () => {
    const r = infer("Proof of concept was shown in 2022; the device was then validated in the laboratory.");
    expect(r.trl).toBe(4);
    expect(r.band).toBe("pilot");
    expect(r.evidence.map((e) => e.trl)).toEqual([3, 4]);
    expect(r.confidence).toBeGreaterThan(0.4);
    expect(infer("Pouches are made on our pilot line for two customers.").trl).toBe(6);
    expect(infer("The cores are in mass production and sold to inverter makers.").trl).toBe(9);
  });
  it("treats negated cues as not reached", () => {
    const r = infer("The sensor has not yet been tested in the field.");
    expect(r.evidence[0].polarity).toBe("negated");
    expect(r.trl).toBe(6); // field testing (7) not reached: at most 6
    expect(r.confidence).toBeLessThan(0.4);
    expect(polarities("We haven't built a pilot plant yet.")).toEqual(["pilot plant:negated"]);
    expect(polarities("Field trials have not been run.")).toEqual(["Field trials:negated"]);
  });
  it("caps an achieved level below a negated cue at or under it", () => {
    expect(infer("A pilot line is running, but the pilot tests are not yet finished and mass production is not planned.").trl).toBeLessThanOrEqual(6);
    expect(infer("Validated in the lab. No pilot-scale run has been done.").trl).toBe(4);
  });
  it("treats plans, future years and potential as not reached", () => {
    const r = infer("Validated in the lab; plans for a pilot line in 2027.");
    expect(r.trl).toBe(4);
    expect(r.evidence.find((e) => e.phrase === "pilot line")?.polarity).toBe("planned");
    expect(polarities("A pilot line is planned for next year.")).toEqual(["pilot line:planned"]);
    expect(polarities("Mass production in 2028.")).toEqual(["Mass production:planned"]);
    expect(polarities("Mass production since 2021.")).toEqual(["Mass production:achieved"]);
    expect(infer("A pilot line is planned for next year.").trl).toBe(5);
    expect(polarities("We plan to build and validate a pilot line.")).toEqual(["pilot line:planned"]);
    expect(polarities("The coating is suitable for mass production.")).toEqual(["mass production:planned"]);
  });
  it("does not let a negation reach across a clause or far away", () => {
    expect(polarities("No cracking was seen, and the film was made on a pilot line.")).toEqual(["pilot line:achieved"]);
    expect(polarities("It showed no clonal dominance over sixty days in vivo.")).toEqual(["in vivo:achieved"]);
  });
  it("lets an explicit TRL statement win", () => {
    const r = infer("After field trials the system is at TRL 6.");
    expect(r.trl).toBe(6);
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.evidence.some((e) => e.explicit && e.phrase === "TRL 6")).toBe(true);
  });
  it("returns no level and zero confidence without cues", () => {
    expect(infer("A new polymer with a high glass transition temperature.")).toEqual({ confidence: 0, evidence: [] });
    expect(infer("")).toEqual({ confidence: 0, evidence: [] });
  });
});

describe("inferReadiness, Chinese", () => {
  it("reads the usual stage words", () => {
    expect(infer("已完成概念验证。").trl).toBe(3);
    expect(infer("目前已完成小试。").trl).toBe(4);
    expect(infer("已建成中试线，完成百公斤级放大。").trl).toBe(6);
    expect(infer("研制出工程样机，在用户现场试用。").trl).toBe(7);
    expect(infer("产品已实现量产，年销售收入过亿。").trl).toBe(9);
  });
  it("handles negation and plans", () => {
    const r = infer("已完成小试，正在进行中试，尚未量产。");
    expect(r.trl).toBe(6);
    expect(r.evidence.map((e) => `${e.phrase}:${e.polarity}`)).toEqual(["小试:achieved", "中试:achieved", "量产:negated"]);
    expect(polarities("拟开展中试。")).toEqual(["中试:planned"]);
    expect(polarities("计划2027年量产。")).toEqual(["量产:planned"]);
    expect(polarities("还没有进行中试。")).toEqual(["中试:negated"]);
    expect(infer("拟开展中试。实验室验证已完成。").trl).toBe(4);
    // 模拟 ("simulated") contains 拟 ("plan to") and must not turn the cue into a plan.
    const simulated = polarities("已在模拟工况的相关环境中完成验证");
    expect(simulated).toContain("相关环境:achieved");
    expect(simulated.every((p) => p.endsWith(":achieved"))).toBe(true);
  });
  it("prefers the longer phrase (工程样机 over 样机, 中试线 over 中试)", () => {
    expect(infer("工程样机").evidence.map((e) => e.phrase)).toEqual(["工程样机"]);
    expect(infer("中试线").evidence.map((e) => e.phrase)).toEqual(["中试线"]);
  });
  it("takes a stated stage as the level (仅, 阶段)", () => {
    expect(infer("目前处于概念验证阶段，实验室测试准确率88%。").trl).toBe(3);
    expect(infer("目前仅完成实验室小试，量产工艺尚未验证。").trl).toBe(4);
    expect(infer("Explicit TRL: 技术成熟度6级。").trl).toBe(6);
  });
});

describe("inferReadiness, untrusted input", () => {
  it("rejects a non-string with a ValidationError naming the field", () => {
    for (const bad of [undefined, null, 42, {}, ["pilot line"]]) {
      expect(() => inferReadiness(bad as unknown as string)).toThrow(ValidationError);
    }
    try {
      inferReadiness(7 as unknown as string);
    } catch (e) {
      expect((e as ValidationError).problems[0].path).toBe("text");
    }
    expect(() => inferReadiness("x", { now: "not a date" })).toThrow(ValidationError);
    expect(() => inferReadiness("x", { bands: [] })).toThrow(ValidationError);
  });
  it("gets through a large text (about 1.5 MB) and keeps offsets exact", () => {
    const chunk = "Validated in the lab, not yet field tested; 已完成中试，尚未量产。 ";
    const big = chunk.repeat(30_000);
    const r = inferReadiness(big, { now });
    expect(r.trl).toBe(6);
    expect(r.evidence.length).toBe(4 * 30_000);
  });
  it("gets through adversarial inputs (megabyte words, runs of markers) with a sane answer", () => {
    expect(inferReadiness("pilot " + "a".repeat(1_000_000), { now }).trl).toBe(6);
    expect(inferReadiness("not ".repeat(250_000) + "pilot line", { now }).trl).toBe(5);
    expect(inferReadiness("中".repeat(1_000_000), { now }).trl).toBeUndefined();
  });
  it("always reports evidence whose offsets slice back to the phrase, and a level in 1-9", () => {
    const pieces = ["pilot line", "not yet", "中试", "尚未", "量产", "plans for", "proof of concept", "TRL 5", ", ", "。", "mass production", "in 2030", " lab ", "🙂", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join(" ") + noise;
        const r = inferReadiness(text, { now });
        for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.phrase);
        if (r.trl !== undefined) expect(r.trl >= 1 && r.trl <= 9).toBe(true);
        expect(r.confidence >= 0 && r.confidence <= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
