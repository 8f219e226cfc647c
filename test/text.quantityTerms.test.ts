import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../src/text/analyzer.js";
import { quantityTerms } from "../src/text/quantityTerms.js";

const canonical = (text: string) => quantityTerms(text.normalize("NFKC")).map((q) => q.term);
const withQuantities = createAnalyzer({ quantities: true });
const shared = (a: string, b: string) => withQuantities.analyze(a).filter((t) => withQuantities.analyze(b).includes(t));

describe("quantity terms", () => {
  it("give one term across notations and scripts", () => {
    const groups = [
      ["28纳米", "28 nm", "28nm", "28 納米"],
      ["1.2 kV", "1200 V", "1200V", "1.2千伏"],
      ["5 μA", "5 uA", "5µA", "5微安"],
      ["85℃", "85 °C", "85摄氏度", "85攝氏度"],
      ["3 GS/s", "3GS/s"],
    ];
    for (const group of groups) {
      const terms = group.map((text) => canonical(text));
      for (const t of terms) expect(t).toEqual(terms[0]);
      expect(terms[0].length).toBe(1);
    }
    expect(canonical("-40℃")).not.toEqual(canonical("40℃"));
  });

  it("ignore digits inside tokens, versions and bare numbers", () => {
    expect(canonical("CO2 802.11ax v2.3.1 in 2024")).toEqual([]);
  });

  it("make the analyzer meet across notations, and can be switched off", () => {
    expect(shared("28纳米工艺", "28 nm CMOS")).toContain(canonical("28 nm")[0]);
    expect(shared("耐压1.2kV", "1200 V rating").length).toBeGreaterThan(0);
    expect(createAnalyzer().analyze("1.2 kV")).not.toContain(canonical("1.2 kV")[0]); // off by default
    expect(createAnalyzer({ quantities: false }).analyze("1.2 kV")).not.toContain(canonical("1.2 kV")[0]);
  });

  it("is linear on a megabyte of numbers", () => {
    expect(canonical("1 ".repeat(200_000)).length).toBe(0);
    expect(canonical("1nm ".repeat(100_000)).length).toBe(100_000);
  });
});

describe("quantity terms in the tokenizer", () => {
  const analyzer = createAnalyzer({ quantities: true, stopWords: false });
  const plain = createAnalyzer({ quantities: false, stopWords: false });
  const pieces = ["28", "1.2", "1,000", "-", "−", "40", "3.0.1", " ", "  ", "nm", "kV", "V", "°C", "℃", "%", "纳米", "千伏", "CO", "2", "x", ".", ",", "e3", "GS/s", "/", "Li-ion", "功率", "μA", "uA", "h", "hours", "3-5", "e", "于"];
  it("finds exactly the quantities of a separate pass over the text, after the token they start in", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        const terms = analyzer.analyze(text);
        const without = plain.analyze(text);
        const expected = canonical(text);
        // The analyzer's terms are the plain terms with the quantity terms inserted, in text order.
        const extra = [...terms];
        for (const t of without) extra.splice(extra.indexOf(t), 1);
        expect(extra.sort(), text).toEqual([...expected].sort());
      }),
      { numRuns: 1500 },
    );
  });
  it("gives the same terms through writeIds and with offsets", () => {
    const text = "耐压1.2kV, 28 nm at 85 °C; -40℃ to 1,000 V; 3GS/s";
    const ids: number[] = [];
    const names: string[] = [];
    analyzer.writeIds(text, { interner: { serial: 1, intern: (t) => (names.push(t), names.length - 1) }, ids });
    expect(ids.map((id) => names[id])).toEqual(analyzer.analyze(text));
    expect(analyzer.analyzeWithOffsets(text).map((t) => t.term)).toEqual(analyzer.analyze(text));
    const kv = analyzer.analyzeWithOffsets(text).find((t) => t.term === "1200v");
    expect(kv && text.slice(kv.start, kv.end)).toBe("1.2kV");
  });
});
