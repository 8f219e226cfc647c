// The CLI prints titles, ids and explanations from user records; none of them may steer the terminal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalBlock, terminalLine, terminalSafeJson } from "../cli/output/terminalText.js";

// Anything a terminal could act on: C0 controls (ESC, BEL, BS, CR...), DEL, C1 controls (CSI U+009B),
// bidi embeddings, overrides, isolates and marks, line/paragraph separators.
const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("terminal text sanitizer", () => {
  it("defuses ANSI colour, screen-clearing and window-title sequences, keeping them visible", () => {
    const title = "\u001b[31mRed\u001b[0m \u001b]0;pwned\u0007\u001b[2J\u009b31m";
    const shown = terminalLine(title);
    expect(shown).not.toMatch(STEERING);
    expect(shown).toBe("\\u{001B}[31mRed\\u{001B}[0m \\u{001B}]0;pwned\\u{0007}\\u{001B}[2J\\u{009B}31m");
  });

  it("shows bidi overrides instead of letting them reorder the line (Trojan Source)", () => {
    expect(terminalLine("invoice\u202Efdp.exe")).toBe("invoice\\u{202E}fdp.exe");
    expect(terminalLine("a\u2066b\u2069c\u200Fd")).toBe("a\\u{2066}b\\u{2069}c\\u{200F}d");
  });

  it("keeps ordinary text, Chinese and emoji as they are; lines get spaces for breaks, blocks keep them", () => {
    expect(terminalLine("石墨烯涂层 😀 — naïve café")).toBe("石墨烯涂层 😀 — naïve café");
    expect(terminalLine("one\ntwo\tthree\r\u2028four")).toBe("one two three  four");
    expect(terminalBlock("one\ntwo\tthree\u001b\r\nfour\rfive")).toBe("one\ntwo\tthree\\u{001B}\r\nfour\\u{000D}five");
  });

  it("replaces lone surrogates and keeps valid pairs", () => {
    expect(terminalLine("x\ud800y\udc00z\ud83d\ude00")).toBe("x\ufffdy\ufffdz😀");
  });

  it("escapes what JSON.stringify leaves raw, and the JSON still parses to the same value", () => {
    const value = { title: "a\u009b31m\u202Eb\u2028c\u007f\u001b" };
    const json = terminalSafeJson(JSON.stringify(value));
    expect(json).not.toMatch(STEERING);
    expect(JSON.parse(json)).toEqual(value);
  });

  it("never lets a steering character through, on any string, in linear time", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        expect(terminalLine(s)).not.toMatch(STEERING);
        expect(terminalLine(s)).not.toMatch(/[\t\n\r]/);
        expect(terminalBlock(s).replace(/\r\n/g, "\n")).not.toMatch(STEERING);
        const json = terminalSafeJson(JSON.stringify(s));
        expect(json).not.toMatch(STEERING);
        expect(JSON.parse(json)).toBe(s);
      }),
      { numRuns: 1000 },
    );
    const hostile = "\u001b[".repeat(100_000) + "\ud800".repeat(100_000);
    const started = performance.now();
    expect(terminalLine(hostile)).not.toMatch(STEERING);
    expect(performance.now() - started).toBeLessThan(5_000); // a hang guard, not a timing target
  });
});
