import { describe, expect, it } from "vitest";
import { problemPaths } from "./support/problemPaths.js";
import {
  DEFAULT_READINESS_FIT,
  Matcher,
  explain,
  readinessFit,
  type Demand,
  type Match,
  type ResearchResult,
} from "../src/index.js";

// Small hand-made records: each demand has one obvious partner, in English or Chinese.
const RESULTS: ResearchResult[] = [
  { id: "r-brake", title: "Graphene coating for brake discs", summary: "A graphene composite coating sprayed on cast-iron brake discs spreads heat and keeps friction stable on long descents.", keywords: ["brake disc", "graphene coating"], disciplines: ["materials", "manufacturing"], trl: 3, region: "Bavaria", ipStatus: "pending", seeking: ["licensing"] },
  { id: "r-cell", title: "Ceramic separator that stops thermal runaway in lithium cells", summary: "A ceramic-coated separator keeps lithium-ion cells from short-circuiting when one cell fails, so the battery pack does not catch fire.", keywords: ["separator", "thermal runaway"], disciplines: ["batteries"], trl: 7, region: "Jiangsu", ipStatus: "granted", seeking: ["co-development", "investment"] },
  { id: "r-solar", title: "Self-cleaning glass for solar panels", summary: "A hydrophobic nano coating on photovoltaic glass sheds dust so solar panels keep their output in the desert.", keywords: ["solar panel", "anti-soiling"], disciplines: ["energy", "materials"], region: "Bavaria", ipStatus: "none" },
  { id: "r-zh-heat", title: "石墨烯散热膜", summary: "一种超薄石墨烯散热膜，导热系数高，可用于手机散热，降低游戏时的机身温度。", keywords: ["散热", "石墨烯"], disciplines: ["electronics"], trl: 6, region: "Guangdong", language: "zh", ipStatus: "granted" },
  { id: "r-zh-rust", title: "空调外机耐盐雾防腐涂层", summary: "沿海地区空调外机容易生锈，本涂层耐盐雾超过两千小时，防腐效果好。", keywords: ["防腐涂层", "盐雾"], disciplines: ["materials"], trl: 8, region: "Guangdong", language: "zh", ipStatus: "unknown" },
];
const DEMANDS: Demand[] = [
  { id: "d-brake", title: "Brake discs fading on mountain descents", description: "Our brake discs lose friction and fade after long descents; we need a coating or material that keeps them stable.", industry: ["manufacturing"], minTrl: 7, region: "Bavaria" },
  { id: "d-cell", title: "Battery pack fire from one failing cell", description: "When one lithium cell fails the whole battery pack can catch fire; we want to stop thermal runaway.", industry: ["batteries"], minTrl: 6, region: "Jiangsu" },
  { id: "d-solar", title: "Dust on solar panels", description: "Dust on our solar panels cuts output; cleaning by hand is costly.", industry: ["energy"] },
  { id: "d-zh-heat", title: "手机发热", description: "玩游戏时手机机身温度太高，需要超薄散热方案。", industry: ["electronics"], minTrl: 7, language: "zh" },
  { id: "d-zh-rust", title: "空调外机生锈", description: "沿海地区的空调外机一年就生锈，需要防腐方案。", industry: ["materials"], minTrl: 6, language: "zh" },
];
const PARTNER: Record<string, string> = { "d-brake": "r-brake", "d-cell": "r-cell", "d-solar": "r-solar", "d-zh-heat": "r-zh-heat", "d-zh-rust": "r-zh-rust" };

// Ad-hoc records whose words touch every stored record, so that filters have something to narrow.
const BROAD_DEMAND: Demand = { id: "broad", title: "brake coating, battery cell fire, solar panel dust", description: "手机散热 空调外机防腐涂层" };
const BROAD_RESULT: ResearchResult = { id: "broad", title: "brake disc descents, lithium battery cell fire, solar panel dust", summary: "手机温度 空调外机生锈" };

function matcher(options?: ConstructorParameters<typeof Matcher>[0]): Matcher {
  const m = new Matcher(options);
  m.addResults(RESULTS);
  m.addDemands(DEMANDS);
  return m;
}
const ids = (ms: readonly Match<unknown>[]): string[] => ms.map((x) => x.id);


describe("Matcher: both ways", () => {
  const m = matcher();
  it("finds the obvious result for each demand (English and Chinese)", () => {
    for (const d of DEMANDS) {
      const ms = m.matchDemand(d.id);
      expect(ms[0].id, d.id).toBe(PARTNER[d.id]);
      expect(ms[0].item).toEqual(RESULTS.find((r) => r.id === PARTNER[d.id]));
      expect(ms[0].direction).toBe("demand-to-result");
    }
  });
  it("finds the obvious demand for each result", () => {
    for (const d of DEMANDS) {
      const ms = m.matchResult(PARTNER[d.id]);
      expect(ms[0].id).toBe(d.id);
      expect(ms[0].direction).toBe("result-to-demand");
    }
  });
  it("matches ad-hoc records without storing them", () => {
    const demand: Demand = { id: "new", title: "Phones get too hot", description: "手机游戏时温度太高" };
    expect(m.matchDemand(demand)[0].id).toBe("r-zh-heat");
    const result: ResearchResult = { id: "new", title: "Battery separator", summary: "Stops thermal runaway in lithium battery packs." };
    expect(m.matchResult(result)[0].id).toBe("d-cell");
    expect([m.getDemand("new"), m.getResult("new"), m.demandCount, m.resultCount]).toEqual([undefined, undefined, 5, 5]);
  });
  it("rejects unknown ids and invalid ad-hoc records", () => {
    expect(problemPaths(() => m.matchDemand("nope"))).toEqual(["id"]);
    expect(problemPaths(() => m.matchResult("nope"))).toEqual(["id"]);
    expect(problemPaths(() => m.matchDemand({ id: "x", title: "t" } as unknown as Demand))).toContain("description");
  });
  it("matchAll gives every stored demand its matchDemand list", () => {
    const all = m.matchAll({ k: 2 });
    expect([...all.keys()]).toEqual(DEMANDS.map((d) => d.id));
    for (const d of DEMANDS) expect(all.get(d.id)).toEqual(m.matchDemand(d.id, { k: 2 }));
  });
  it("matchAll validates its options even when no demand is stored", () => {
    // Bug: options are only checked inside matchDemand, so an empty matcher accepts { k: 0 }.
    expect(problemPaths(() => new Matcher().matchAll({ k: 0 }))).toEqual(["k"]);
  });
});

describe("Matcher: filters, minScore, k", () => {
  const m = matcher();
  const allResults = m.matchDemand(BROAD_DEMAND, { k: 100 });
  const allDemands = m.matchResult(BROAD_RESULT, { k: 100 });
  const byId = new Map(RESULTS.map((r) => [r.id, r]));
  const demandById = new Map(DEMANDS.map((d) => [d.id, d]));

  it("the broad probes reach every record", () => {
    expect(allResults).toHaveLength(RESULTS.length);
    expect(allDemands).toHaveLength(DEMANDS.length);
  });
  const resultCases: [string, object, (r: ResearchResult) => boolean][] = [
    ["disciplines", { disciplines: ["materials"] }, (r) => r.disciplines!.includes("materials")],
    ["region string", { region: "Bavaria" }, (r) => r.region === "Bavaria"],
    ["region list", { region: ["Jiangsu", "Guangdong"] }, (r) => r.region === "Jiangsu" || r.region === "Guangdong"],
    ["trl.min", { trl: { min: 6 } }, (r) => r.trl !== undefined && r.trl >= 6],
    ["trl.max", { trl: { max: 6 } }, (r) => r.trl !== undefined && r.trl <= 6],
    ["includeUnknownTrl", { trl: { min: 6 }, includeUnknownTrl: true }, (r) => r.trl === undefined || r.trl >= 6],
    ["ipStatus", { ipStatus: ["granted", "unknown"] }, (r) => r.ipStatus === "granted" || r.ipStatus === "unknown"],
    ["seeking", { seeking: ["licensing", "investment"] }, (r) => r.id === "r-brake" || r.id === "r-cell"],
    ["where", { where: (r: ResearchResult) => r.language === "zh" }, (r) => r.language === "zh"],
    ["combined", { disciplines: ["materials"], region: "Bavaria" }, (r) => r.id === "r-brake" || r.id === "r-solar"],
  ];
  it.each(resultCases)("ResultFilter %s narrows to exactly the records that satisfy it", (_, filter, keep) => {
    const expected = ids(allResults.filter((x) => keep(byId.get(x.id)!)));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(RESULTS.length);
    const got = m.matchDemand(BROAD_DEMAND, { k: 100, filter });
    expect(ids(got)).toEqual(expected);
    // A filter removes candidates; it does not change the scores of the rest.
    for (const g of got) expect(g.score).toBe(allResults.find((x) => x.id === g.id)!.score);
  });
  const demandCases: [string, object, (d: Demand) => boolean][] = [
    ["industry", { industry: ["batteries", "energy"] }, (d) => d.id === "d-cell" || d.id === "d-solar"],
    ["region", { region: "Bavaria" }, (d) => d.region === "Bavaria"],
    ["maxRequiredTrl", { maxRequiredTrl: 6 }, (d) => d.minTrl === undefined || d.minTrl <= 6],
    ["where", { where: (d: Demand) => d.language === "zh" }, (d) => d.language === "zh"],
  ];
  it.each(demandCases)("DemandFilter %s narrows to exactly the records that satisfy it", (_, filter, keep) => {
    const expected = ids(allDemands.filter((x) => keep(demandById.get(x.id)!)));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(DEMANDS.length);
    expect(ids(m.matchResult(BROAD_RESULT, { k: 100, filter }))).toEqual(expected);
  });
  it("bad filters throw a ValidationError naming filter.<field>", () => {
    const bad = (filter: unknown) => problemPaths(() => m.matchDemand("d-brake", { filter: filter as object }));
    expect(bad(null)).toEqual(["filter"]);
    expect(bad({ disciplines: "materials" })).toEqual(["filter.disciplines"]);
    expect(bad({ region: 7 })).toEqual(["filter.region"]);
    expect(bad({ trl: 5 })).toEqual(["filter.trl"]);
    expect(bad({ trl: { min: 0, max: 10 } })).toEqual(["filter.trl.min", "filter.trl.max"]);
    expect(bad({ ipStatus: [1], seeking: "licensing", where: true })).toEqual(["filter.ipStatus[0]", "filter.seeking", "filter.where"]);
    const badDemand = (filter: unknown) => problemPaths(() => m.matchResult("r-brake", { filter: filter as object }));
    expect(badDemand({ industry: "energy", region: [1], maxRequiredTrl: 2.5, where: "x" })).toEqual([
      "filter.industry",
      "filter.region[0]",
      "filter.maxRequiredTrl",
      "filter.where",
    ]);
  });
  it("rejects a non-boolean includeUnknownTrl", () => {
    // Bug: includeUnknownTrl is read as truthy and never validated, so "no" lets unknown-TRL results in.
    expect(problemPaths(() => m.matchDemand("d-brake", { filter: { trl: { min: 5 }, includeUnknownTrl: "no" as unknown as boolean } }))).toEqual([
      "filter.includeUnknownTrl",
    ]);
  });
  it("rejects ipStatus values that no record can have", () => {
    // Bug: a typo such as "patented" silently filters out everything instead of naming the bad value.
    const paths = problemPaths(() => m.matchDemand("d-brake", { filter: { ipStatus: ["patented" as "granted"] } }));
    expect(paths[0]).toMatch(/^filter\.ipStatus/);
  });
  it("minScore drops exactly the matches below it", () => {
    const threshold = allResults[1].score;
    expect(ids(m.matchDemand(BROAD_DEMAND, { k: 100, minScore: threshold }))).toEqual(ids(allResults.filter((x) => x.score >= threshold)));
    expect(m.matchDemand(BROAD_DEMAND, { minScore: Infinity })).toEqual([]);
    expect(problemPaths(() => m.matchDemand("d-brake", { minScore: Number.NaN }))).toEqual(["minScore"]);
  });
  it("k limits the list and must be an integer from 1 to 100,000", () => {
    expect(ids(m.matchDemand(BROAD_DEMAND, { k: 2 }))).toEqual(ids(allResults.slice(0, 2)));
    expect(m.matchDemand(BROAD_DEMAND, { k: 1000 })).toHaveLength(RESULTS.length);
    for (const k of [0, -1, Number.NaN, 100_001, 2.5, Infinity, "3"]) {
      expect(problemPaths(() => m.matchDemand("d-brake", { k: k as number }))).toEqual(["k"]);
      expect(problemPaths(() => m.matchResult("r-brake", { k: k as number }))).toEqual(["k"]);
    }
  });
});

describe("Matcher: bridge options and very large candidate sets", () => {
  it("names bad bridge options when they are set, not at the first match", () => {
    const m = new Matcher();
    expect(problemPaths(() => m.setBridges({ feedback: { docs: 0, terms: 2.5 } }))).toEqual(["bridges.feedback.docs", "bridges.feedback.terms"]);
    expect(problemPaths(() => m.setBridges({ model: {} as never, weights: { lexiconWeight: 2 } }))).toEqual(["bridges.model", "bridges.weights.lexiconWeight"]);
    // A typo, or a key that belongs elsewhere, is named instead of silently ignored or applied.
    expect(problemPaths(() => m.setBridges({ weights: { lexiconWeigth: 0.9, feedback: [] } as never }))).toEqual([
      "bridges.weights.lexiconWeigth",
      "bridges.weights.feedback",
    ]);
    expect(problemPaths(() => new Matcher({ bridges: { lexicon: { version: 1, concepts: [{ id: "", expressions: [] }] } as never } }))[0]).toMatch(
      /^bridges\.lexicon\.concepts\[0\]/,
    );
    // A rejected setBridges keeps the bridges that were in place.
    m.addResults(RESULTS);
    m.addDemands(DEMANDS);
    const before = m.matchDemand("d-brake");
    expect(() => m.setBridges({ feedback: { docs: -1 } })).toThrow();
    expect(m.matchDemand("d-brake")).toEqual(before);
  });

  it("rankPartners never asks the index for more than MAX_K hits", async () => {
    const { rankPartners } = await import("../src/match/rankPartners.js");
    const { MAX_K } = await import("../src/postings/inputLimits.js");
    const asked: number[] = [];
    // 300,000 documents with equal text scores, all far below the demand's readiness: widening never settles.
    const index = {
      size: 300_000,
      search: (_q: unknown, { k }: { k: number }) => {
        if (k > MAX_K) throw new Error(`k ${k} > MAX_K`);
        asked.push(k);
        return Array.from({ length: k }, (_, i) => ({ id: `doc${String(i).padStart(6, "0")}`, score: 1 }));
      },
      explainScore: () => [],
    };
    const ranked = rankPartners({
      index: index as never,
      query: { query: [{ term: "x", weight: 1 }], terms: [] },
      k: 3,
      minScore: 0,
      minStrength: 0,
      analyzer: { name: "none", analyze: () => [] },
      queryTexts: [],
      texts: () => [],
      item: (id) => id,
      fit: (id) => (id === "doc099999" ? 1 : 0.5),
      readiness: () => ({}) as never,
    });
    expect(Math.max(...asked)).toBe(MAX_K);
    expect(ranked.map((r) => r.id)).toEqual(["doc099999", "doc000000", "doc000001"]);
  });
});

describe("Matcher: readiness fit and explanations", () => {
  it("readinessFit: 1 when ready or nothing required, 0.1 lost per missing level down to 0.5, 0.85 when unknown", () => {
    const fit = DEFAULT_READINESS_FIT;
    expect(readinessFit(7, 7, fit)).toBe(1);
    expect(readinessFit(9, 7, fit)).toBe(1);
    expect(readinessFit(3, undefined, fit)).toBe(1);
    expect(readinessFit(5, 7, fit)).toBeCloseTo(0.8, 12);
    expect(readinessFit(1, 9, fit)).toBe(0.5);
    expect(readinessFit(undefined, 5, fit)).toBe(0.85);
    expect(readinessFit(undefined, undefined, fit)).toBe(1);
  });

  it("ranks a result below minTrl with its levelsShort visible instead of dropping it", () => {
    const [top] = matcher().matchDemand("d-brake", { k: 1 });
    expect(top.id).toBe("r-brake"); // TRL 3 against a required TRL 7
    const { parts, readiness } = top.explanation;
    expect(readiness).toMatchObject({ status: "below", resultTrl: 3, requiredTrl: 7, levelsShort: 4, crossesMiddle: true });
    expect(readiness.stagesCrossed).toContain("pilot");
    expect(readiness.supportNeeded.length).toBeGreaterThan(0);
    expect(parts.readinessFit).toBeCloseTo(0.6, 12);
    expect(top.score).toBeCloseTo(parts.text * parts.readinessFit, 12);
    expect(explain(top)).toMatch(/^r-brake: (strong|partial|weak) match \(strength [\d.]+; score [\d.]+ = text [\d.]+ x readiness 0\.60\)\. Matched ".+" in .+TRL 3 is 4 levels below the required TRL 7.*\(crosses the middle stage\); needs /);
  });

  it("handles unknown and unrequired readiness explicitly, and the fit is tunable", () => {
    const adHoc: Demand = { id: "x", title: "Dust on solar panels", description: "solar panel dust", minTrl: 5 };
    const [unknown] = matcher().matchDemand(adHoc, { k: 1 });
    expect(unknown.id).toBe("r-solar"); // no TRL given
    expect(unknown.explanation.readiness.status).toBe("unknown");
    expect(unknown.explanation.parts.readinessFit).toBe(0.85);
    expect(matcher().matchDemand("d-solar", { k: 1 })[0].explanation.readiness.status).toBe("not-required");
    const strict = matcher({ readiness: { perLevel: 0.2, floor: 0.1, unknown: 0.5 } });
    expect(strict.matchDemand("d-brake", { k: 1 })[0].explanation.parts.readinessFit).toBeCloseTo(0.2, 12);
    expect(strict.matchDemand(adHoc, { k: 1 })[0].explanation.parts.readinessFit).toBe(0.5);
    expect(problemPaths(() => new Matcher({ readiness: { perLevel: 2, floor: Number.NaN } }))).toEqual(["readiness.perLevel", "readiness.floor"]);
  });

  it("splits the text score over the matched terms and the fields they matched in", () => {
    for (const m of matcher({ bridges: { builtin: false } }).matchDemand(BROAD_DEMAND, { k: 100 })) {
      const { parts, terms } = m.explanation;
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.reduce((s, t) => s + t.score, 0)).toBeCloseTo(parts.text, 9);
      expect(terms.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 9);
      for (const t of terms) {
        expect(t.source).toBe("query");
        expect(t.fields.reduce((s, f) => s + f.score, 0)).toBeCloseTo(t.score, 9);
        for (const f of t.fields) expect(["title", "keywords", "summary"]).toContain(f.field);
      }
      expect(terms.map((t) => t.score)).toEqual([...terms.map((t) => t.score)].sort((a, b) => b - a));
    }
  });

  it("shows the bridge behind a match that shares no word with the demand", () => {
    const lexicon = {
      version: 1 as const,
      concepts: [{ id: "thermal", label: "thermal management", expressions: [{ text: "runs hot" }, { text: "散热", lang: "zh" }] }],
    };
    const demand: Demand = { id: "q", title: "Our phone runs hot", description: "It runs hot when people play games." };
    expect(matcher({ bridges: { builtin: false } }).matchDemand(demand).map((m) => m.id)).not.toContain("r-zh-heat");
    const [top] = matcher({ bridges: { lexicon, builtin: false } }).matchDemand(demand, { k: 1 });
    expect(top.id).toBe("r-zh-heat");
    const { parts, terms } = top.explanation;
    expect(parts.bridged).toBeCloseTo(parts.text, 12);
    expect(terms.every((t) => t.source === "lexicon")).toBe(true);
    expect(terms[0].bridge).toMatch(/^"runs hot" -> "散热" \(lexicon: thermal management, 0\.50\)$/);
    expect(explain(top)).toContain("Bridged terms bring 100% of the text score.");
  });
});
