import { describe, expect, it } from "vitest";
import { problemPaths } from "./support/problemPaths.js";
import { Matcher, createAnalyzer, explain, type ResearchResult } from "../src/index.js";

const R = (id: string, institution: string | undefined, summary: string): ResearchResult => ({
  id,
  title: "graphene heat spreader film",
  summary,
  ...(institution === undefined ? {} : { institution }),
});
const RESULTS: ResearchResult[] = [
  R("a1", "Tsinghua", "graphene film spreads heat in phones, thermal conductivity 1800 W/(m·K)"),
  R("a2", "Tsinghua", "graphene heat spreader for phone chips"),
  R("a3", "Tsinghua", "graphene film"),
  R("a4", "Tsinghua", "graphene"),
  R("b1", "Fraunhofer", "graphene heat spreader film for phones, thermal conductivity 1500 W/(m·K), phone heat"),
  R("c1", "Small Lab", "a film"),
  R("n1", undefined, "graphene heat spreader film for phones without an institution"),
];
const DEMAND = { id: "d", title: "phone heat", description: "a graphene heat spreader film for phones, thermal conductivity at least 1500 W/(m·K)" };

function matcher(): Matcher {
  const m = new Matcher({ analyzer: createAnalyzer(), bridges: { builtin: false } });
  m.addResults(RESULTS);
  m.addDemands([DEMAND]);
  return m;
}

describe("matchInstitutions: the teams to call", () => {
  it("ranks institutions by their share of the evidence (capped sum of p(result | demand))", () => {
    const m = matcher();
    const top = m.matchDemand("d", { k: 100 });
    const total = top.reduce((s, x) => s + x.score, 0);
    const teams = m.matchInstitutions("d", { perTeam: 2 });
    expect(teams.map((t) => t.institution).sort()).toEqual(["Fraunhofer", "Small Lab", "Tsinghua"]);
    for (const t of teams) {
      const own = top.filter((x) => x.item.institution === t.institution);
      expect(t.resultCount).toBe(own.length);
      expect(t.results.map((x) => x.id)).toEqual(own.slice(0, 2).map((x) => x.id)); // its best, best first
      expect(t.score).toBeCloseTo(own.slice(0, 2).reduce((s, x) => s + x.score, 0) / total, 12);
      for (const x of t.results) expect(explain(x)).toContain(x.id);
    }
    for (let i = 1; i < teams.length; i++) expect(teams[i - 1].score).toBeGreaterThanOrEqual(teams[i].score);
    expect(teams.reduce((s, t) => s + t.score, 0)).toBeLessThanOrEqual(1 + 1e-12);
  });
  it("caps a team's evidence at its best perTeam results", () => {
    const one = matcher().matchInstitutions("d", { perTeam: 1 });
    const four = matcher().matchInstitutions("d", { perTeam: 4 });
    const ts = (teams: typeof one) => teams.find((t) => t.institution === "Tsinghua")!;
    expect(ts(one).results).toHaveLength(1);
    expect(ts(four).results).toHaveLength(4);
    expect(ts(four).score).toBeGreaterThan(ts(one).score);
  });
  it("groups by any key, honours k and filters, and takes ad-hoc demands", () => {
    const m = matcher();
    const byPrefix = m.matchInstitutions(DEMAND, { key: (r) => r.id[0], k: 2 });
    expect(byPrefix).toHaveLength(2);
    expect(byPrefix.map((t) => t.institution).every((x) => "abcn".includes(x))).toBe(true);
    const filtered = m.matchInstitutions("d", { filter: { where: (r) => r.institution !== "Tsinghua" } });
    expect(filtered.map((t) => t.institution)).not.toContain("Tsinghua");
  });
  it("rejects bad options with their paths", () => {
    const m = matcher();
    expect(problemPaths(() => m.matchInstitutions("d", { k: 0, depth: 5000, perTeam: 1.5 }))).toEqual(["k", "depth", "perTeam"]);
    expect(problemPaths(() => m.matchInstitutions("d", { team: 1 } as never))).toEqual(["team"]);
    expect(problemPaths(() => m.matchInstitutions("nope"))).toEqual(["id"]);
  });
  it("returns no team when nothing matches, without NaN", () => {
    const m = matcher();
    expect(m.matchInstitutions({ id: "q", title: "zzz", description: "qqq" })).toEqual([]);
  });
});
