import { describe, expect, it } from "vitest";
import { parseLexicon, mergeLexicons, type Lexicon } from "../src/bridge/lexicon.js";
import { LexiconIndex } from "../src/bridge/lexiconIndex.js";
import { ValidationError } from "../src/errors/errors.js";
import { problemPaths } from "./support/problemPaths.js";
import { analyze } from "../src/text/analyzer.js";

const simple = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

const thermal = {
  version: 1,
  name: "thermal",
  concepts: [
    {
      id: "thermal-management",
      label: "thermal management",
      weight: 0.8,
      expressions: [
        { text: "overheating", register: "business" },
        { text: "runs hot", register: "business" },
        { text: "heat dissipation", register: "lab", weight: 0.9 },
        { text: "thermal conductivity", register: "lab" },
        { text: "散热", lang: "zh" },
      ],
    },
  ],
};

describe("parseLexicon", () => {
  it("accepts a valid lexicon and string shorthand", () => {
    const lex = parseLexicon({ version: 1, concepts: [{ id: "a", expressions: ["x", { text: "y", weight: 0.5 }] }] });
    expect(lex.concepts[0].expressions).toEqual([{ text: "x" }, { text: "y", weight: 0.5 }]);
    expect(parseLexicon(thermal).concepts[0].label).toBe("thermal management");
  });

  it("rejects a bad lexicon, naming every bad path", () => {
    const bad = {
      version: 1,
      concepts: [
        { id: "ok", expressions: ["a", "b"] },
        { id: "weights", weight: 2, expressions: ["a", { text: "b", weight: -1 }] },
        { id: "ok", expressions: ["c", "d"] },
        { expressions: ["only one"] },
      ],
    };
    let error: unknown;
    try {
      parseLexicon(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["concepts[1].weight", "concepts[1].expressions[1].weight", "concepts[2].id", "concepts[3].id", "concepts[3].expressions"]),
    );
    expect((error as Error).message).toContain("concepts[1].expressions[1].weight");
  });

  it("rejects a wrong version and a non-object", () => {
    expect(() => parseLexicon({ version: 2, concepts: [] })).toThrow(/version/);
    expect(() => parseLexicon(null)).toThrow(ValidationError);
  });
});

describe("mergeLexicons", () => {
  it("unites concepts with the same id, later label and weight win, duplicates dropped", () => {
    const a: Lexicon = { version: 1, name: "a", concepts: [{ id: "c", label: "A", expressions: [{ text: "x" }, { text: "y" }] }] };
    const b: Lexicon = { version: 1, name: "b", concepts: [{ id: "c", label: "B", weight: 0.5, expressions: [{ text: "Y" }, { text: "z" }] }, { id: "d", expressions: [{ text: "p" }, { text: "q" }] }] };
    const merged = mergeLexicons(a, b);
    expect(merged.name).toBe("a + b");
    expect(merged.concepts.map((c) => c.id)).toEqual(["c", "d"]);
    expect(merged.concepts[0]).toEqual({ id: "c", label: "B", weight: 0.5, expressions: [{ text: "x" }, { text: "y" }, { text: "z" }] });
    expect(parseLexicon(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
  });
});

describe("LexiconIndex", () => {
  const index = new LexiconIndex(parseLexicon(thermal), simple);

  it("validates what it is given, like parseLexicon (raw JSON is fine, bad input is named)", () => {
    expect(new LexiconIndex(thermal as never, simple).conceptCount).toBe(index.conceptCount);
    expect(problemPaths(() => new LexiconIndex({ version: 1, concepts: [{ id: "x" }] } as never))).toEqual(["concepts[0].expressions"]);
  });

  it("bridges to whole compounds, not to their parts (any joiner, U+2010 included)", () => {
    const lex = parseLexicon({ version: 1, concepts: [{ id: "c", expressions: [{ text: "battery" }, { text: "li\u2010ion cell" }] }] });
    const [hit] = new LexiconIndex(lex).lookup(analyze("battery"));
    expect(hit.targets.map((t) => t.term).sort()).toEqual(["cell", "li\u2010ion"]);
  });

  it("bridges business words to lab words", () => {
    const [hit] = index.lookup(simple("the car runs hot on long descents"));
    expect(hit.conceptId).toBe("thermal-management");
    expect(hit.matchedText).toBe("runs hot");
    const dissipation = hit.targets.find((t) => t.term === "dissipation");
    expect(dissipation).toEqual({ term: "dissipation", weight: 0.8 * 0.9, text: "heat dissipation" });
    expect(hit.targets.some((t) => t.term === "runs")).toBe(false);
  });

  it("bridges lab words back to business words", () => {
    const [hit] = index.lookup(simple("graphene coating with high thermal conductivity"));
    expect(hit.targets.map((t) => t.term)).toContain("overheating");
  });

  it("needs every term of a phrase", () => {
    expect(index.lookup(simple("hot weather"))).toEqual([]);
  });

  it("bridges a Chinese demand to English lab words with the real analyzer", () => {
    const zh = new LexiconIndex(parseLexicon(thermal), analyze);
    const hits = zh.lookup(analyze("电池包散热不好"));
    expect(hits).toHaveLength(1);
    expect(hits[0].targets.map((t) => t.term)).toEqual(expect.arrayContaining(analyze("dissipation conductivity")));
    const back = zh.lookup(analyze("heat dissipation of power modules"));
    expect(back[0].targets.map((t) => t.term)).toContain("散热");
  });
});

describe("example lexicon (examples/data/lexicon.json)", () => {
  it("parses and compiles with the real analyzer", async () => {
    const { readFileSync } = await import("node:fs");
    const lexicon = parseLexicon(JSON.parse(readFileSync(new URL("../examples/data/lexicon.json", import.meta.url), "utf8")));
    expect(lexicon.concepts.length).toBeGreaterThan(50);
    const index = new LexiconIndex(lexicon);
    expect(index.conceptCount).toBe(lexicon.concepts.length);
    const hits = index.lookup(analyze("Brakes that keep their bite: the car runs hot and the brakes fade"));
    expect(hits.map((h) => h.conceptId)).toEqual(expect.arrayContaining(["thermal-management", "brake-fade"]));
  });
});
