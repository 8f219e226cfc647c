import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, analyzeWithOffsets, createAnalyzer } from "../src/text/analyzer.js";
import { BoundedCache } from "../src/text/boundedCache.js";
import { lookUpEnglishWord, renewWinkInstance } from "../src/text/englishLemmatizer.js";
import { MAX_TERM_LENGTH } from "../src/text/termSink.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("robustness", () => {
  it("turns lone surrogates into separators", () => {
    const terms = analyze("abc\uD800def \uDC00x");
    expect(terms).toEqual(["abc", "def", "x"]);
  });
  it("splits at zero-width space, joins across ZWJ and soft hyphen", () => {
    expect(analyze("graphene\u200Bcoating")).toEqual(["graphen", "coat"]);
    expect(analyze("gra\u200Dphene gra\u00ADphene")).toEqual(["graphen", "graphen"]);
    expect(analyze("\uFEFFgraphene")).toEqual(["graphen"]);
  });
  it("ignores emoji, including ZWJ sequences and keycaps", () => {
    expect(analyze("🚀 graphene 👨‍👩‍👧 🔥🔥")).toEqual(["graphen"]);
    expect(analyze("1️⃣")).toEqual(["1"]);
  });
  it("keeps right-to-left words whole", () => {
    expect(analyze("مرحبا بالعالم")).toEqual(["مرحبا", "بالعالم"]);
    expect(analyze("שלום עולם")).toEqual(["שלום", "עולם"]);
    expect(analyze("\u202Bשלום\u202C")).toEqual(["שלום"]);
  });
  it("caps the length of a term built from 1 MB of one letter", () => {
    const terms = analyze("a".repeat(1_000_000));
    expect(terms).toEqual(["a".repeat(MAX_TERM_LENGTH)]);
  });
  it("survives 1 MB of one Han character and 1 MB of one digit", () => {
    const han = analyze("好".repeat(1_000_000));
    expect(han.every((t) => t === "好好")).toBe(true);
    expect(analyze("7".repeat(1_000_000))).toEqual(["7".repeat(MAX_TERM_LENGTH)]);
  });
  it("stays bounded on 1 MB of joiners", () => {
    expect(analyze("ab-".repeat(300_000)).length).toBe(300_001);
    expect(analyze("1.".repeat(500_000))).toEqual(["1.".repeat(32)]);
    expect(analyze("x'".repeat(500_000)).every((t) => t === "x")).toBe(true);
  });
  it("never splits a surrogate pair when cutting a long term", () => {
    const terms = analyze("a" + "\u{1D400}".repeat(100)); // mathematical bold A, NFKC -> A
    expect(terms[0].length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
    const cyrillic = analyze("ж".repeat(63) + "\u{10400}".repeat(5)); // Deseret letters (astral)
    expect(cyrillic.every((t) => !LONE_SURROGATE.test(t))).toBe(true);
  });
  it("never throws, and every term is non-empty, short and well-formed (property)", () => {
    const analyzers = [analyze, createAnalyzer({ segmenter: false }).analyze, createAnalyzer({ stopWords: false, lemmatize: false }).analyze];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string()), (text) => {
        for (const analyzer of analyzers) {
          for (const term of analyzer(text)) {
            if (term.length === 0 || term.length > MAX_TERM_LENGTH) return false;
            if (LONE_SURROGATE.test(term)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
  it("is deterministic and offsets agree with plain terms (property)", () => {
    const fresh = createAnalyzer();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (text) => {
        const terms = analyze(text);
        expect(fresh.analyze(text)).toEqual(terms);
        const withOffsets = analyzeWithOffsets(text);
        expect(withOffsets.map((t) => t.term)).toEqual(terms);
        for (const t of withOffsets) expect(0 <= t.start && t.start < t.end && t.end <= text.length).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("bounded cache", () => {
  it("never holds more than its capacity and keeps recent entries", () => {
    const cache = new BoundedCache<number>(10);
    for (let i = 0; i < 1000; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get("k999")).toBe(999);
    expect(cache.get("k0")).toBeUndefined();
  });
  it("promotes entries that are still used", () => {
    const cache = new BoundedCache<number>(4);
    cache.set("hot", 1);
    for (let i = 0; i < 100; i++) {
      cache.set(`k${i}`, i);
      expect(cache.get("hot")).toBe(1);
    }
  });
  it("caches nothing at capacity 0 or 1", () => {
    const cache = new BoundedCache<number>(1);
    cache.set("a", 1);
    expect(cache.size).toBe(0);
  });
  it("stays at the analyzer's cap after 60k distinct words (more than one wink instance's worth)", () => {
    const cap = 1000;
    const analyzer = createAnalyzer({ maxCacheEntries: cap });
    // Deterministic pseudo-random words: letters only, so each one goes through wink.
    let seed = 12345;
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const words: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      let word = "";
      for (let j = 0; j < 9; j++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        word += letters[seed % 26];
      }
      words.push(word);
    }
    for (let i = 0; i < words.length; i += 10_000) analyzer.analyze(words.slice(i, i + 10_000).join(" "));
    expect(analyzer.cacheSize()).toBeGreaterThan(cap / 2 - 1);
    expect(analyzer.cacheSize()).toBeLessThanOrEqual(cap);
  });
});

describe("wink instance re-creation", () => {
  it("survives many fresh wink instances with the same lemmas", () => {
    const before = createAnalyzer({ maxCacheEntries: 0 }).analyze("batteries were running");
    for (let i = 0; i < 20; i++) {
      renewWinkInstance();
      expect(lookUpEnglishWord("studies").lemma).toBe("study");
    }
    expect(createAnalyzer({ maxCacheEntries: 0 }).analyze("batteries were running")).toEqual(before);
  });
});
