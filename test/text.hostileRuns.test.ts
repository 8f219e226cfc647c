import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../src/text/analyzer.js";
import { TOKEN } from "../src/text/tokenizer.js";
import { normalizeTextWithOffsets } from "../src/text/normalizeText.js";
import { inferReadiness } from "../src/index.js";

// Issue 15 defect 5: NFKC turns ㍿ into 株式会社, so a 1 MiB field becomes a 4M-character Han run; an unbounded
// regex repeat over it overflowed V8's regex stack (RangeError) instead of tokenizing.
describe("hostile runs", () => {
  it("the token regex matches a 4M-character Han run without overflowing its stack", () => {
    const run = "㍿".repeat(1 << 20).normalize("NFKC");
    expect(run.length).toBe(4 << 20);
    TOKEN.lastIndex = 0;
    const match = TOKEN.exec(run);
    expect(match?.index).toBe(0);
  });

  it("the token regex matches a 4M-character word of another script without overflowing", () => {
    TOKEN.lastIndex = 0;
    expect(TOKEN.exec("ب".repeat(4 << 20))?.index).toBe(0);
  });

  it("a Han run longer than one regex match is still analysed as one run (bigrams across the cut)", () => {
    const analyzer = createAnalyzer({ segmenter: false, chineseWords: false }).analyze;
    const text = "株式会社".repeat(2500); // 10,000 characters: more than one bounded match
    const terms = analyzer(text);
    expect(terms.length).toBe(text.length - 1);
    expect(terms[4095]).toBe(text.slice(4095, 4097));
  });

  it("offsets survive a megabyte of combining marks", () => {
    const normal = normalizeTextWithOffsets(`a${"\u0301".repeat(1 << 20)}`);
    expect(normal.text.length).toBeGreaterThan(0);
  });
});

// Issue 15 defect 1: `\s*(?:TRL)?\s*` after 技术成熟度 split a long run of spaces in every possible way (quadratic:
// 64,000 spaces took 8.8 s). The test times out (5 s) on that code; it takes milliseconds now.
describe("inferReadiness on long whitespace", () => {
  it("is linear after 技术成熟度 followed by 200,000 spaces", () => {
    const estimate = inferReadiness(`技术成熟度${" ".repeat(200_000)}x`);
    expect(estimate.evidence.filter((e) => e.explicit)).toEqual([]);
  });

  it("still reads the explicit level with spaces, TRL and 级", () => {
    expect(inferReadiness("技术成熟度 6 级").trl).toBe(6);
    expect(inferReadiness("技术就绪度：TRL 7").trl).toBe(7);
  });
});

// Issue 11: the default analyzer now folds Taiwan words and adds quantity terms; both must stay linear on input made to
// hit them everywhere (each test would take seconds, or overflow, on a quadratic step).
describe("Chinese steps and quantities on hostile input", () => {
  const analyzer = createAnalyzer({ quantities: true });
  const timed = (text: string): { terms: string[]; ms: number } => {
    const started = performance.now();
    const terms = analyzer.analyze(text);
    return { terms, ms: performance.now() - started };
  };

  it("a megabyte of one Taiwan word, of one character, and of mixed scripts", () => {
    expect(timed("记忆体".repeat(350_000)).ms).toBeLessThan(10_000);
    expect(timed("晶".repeat(1 << 20)).ms).toBeLessThan(10_000);
    expect(timed("晶片SiC 28纳米 軟體\uD800 x".repeat(40_000)).ms).toBeLessThan(10_000);
  });

  it("a megabyte of numbers with units, of digits, and of thousands groups", () => {
    const units = timed("1nm ".repeat(250_000));
    expect(units.terms.filter((t) => t === "1e-9m").length).toBe(250_000);
    expect(units.ms).toBeLessThan(10_000);
    expect(timed("1".repeat(1 << 20)).ms).toBeLessThan(10_000); // one number too long for a double: no quantity term
    expect(timed(`1${",000".repeat(250_000)} V`).ms).toBeLessThan(10_000);
    expect(timed("-".repeat(1 << 19) + "5 V").terms).toContain("-5v"); // a minus not after a word is the sign
  });
});
