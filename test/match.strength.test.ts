import { describe, expect, it } from "vitest";
import { analyze, createAnalyzer, defaultAnalyzer, explain, Matcher, ValidationError, type Demand, type ResearchResult } from "../src/index.js";
import { CHINESE_FILLER_WORDS, ENGLISH_FILLER_WORDS, FILLER_WORDS } from "../src/match/fillerWords.js";
import { STRENGTH_BANDS, strengthBand } from "../src/match/matchStrength.js";
import { BARE_NUMBER_WEIGHT, FILLER_WEIGHT, queryNoiseWeights } from "../src/match/queryNoise.js";
import { problemPaths } from "./support/problemPaths.js";

const RESULTS: ResearchResult[] = [
  { id: "r-cell", title: "Ceramic separators stop thermal runaway in lithium batteries", summary: "Coated separators keep cells from shorting when one cell fails." },
  { id: "r-solar", title: "Self-cleaning glass for solar panels", summary: "A hydrophobic coating sheds dust so panels keep their output." },
  { id: "r-filler", title: "Our company provides a solution", summary: "We need partners; looking for a company that wants our solution. Tested 10 times." },
  { id: "r-number", title: "Hydrophobic glass", summary: "Dust tests over 10 weeks on glass." },
];
const DEMAND: Demand = { id: "d", title: "Battery separator against thermal runaway", description: "Our company needs a solution: one failing lithium cell sets the whole battery on fire." };

// Bridges off and the analyzer pinned: these tests are about text scores, not defaults others change.
function matcher(): Matcher {
  const m = new Matcher({ analyzer: createAnalyzer({ stem: true }), bridges: { builtin: false } });
  m.addResults(RESULTS);
  return m;
}

describe("match strength", () => {
  it("is in [0, 1] on every match, falls with the score, and names its band", () => {
    const matches = matcher().matchDemand(DEMAND, { k: 10 });
    expect(matches.length).toBeGreaterThan(1);
    for (const m of matches) {
      expect(m.strength).toBeGreaterThanOrEqual(0);
      expect(m.strength).toBeLessThanOrEqual(1);
      expect(m.explanation.band).toBe(strengthBand(m.strength));
    }
    for (let i = 1; i < matches.length; i++) expect(matches[i].strength).toBeLessThanOrEqual(matches[i - 1].strength);
    // The same match scores the same strength whatever else the corpus holds: the scale is the query's own.
    expect(matches[0].id).toBe("r-cell");
    expect(matches[0].explanation.band).toBe("strong");
  });

  it("rates a record saturated with the query's key words near 1 and one sharing only filler as weak", () => {
    const m = new Matcher({ bridges: { builtin: false } });
    const words = "separator thermal runaway lithium battery";
    m.addResults([
      { id: "full", title: `${words} ${words}`, summary: `${words} ${words} ${words} ${words}` },
      { id: "filler", title: "our company solution", summary: "we need a solution for our company" },
      { id: "other", title: "solar glass", summary: "dust on panels" },
    ]);
    const [full, ...rest] = m.matchDemand({ id: "q", title: words, description: "our company needs a solution" }, { k: 3 });
    expect(full.id).toBe("full");
    expect(full.strength).toBeGreaterThan(0.75);
    const filler = rest.find((x) => x.id === "filler")!;
    expect(filler.explanation.band).toBe("weak");
  });

  it("minStrength drops weaker matches; minStrength 0 keeps them all", () => {
    const m = matcher();
    const all = m.matchDemand(DEMAND, { k: 10 });
    const cut = (all[0].strength + all[all.length - 1].strength) / 2;
    const kept = m.matchDemand(DEMAND, { k: 10, minStrength: cut });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.every((x) => x.strength >= cut)).toBe(true);
    expect(m.matchDemand(DEMAND, { k: 10, minStrength: 0 })).toHaveLength(all.length);
    expect(m.matchDemand(DEMAND, { k: 10, minStrength: 1 }).every((x) => x.strength === 1)).toBe(true);
  });

  it("rejects a minStrength outside [0, 1] or not a number, naming the option", () => {
    const m = matcher();
    for (const bad of [-0.1, 1.5, Number.NaN, "0.5", null, Infinity]) {
      expect(() => m.matchDemand(DEMAND, { minStrength: bad as number })).toThrow(ValidationError);
      expect(problemPaths(() => m.matchDemand(DEMAND, { minStrength: bad as number }))).toEqual(["minStrength"]);
      expect(problemPaths(() => m.matchResult("r-cell", { minStrength: bad as number }))).toEqual(["minStrength"]);
      expect(problemPaths(() => m.matchAll({ minStrength: bad as number }))).toEqual(["minStrength"]);
    }
  });

  // "overheating" appears in no result; the lexicon bridges it to "thermal runaway" at weight 0.5 (the default lexiconWeight).
  const THERMAL = { version: 1 as const, concepts: [{ id: "thermal", expressions: [{ text: "overheating" }, { text: "thermal runaway" }] }] };
  const runaway = (n: number): string => Array.from({ length: n }, () => "thermal runaway").join(" ");
  // Many records mention thermal runaway once, so its words are common (low idf) and overheating, unseen, is rare.
  const COMMON = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, title: `pump ${i}`, summary: `a note on thermal runaway and pumps, item ${i}` }));

  it("counts a match reached only through a bridge at the bridge's weight, whatever the idf of the bridged words", () => {
    const m = new Matcher({ bridges: { builtin: false, lexicon: THERMAL } });
    m.addResults([...COMMON, { id: "full", title: runaway(4), summary: runaway(20) }]);
    const [top] = m.matchDemand({ id: "q", title: "overheating", description: "overheating" }, { k: 1 });
    expect(top.id).toBe("full");
    expect(top.explanation.parts.bridged).toBe(top.explanation.parts.text);
    // Saturated bridge of weight 0.5: strength just under 0.5 (partial), not weak as a raw share of the rare word's idf.
    expect(top.strength).toBeGreaterThan(0.4);
    expect(top.strength).toBeLessThanOrEqual(0.5);
    expect(top.explanation.band).toBe("strong");
  });

  it("never credits a bridge beyond the word it stands in for", () => {
    const m = new Matcher({ bridges: { builtin: false, lexicon: THERMAL } });
    const words = (w: string, n: number): string => Array.from({ length: n }, () => w).join(" ");
    m.addResults([
      ...COMMON,
      { id: "own", title: words("overheating", 8), summary: words("overheating", 40) },
      { id: "both", title: `${words("overheating", 4)} ${runaway(2)}`, summary: `${words("overheating", 20)} ${runaway(10)}` },
    ]);
    const matches = m.matchDemand({ id: "q", title: "overheating valve", description: "valve" }, { k: 2 });
    const own = matches.find((x) => x.id === "own")!;
    const both = matches.find((x) => x.id === "both")!;
    // "valve" is in no record, so both lack it; overheating's slot is full in "own" already and "both" cannot exceed it.
    expect(both.strength).toBeLessThanOrEqual(own.strength + 0.05);
    expect(both.explanation.parts.bridged).toBeGreaterThan(0);
  });

  it("bands are ordered: strong above partial above weak", () => {
    expect(STRENGTH_BANDS.strong).toBeGreaterThan(STRENGTH_BANDS.partial);
    expect(strengthBand(STRENGTH_BANDS.strong)).toBe("strong");
    expect(strengthBand(STRENGTH_BANDS.partial)).toBe("partial");
    expect(strengthBand(STRENGTH_BANDS.partial - 1e-9)).toBe("weak");
  });
});

describe("explanations show the words as written", () => {
  it("gives each matched term its surface forms with offsets into the original fields", () => {
    const [top] = matcher().matchDemand(DEMAND, { k: 1 });
    const battery = top.explanation.terms.find((t) => t.term === analyze("battery")[0])!;
    expect(battery.term).toBe("batteri");
    expect(battery.inQuery[0]).toEqual({ text: "Battery", field: "title", start: 0, end: 7 });
    const form = battery.inMatch[0];
    expect(form).toMatchObject({ text: "batteries", field: "title" });
    expect(RESULTS[0].title.slice(form.start, form.end)).toBe("batteries");
    for (const t of top.explanation.terms) {
      for (const f of t.inQuery) expect(f.field === "title" ? DEMAND.title.slice(f.start, f.end) : DEMAND.description.slice(f.start, f.end)).toBe(f.text);
    }
    const text = explain(top);
    expect(text).toMatch(/"Battery" as "batteries" in title/);
    expect(text).not.toMatch(/batteri\b/);
  });

  it("names keywords by position and finds forms with a custom analyzer too", () => {
    const words = (s: string): string[] => s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0);
    const m = new Matcher({ analyzer: { name: "words", analyze: words }, bridges: { builtin: false } });
    m.addResults([{ id: "r", title: "Glass", summary: "Coated glass.", keywords: ["solar", "Hydrophobic Coating"] }]);
    const [top] = m.matchDemand({ id: "q", title: "hydrophobic glass", description: "a coating" });
    const hydro = top.explanation.terms.find((t) => t.term === "hydrophobic")!;
    expect(hydro.inMatch).toEqual([{ text: "Hydrophobic", field: "keywords[1]", start: 0, end: 11 }]);
    expect(hydro.inQuery).toEqual([{ text: "hydrophobic", field: "title", start: 0, end: 11 }]);
  });
});

describe("noise control", () => {
  it("keeps one filler list with the issue's words, each of which still analyses to a term", () => {
    for (const w of ["need", "looking", "company", "solution"]) expect(ENGLISH_FILLER_WORDS).toContain(w);
    for (const w of ["需要", "我们", "公司", "寻求"]) expect(CHINESE_FILLER_WORDS).toContain(w);
    expect(FILLER_WORDS).toEqual([...ENGLISH_FILLER_WORDS, ...CHINESE_FILLER_WORDS]);
    // Stop words drop out by themselves; every other word must meet the analyzer, or the list entry is dead.
    const keepStopWords = createAnalyzer({ stopWords: false });
    expect(FILLER_WORDS.filter((w) => keepStopWords.analyze(w).length === 0)).toEqual([]);
  });

  it("weighs filler words and bare numbers down, numbers with a unit and content words not", () => {
    const weight = queryNoiseWeights("We need a 10 mm coating, tested 500 times; our company seeks 3 partners in 2024. 需要涂层", defaultAnalyzer());
    for (const t of analyze("need company seek partner 需要")) expect(weight(t)).toBe(FILLER_WEIGHT);
    expect(weight("2024")).toBe(BARE_NUMBER_WEIGHT);
    expect(weight("10")).toBe(1); // "10 mm": a unit is attached
    expect(weight("500")).toBe(1); // "500 times": a word is attached
    expect(weight(analyze("coating")[0])).toBe(1);
    expect(weight(analyze("涂层")[0])).toBe(1);
    expect(queryNoiseWeights("pressure of 10 or 12", defaultAnalyzer())("12")).toBe(BARE_NUMBER_WEIGHT);
  });

  it("a result sharing only filler words and a bare number ranks below one sharing content", () => {
    const m = matcher();
    const demand: Demand = { id: "n", title: "Our company needs a solution", description: "Hydrophobic glass against dust, target 10" };
    const ranked = m.matchDemand(demand, { k: 4 }).map((x) => x.id);
    expect(ranked.indexOf("r-filler")).toBeGreaterThan(ranked.indexOf("r-number"));
    expect(ranked.indexOf("r-filler")).toBeGreaterThan(ranked.indexOf("r-solar"));
  });
});
