import { describe, expect, it } from "vitest";
import { explain, Matcher, type PastMatch, type ResearchResult } from "../src/index.js";
import { PAST_MATCH_WEIGHT } from "../src/match/pastMatches.js";
import { problemPaths } from "./support/problemPaths.js";

const RESULTS: ResearchResult[] = [
  { id: "r-coat", title: "Hydrophobic nano-coating for glass", summary: "A coating that sheds water and dust from glass surfaces." },
  { id: "r-sep", title: "Ceramic separator for lithium cells", summary: "Stops thermal runaway spreading between cells." },
  { id: "r-pv", title: "Anti-soiling layer for photovoltaic modules", summary: "Keeps module yield high at arid sites." },
  { id: "r-other", title: "Vibration damping mounts", summary: "Rubber mounts for pumps." },
];
// A past demand that used other words than any result, matched to r-pv by a broker.
const HISTORY: PastMatch[] = [
  { demand: "Solar farm panels lose output to dust in the desert", resultId: "r-pv", weight: 2 },
  { demand: "Solar farm panels lose output to dust in the desert", resultId: "r-coat" },
  { demand: "Pumps shake the floor", resultId: "r-other" },
];
const DEMAND = { id: "d", title: "Dust on solar panels", description: "Our desert solar farm loses output to dust." };

function matcher(pastMatches?: PastMatch[]): Matcher {
  const m = new Matcher({ bridges: { builtin: false, ...(pastMatches ? { pastMatches } : {}) } });
  m.addResults(RESULTS);
  return m;
}

describe("past matches", () => {
  it("lift the results a similar past demand was matched to, and say so", () => {
    const without = matcher().matchDemand(DEMAND, { k: 4 });
    expect(without.find((x) => x.id === "r-pv")).toBeUndefined(); // no shared word: not found by text
    const [top, ...rest] = matcher(HISTORY).matchDemand(DEMAND, { k: 4 });
    expect(top.id).toBe("r-pv");
    expect(top.explanation.parts.pastMatch).toBeGreaterThan(0);
    expect(top.explanation.parts.text).toBe(0);
    expect(top.explanation.pastDemand).toBe(HISTORY[0].demand);
    expect(top.strength).toBeGreaterThan(0);
    expect(top.strength).toBeLessThanOrEqual(PAST_MATCH_WEIGHT + 1e-12);
    expect(explain(top)).toContain('A similar past demand was matched to it: "Solar farm panels lose output');
    // The unrelated past demand votes for nothing here.
    expect(rest.find((x) => x.id === "r-other")).toBeUndefined();
  });

  it("the best-backed result gains PAST_MATCH_WEIGHT x the closeness of the past demand, in strength", () => {
    const m = matcher([{ demand: DEMAND.title + "\n" + DEMAND.description, resultId: "r-pv" }]);
    const [top] = m.matchDemand(DEMAND, { k: 1 });
    expect(top.id).toBe("r-pv");
    // The same text as a past demand: closeness 1, full support, no text evidence.
    expect(top.strength).toBeCloseTo(PAST_MATCH_WEIGHT, 10);
  });

  it("respect filters, ignore unknown result ids, and do not run result -> demand", () => {
    const m = matcher([...HISTORY, { demand: "Solar farm panels lose output to dust in the desert", resultId: "gone" }]);
    const filtered = m.matchDemand(DEMAND, { k: 4, filter: { where: (r) => r.id !== "r-pv" } });
    expect(filtered.map((x) => x.id)).not.toContain("r-pv");
    expect(m.matchDemand(DEMAND, { k: 10 }).map((x) => x.id)).not.toContain("gone");
    m.addDemands([DEMAND]);
    for (const x of m.matchResult("r-pv", { k: 3 })) expect(x.explanation.parts.pastMatch).toBe(0);
  });

  it("pages stay exact slices of one long list", () => {
    const m = matcher(HISTORY);
    const long = m.matchDemand(DEMAND, { k: 4 }).map((x) => x.id);
    const paged = [0, 1, 2, 3].flatMap((offset) => m.matchDemand(DEMAND, { k: 1, offset }).map((x) => x.id));
    expect(paged).toEqual(long);
  });

  it("survive a snapshot and are replaced by setBridges", () => {
    const m = matcher(HISTORY);
    const loaded = Matcher.fromSnapshot(m.toSnapshot());
    expect(loaded.matchDemand(DEMAND, { k: 3 })).toEqual(m.matchDemand(DEMAND, { k: 3 }));
    loaded.setBridges({ builtin: false });
    expect(loaded.matchDemand(DEMAND, { k: 4 }).map((x) => x.id)).not.toContain("r-pv");
  });

  it("bad entries are named", () => {
    expect(problemPaths(() => matcher([{ demand: "x", resultId: 3 as unknown as string }]))).toEqual(["bridges.pastMatches[0].resultId"]);
    expect(problemPaths(() => matcher([{ demand: "x", resultId: "r", weight: 0 }]))).toEqual(["bridges.pastMatches[0].weight"]);
    expect(problemPaths(() => matcher("no" as unknown as PastMatch[]))).toEqual(["bridges.pastMatches"]);
  });
});
