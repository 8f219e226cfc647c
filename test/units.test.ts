import { describe, expect, it } from "vitest";
import { BASE_UNITS, UNIT_TABLE, ValidationError, lookupUnit, parseQuantity } from "../src/index.js";

describe("unit table", () => {
  it("gives every alias to one unit only, and every unit a base unit of its dimension", () => {
    const owner = new Map<string, string>();
    for (const def of UNIT_TABLE) {
      expect(BASE_UNITS[def.dimension], def.unit).toBeDefined();
      expect(Number.isFinite(def.factor) && def.factor > 0, def.unit).toBe(true);
      for (const alias of def.aliases) {
        expect(owner.get(alias) ?? def.unit, `alias ${alias}`).toBe(def.unit);
        owner.set(alias, def.unit);
      }
    }
  });
  it("looks up symbols, words and both Chinese scripts", () => {
    const cases: [string, string][] = [
      ["GS/s", "GS/s"], ["GSPS", "GS/s"], ["Msps", "MS/s"], ["ghz", "GHz"], ["GHz", "GHz"], ["纳米", "nm"], ["納米", "nm"],
      ["伏", "V"], ["千伏", "kV"], ["瓦", "W"], ["毫安时", "mAh"], ["毫安時", "mAh"], ["摄氏度", "°C"], ["攝氏度", "°C"],
      ["℃", "°C"], ["位", "bit"], ["次", "cycle"], ["小时", "h"], ["小時", "h"], ["兆帕", "MPa"], ["μm", "μm"], ["um", "μm"],
      ["µm", "μm"], ["微米", "μm"], ["Wh/kg", "Wh/kg"], ["分贝", "dB"], ["周", "week"], ["週", "week"], ["cycles", "cycle"],
    ];
    for (const [alias, unit] of cases) expect(lookupUnit(alias)?.unit, alias).toBe(unit);
  });
  it("keeps one-letter symbols case-sensitive and refuses look-alikes", () => {
    expect(lookupUnit("g")?.unit).toBe("g");
    expect(lookupUnit("G")).toBeUndefined(); // 5G is a network, not 5 grams
    expect(lookupUnit("K")).toBeUndefined(); // 4K video
    expect(lookupUnit("mW")?.unit).toBe("mW");
    expect(lookupUnit("MW")?.unit).toBe("MW");
    expect(lookupUnit("mw")).toBeUndefined(); // mW or MW? ambiguous in lower case
  });
  it("keeps sample rate apart from frequency", () => {
    expect(lookupUnit("GS/s")?.dimension).toBe("sampleRate");
    expect(lookupUnit("GHz")?.dimension).toBe("frequency");
  });
});

describe("parseQuantity", () => {
  it("parses number + unit into a canonical quantity with its base value", () => {
    expect(parseQuantity("3 GS/s")).toEqual({ value: 3, unit: "GS/s", dimension: "sampleRate", base: 3e9 });
    expect(parseQuantity("500 毫安時")).toEqual({ value: 500, unit: "mAh", dimension: "charge", base: 0.5 });
    expect(parseQuantity("12位")).toMatchObject({ value: 12, unit: "bit", dimension: "bits" });
    expect(parseQuantity("14-bit")).toMatchObject({ value: 14, unit: "bit" });
    expect(parseQuantity("２．５ ｋＶ")).toMatchObject({ value: 2.5, unit: "kV", base: 2500 });
    expect(parseQuantity("1,200 MPa")?.base).toBe(1.2e9);
    expect(parseQuantity("2 weeks")?.base).toBe(14 * 86400);
  });
  it("converts temperatures with their offset", () => {
    expect(parseQuantity("25 °C")?.base).toBeCloseTo(298.15, 10);
    expect(parseQuantity("−40℃")?.base).toBeCloseTo(233.15, 10);
    expect(parseQuantity("212 °F")?.base).toBeCloseTo(373.15, 10);
    expect(parseQuantity("−0 ℃")?.value).toBe(0);
    expect(Object.is(parseQuantity("-0 V")?.value, -0)).toBe(false);
  });
  it("refuses what is not one quantity", () => {
    for (const s of ["5G", "version 3.0", "ISO 9001", "NaN V", "V", "3", "3 V and more", "1e999 V", "1e308 GV", "3.0.1 V", "5 mmHg", ""]) expect(parseQuantity(s), s).toBeUndefined();
    expect(parseQuantity("1e308 V")?.value).toBe(1e308);
    expect(parseQuantity("9e307 kV")).toBeUndefined(); // the base value overflows
  });
  it("rejects a non-string with a ValidationError", () => {
    expect(() => parseQuantity(42 as unknown as string)).toThrow(ValidationError);
  });
  it("stays fast on a 64 KiB unit string", () => {
    const t0 = performance.now();
    expect(parseQuantity("1 " + "m".repeat(65536))).toBeUndefined();
    expect(parseQuantity("9".repeat(65536) + " V")).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
