import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { expandQuery } from "../src/bridge/expandQuery.js";
import { describeBridge, describeBridgesFor } from "../src/bridge/describeBridge.js";
import { parseLexicon } from "../src/bridge/lexicon.js";
import { LexiconIndex } from "../src/bridge/lexiconIndex.js";
import { relevanceModelTerms } from "../src/bridge/relevanceFeedback.js";
import { TranslationModel } from "../src/bridge/translationModel.js";

const simple = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const words = (text: string): string[] => text.split(" ");

const model = TranslationModel.train(
  [
    { source: words("brake feel"), target: words("graphene coating heat dissipation") },
    { source: words("brake fade"), target: words("heat dissipation thermal conductivity") },
    { source: words("battery life"), target: words("electrolyte cycle capacity") },
  ],
  { minTargetPairs: 1, minProbability: 0.001 },
);
const lexicon = new LexiconIndex(
  parseLexicon({
    version: 1,
    concepts: [{ id: "thermal", label: "thermal management", expressions: ["overheating", "runs hot", { text: "heat dissipation", weight: 0.9 }] }],
  }),
  simple,
);

describe("expandQuery", () => {
  it("changes nothing without bridges or with an empty history", () => {
    const plain = [{ term: "brake", weight: 1 }, { term: "feel", weight: 1 }];
    expect(expandQuery(["brake", "feel", "brake"]).query).toEqual(plain);
    expect(expandQuery(["brake", "feel"], { model: TranslationModel.train([]) }).query).toEqual(plain);
    expect(expandQuery(["brake", "feel"], { model: TranslationModel.empty(), feedback: [] }).terms.every((t) => t.source === "query")).toBe(true);
  });

  it("adds learned terms below the user's own words, with provenance", () => {
    const { query, terms } = expandQuery(["brake", "feel"], { model, learnedWeight: 0.4 });
    expect(query.slice(0, 2)).toEqual([{ term: "brake", weight: 1 }, { term: "feel", weight: 1 }]);
    const heat = query.find((q) => q.term === "heat")!;
    expect(heat.weight).toBeGreaterThan(0);
    expect(heat.weight).toBeLessThanOrEqual(0.4);
    const provenance = terms.find((t) => t.term === "heat" && t.source === "learned")!;
    expect(provenance.from).toContain("brake");
    expect(describeBridge(provenance)).toMatch(/^"brake( feel)?" -> "heat" \(learned, 0\.\d\d\)$/);
  });

  it("explains lexicon bridges with the concept", () => {
    const { terms } = expandQuery(simple("car runs hot"), { lexicon, lexiconWeight: 0.5 });
    const dissipation = terms.find((t) => t.term === "dissipation")!;
    expect(dissipation.weight).toBeCloseTo(0.45);
    expect(describeBridge(dissipation)).toBe('"runs hot" -> "heat dissipation" (lexicon: thermal management, 0.45)');
    expect(describeBridgesFor(terms, ["dissipation", "car"])).toEqual([describeBridge(dissipation)]);
  });

  it("is deterministic", () => {
    const options = { model, lexicon, feedback: [{ term: "coating", weight: 0.6 }, { term: "graphene", weight: 0.4 }] };
    const a = expandQuery(simple("brake feel runs hot"), options);
    const b = expandQuery(simple("brake feel runs hot"), options);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("never lets a bridge outweigh the user's words and caps their total", () => {
    const vocabulary = ["brake", "feel", "fade", "battery", "life", "runs", "hot", "overheating", "x"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (query, weight, share) => {
          const feedback = [{ term: "coating", weight: 1 }];
          const out = expandQuery(query, { model, lexicon, learnedWeight: weight, lexiconWeight: weight, feedback, feedbackWeight: weight, maxBridgeShare: share });
          const unique = new Set(query);
          let bridgedMass = 0;
          for (const q of out.query) {
            if (unique.has(q.term)) expect(q.weight).toBe(1);
            else {
              expect(q.weight).toBeLessThan(1);
              bridgedMass += q.weight;
            }
          }
          expect(bridgedMass).toBeLessThanOrEqual(share * unique.size + 1e-9);
          expect(new Set(out.query.map((q) => q.term)).size).toBe(out.query.length);
        },
      ),
    );
  });

  it("rejects weights that would reach the user's own", () => {
    expect(() => expandQuery(["a"], { learnedWeight: 1 })).toThrow(/learnedWeight/);
    expect(() => expandQuery(["a"], { maxBridgedTermWeight: 1.5, maxBridgeShare: -1 })).toThrow(/maxBridgeShare.*maxBridgedTermWeight/);
  });
});

describe("relevanceModelTerms", () => {
  const docs: Record<string, string[]> = {
    d1: words("graphene coating heat graphene"),
    d2: words("graphene heat sink"),
    d3: words("unrelated words here"),
  };
  it("weights terms by document score and excludes the query", () => {
    const terms = relevanceModelTerms([{ id: "d1", score: 3 }, { id: "d2", score: 1 }], (id) => docs[id], { terms: 3, exclude: new Set(["heat"]) });
    expect(terms.map((t) => t.term)).toEqual(["graphene", "coating", "sink"]);
    expect(terms.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1);
    expect(relevanceModelTerms([], (id) => docs[id])).toEqual([]);
  });
});
