// The tokenizer's fast path (ASCII scan + span-keyed cache + term ids straight into the index)
// must give exactly what the TOKEN regex and the string analyzers give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvertedIndex } from "../src/index.js";
import { createAnalyzer, type Analyzer } from "../src/text/analyzer.js";
import { hashSpan, TokenCache } from "../src/text/tokenCache.js";
import { TOKEN } from "../src/text/tokenizer.js";

// Characters that exercise every branch of the scanner: ASCII words and digits, joiners (also
// at the end), apostrophes, C++/C#, punctuation, and non-ASCII letters next to ASCII ones.
const PIECES = ["a", "b", "Z", "x", "7", "0", " ", " ", "-", "_", "/", ".", "'", "’", "s", "S", "+", "#", ",", "é", "ß", "д", "‐", "(", "\n"];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

/** Spans of the regex tokens that are words (not runs of no-space scripts). */
function regexSpans(text: string): string[] {
  const spans: string[] = [];
  for (const m of text.matchAll(new RegExp(TOKEN))) spans.push(`${m.index ?? 0}-${(m.index ?? 0) + m[0].length}`);
  return spans;
}

describe("tokenizer fast path", () => {
  it("finds the same token spans as the TOKEN regex", () => {
    // No stop words and no lemmas: every token then yields at least one term, so its span shows.
    const analyzer = createAnalyzer({ stopWords: false, lemmatize: false, quantities: false, maxCacheEntries: 8 });
    fc.assert(
      fc.property(textArb, (text) => {
        const spans: string[] = [];
        for (const t of analyzer.analyzeWithOffsets(text)) {
          const span = `${t.start}-${t.end}`;
          if (spans[spans.length - 1] !== span) spans.push(span);
        }
        expect(spans).toEqual(regexSpans(text));
      }),
      { numRuns: 400 },
    );
  });

  it("term ids written into an index equal the string path, through cache rotation and two indexes", () => {
    const vocabulary = ["graphene", "Coating", "li-ion", "Moore's", "28nm", "C++", "heat", "石墨烯涂层", "dissipation", "SiC", "e.g", "café"];
    const docText = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((w) => w.join(" "));
    const docsArb = fc.array(fc.record({ title: docText, text: docText }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(docsArb, docsArb, fc.constantFrom(0, 2, 5, 50), (first, second, capacity) => {
        const fast = createAnalyzer({ maxCacheEntries: capacity });
        const uncached = createAnalyzer({ maxCacheEntries: 0 });
        const plain: Analyzer = { name: "plain", analyze: (text) => uncached.analyze(text) }; // no writeIds: string path
        const make = (analyzer: Analyzer) => new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } }, analyzer });
        // Two indexes share the fast analyzer, so its cached ids must follow whichever dictionary asks.
        const [a, b, refA, refB] = [make(fast), make(fast), make(plain), make(plain)];
        const withIds = (docs: { title: string; text: string }[], prefix: string) => docs.map((d, i) => ({ id: `${prefix}${i}`, ...d }));
        a.addAll(withIds(first, "a"));
        b.addAll(withIds(second, "b"));
        a.addAll(withIds(second, "c"));
        refA.addAll(withIds(first, "a"));
        refB.addAll(withIds(second, "b"));
        refA.addAll(withIds(second, "c"));
        for (const query of vocabulary) {
          for (const term of plain.analyze(query)) {
            expect(a.docFrequency(term)).toBe(refA.docFrequency(term));
            expect(b.docFrequency(term)).toBe(refB.docFrequency(term));
          }
          expect(a.search(query, { k: 50 })).toEqual(refA.search(query, { k: 50 }));
          expect(b.search(query, { k: 50 })).toEqual(refB.search(query, { k: 50 }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("a field analyzer that throws mid-batch leaves the index exactly as it was", () => {
    const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
    index.addAll([{ id: "r1", title: "graphene coating", text: "heat dissipation for brakes" }]);
    const before = index.toSnapshot();
    const inner = createAnalyzer();
    // Declares the default analyzer's identity (same terms until it throws), so snapshots compare byte for byte.
    const explode: Analyzer = {
      name: inner.name,
      version: inner.version,
      settings: inner.settings,
      analyze: (text) => {
        if (text.includes("boom")) throw new Error("analyzer failed");
        return inner.analyze(text);
      },
    };
    const failing = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1, analyzer: explode } } });
    failing.addAll([{ id: "r1", title: "graphene coating", text: "heat dissipation for brakes" }]);
    const failingBefore = failing.toSnapshot();
    expect(failingBefore).toEqual(before);
    const batch = [
      { id: "r2", title: "novel ceramic brake", text: "fine" },
      { id: "r3", title: "sintered pads", text: "boom" },
    ];
    expect(() => failing.addAll(batch)).toThrow("analyzer failed");
    expect(failing.size).toBe(1);
    expect(failing.has("r2")).toBe(false);
    expect(failing.docFrequency("ceramic")).toBe(0);
    expect(failing.search("ceramic sintered")).toEqual([]);
    expect(failing.toSnapshot()).toEqual(before);
  });
});

describe("TokenCache", () => {
  it("returns what was stored for a span, never exceeds its capacity, and agrees with a Map", () => {
    const keyArb = fc.constantFrom("alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa", "a", "ab");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.array(keyArb, { maxLength: 200 }), (capacity, keys) => {
        const cache = new TokenCache(capacity);
        const model = new Map<string, readonly string[]>();
        for (const key of keys) {
          // Look the key up inside a longer text, as the scanner does.
          const text = `..${key}!`;
          const hash = hashSpan(text, 2, 2 + key.length);
          expect(hash).toBe(hashSpan(key, 0, key.length));
          const found = cache.find(text, 2, 2 + key.length, hash);
          if (found >= 0) expect(cache.terms(found)).toBe(model.get(key));
          else {
            const terms = [key.toUpperCase()];
            model.set(key, terms);
            const added = cache.add(text, 2, 2 + key.length, hash, terms);
            if (capacity >= 2) expect(cache.terms(added)).toBe(terms);
            else expect(added).toBe(-1);
          }
          expect(cache.size).toBeLessThanOrEqual(capacity);
        }
      }),
      { numRuns: 300 },
    );
  });
});
