import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, extractSpecs, formatSpec, type Spec } from "../src/index.js";

interface Expected {
  relation: Spec["relation"];
  unit: string;
  value?: number;
  min?: number;
  max?: number;
  quantity?: string;
}
const rows = JSON.parse(readFileSync(new URL("../bench/data/specs/extraction.json", import.meta.url), "utf8")) as { id: string; text: string; specs: Expected[] }[];
const key = (s: Expected | Spec): string => `${s.relation}|${s.unit}|${s.value ?? ""}|${s.min ?? ""}|${s.max ?? ""}`;
const brief = (text: string): string[] => extractSpecs(text).map((s) => `${formatSpec(s)}${s.quantity ? ` (${s.quantity})` : ""}`);

describe("extractSpecs: the hand-written spec set", () => {
  it("reaches precision >= 0.9 and recall >= 0.8 on bench/data/specs/extraction.json", () => {
    let tp = 0;
    let found = 0;
    let expected = 0;
    for (const row of rows) {
      const got = extractSpecs(row.text).map(key);
      found += got.length;
      expected += row.specs.length;
      for (const e of row.specs) {
        const i = got.indexOf(key(e));
        if (i >= 0) {
          tp++;
          got.splice(i, 1);
        }
      }
    }
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(tp / found).toBeGreaterThanOrEqual(0.9);
    expect(tp / expected).toBeGreaterThanOrEqual(0.8);
  });
});

describe("extractSpecs: phrases", () => {
  it("reads the issue's examples", () => {
    expect(brief("采样率不低于3GS/s、分辨率12位以上的模数转换芯片")).toEqual(["≥ 3 GS/s (sampling rate)", "≥ 12 bit (resolution)"]);
    expect(brief("must survive 400 °C")).toEqual(["≥ 400 °C"]);
    expect(brief("under 2 W")).toEqual(["≤ 2 W"]);
    expect(brief("5 GS/s, 14-bit")).toEqual(["5 GS/s", "14 bit"]);
    expect(brief("stable up to 700 °C")).toEqual(["≤ 700 °C"]);
  });
  it("reads ranges in every spelling", () => {
    for (const t of ["−40 ℃ to 125 ℃", "-40~125℃", "−40…+125 °C", "－４０～１２５℃", "-40 to 125 °C", "between -40 and 125 degC", "-40至125摄氏度", "-40到125攝氏度"]) {
      expect(brief(t), t).toEqual(["-40 to 125 °C"]);
    }
    expect(brief("交货期2-3 周")).toEqual(["2 to 3 week (lead time)"]);
  });
  it("reads constraint words before and after, in both scripts", () => {
    expect(brief("功耗不超过2W")).toEqual(["≤ 2 W (power consumption)"]);
    expect(brief("功耗不超過2W")).toEqual(["≤ 2 W (power consumption)"]);
    expect(brief("抗拉强度不小于1200 MPa")).toEqual(["≥ 1200 MPa (strength)"]); // 不小于 is not 小于
    expect(brief("循环寿命2000次以上")).toEqual(["≥ 2000 cycle (cycle life)"]);
    expect(brief("噪声30 dB以下")).toEqual(["≤ 30 dB (noise)"]);
    expect(brief("3 GS/s or more")).toEqual(["≥ 3 GS/s"]);
    expect(brief("Lead time: 8 weeks max.")).toEqual(["≤ 8 week (lead time)"]);
    expect(brief("min. 25 %")).toEqual(["≥ 25%"]);
    expect(brief("≥ 10 kV")).toEqual(["≥ 10 kV"]);
    expect(brief("<= 5 ms")).toEqual(["≤ 5 ms"]);
    expect(brief("turnover 5 kg")).toEqual(["5 kg"]); // "over" must be a word of its own
  });
  it("does not take traps for specs", () => {
    for (const t of ["version 3.0", "ISO 9001", "ISO 9001:2015", "5G", "4K video", "NaN V", "2023年完成中试", "团队有12位专家", "第3次迭代", "GPT4", "COVID-19", "X200", "in the 1990s", "v2.3.1 V", "2019.05.01"]) {
      expect(extractSpecs(t), t).toEqual([]);
    }
    expect(brief("12位")).toEqual(["12 bit"]);
    expect(brief("28nm process")).toEqual(["28 nm (process node)"]);
    expect(brief("2-3 周")).toEqual(["2 to 3 week"]);
  });
  it("gives offsets into the original text, full-width and Traditional characters included", () => {
    const text = "電池能量密度不低於３００Ｗｈ/ｋｇ，循環壽命超過3000次";
    const specs = extractSpecs(text);
    expect(specs.map((s) => [s.unit, s.value, s.quantity])).toEqual([["Wh/kg", 300, "energy density"], ["cycle", 3000, "cycle life"]]);
    for (const s of specs) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(specs[0].text).toBe("不低於３００Ｗｈ/ｋｇ");
  });
  it("keeps absurd numbers finite and never -0", () => {
    expect(extractSpecs("1e308 V")[0]).toMatchObject({ value: 1e308, baseMin: 1e308 });
    expect(extractSpecs("1e308 kV")).toEqual([]); // the base value overflows
    const zero = extractSpecs("−0 ℃")[0];
    expect(Object.is(zero.value, -0)).toBe(false);
    expect(zero.baseMin).toBeCloseTo(273.15, 10);
  });
  it("rejects a non-string with a ValidationError", () => {
    expect(() => extractSpecs(undefined as unknown as string)).toThrow(ValidationError);
  });
});

describe("extractSpecs: hostile input", () => {
  it("stays linear on 64 KiB unit strings and thousands of numbers", () => {
    const inputs = [
      "1 " + "GS/s".repeat(16384),
      "1" + "m".repeat(65536),
      "1 V ".repeat(16384),
      "1-".repeat(32768) + "2 V",
      "不低于".repeat(20000) + "3 V",
      "9".repeat(65536) + " V",
      "1,".repeat(32768),
      "-40~".repeat(16384) + "125℃",
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      const specs = extractSpecs(text);
      expect(performance.now() - t0, text.slice(0, 20)).toBeLessThan(2000);
      for (const s of specs) expect(Number.isFinite(s.baseMin) && Number.isFinite(s.baseMax)).toBe(true);
    }
    expect(extractSpecs("1 V ".repeat(16384))).toHaveLength(1024); // MAX_SPECS_PER_TEXT
  });
  it("never throws, and every spec is well-formed (property)", () => {
    const piece = fc.constantFrom("3", "-40", "12.5", "1e308", "~", "-", " ", "to ", "V", "GS/s", "℃", "位", "以上", "不低于", "at least ", "up to ", "，", "%", "nm", "5G", "Ｖ", "２", "±", "万", "次", "第", "\uD800", "İ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join("")), (text) => {
        for (const s of extractSpecs(text)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.baseMin).toBeLessThanOrEqual(s.baseMax);
          expect(Number.isFinite(s.baseMin) && Number.isFinite(s.baseMax)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
