// The analyzer is an object with an identity (name, version, settings) that snapshots record.
import { describe, expect, it } from "vitest";
import { analyzerIdentity, createAnalyzer, defaultAnalyzer, InvertedIndex, Matcher, ValidationError, type Analyzer } from "../src/index.js";

const fields = { title: { weight: 2 } };

describe("analyzer object", () => {
  it("createAnalyzer records the switches that change terms, not the cache size", () => {
    const stems = analyzerIdentity(createAnalyzer({ stem: true, maxCacheEntries: 10 }));
    expect(stems.name).toBe("techbroker");
    expect(stems.version).not.toBe("");
    expect(stems.settings.stem).toBe(true);
    expect(stems.settings).not.toHaveProperty("maxCacheEntries");
    expect(analyzerIdentity(createAnalyzer({ stem: false })).settings.stem).toBe(false);
    // Same switches, different cache: same identity.
    expect(analyzerIdentity(createAnalyzer({ maxCacheEntries: 5 }))).toEqual(analyzerIdentity(defaultAnalyzer()));
  });

  it("a custom analyzer declared by name works with an index and a matcher", () => {
    const words: Analyzer = { name: "words", analyze: (text) => text.toLowerCase().split(/\W+/).filter(Boolean) };
    const index = new InvertedIndex({ fields, analyzer: words });
    index.add({ id: "a", title: "The Graphene" });
    expect(index.docFrequency("the")).toBe(1); // no stop words: the custom analysis was used
    const matcher = new Matcher({ analyzer: words });
    matcher.addResults([{ id: "r", title: "graphene coating", summary: "the heat" }]);
    matcher.addDemands([{ id: "d", title: "graphene", description: "heat" }]);
    expect(matcher.matchDemand("d")[0].explanation.terms.map((t) => t.term).sort()).toEqual(["graphene", "heat"]);
  });

  it("refuses a bare function, naming the fix", () => {
    const bare = ((text: string) => text.split(" ")) as unknown as Analyzer;
    expect(() => new InvertedIndex({ fields, analyzer: bare })).toThrow(/analyzer: expected an analyzer object: declare a function with a name/);
    expect(() => new InvertedIndex({ fields: { title: { analyzer: bare } } })).toThrow(/fields\.title\.analyzer/);
    expect(() => new Matcher({ analyzer: bare })).toThrow(ValidationError);
  });

  it("names each bad part of an analyzer object", () => {
    const bad = { name: "", analyze: "no", settings: { depth: Number.NaN } } as unknown as Analyzer;
    try {
      new InvertedIndex({ fields, analyzer: bad });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).problems.map((p) => p.path)).toEqual(["analyzer.name", "analyzer.analyze", "analyzer.settings.depth"]);
    }
  });

  it("methods work detached (closures), so analyzer.analyze can be passed around", () => {
    const { analyze } = createAnalyzer();
    expect(["Batteries"].map(analyze)).toEqual([["batteri"]]);
  });
});
