import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Matcher, ValidationError, parseLexicon, type Demand, type Match, type MatcherOptions, type ResearchResult } from "../src/index.js";

// A small vocabulary, so that generated records share words and every change can move a ranking.
// It mixes lexicon expressions (heat, rust, 散热, ...) with lab words, so that bridges fire too.
const WORDS = [
  "graphene", "coating", "heat", "overheating", "dissipation", "battery", "fire", "rust", "corrosion",
  "dust", "solar", "panel", "brake", "sensor", "pilot", "散热", "涂层", "石墨烯", "电池", "生锈",
];
const LEXICON = parseLexicon(JSON.parse(readFileSync(new URL("../examples/data/lexicon.json", import.meta.url), "utf8")));

const textArb = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
const levelArb = fc.integer({ min: 1, max: 9 });

const resultArb = (prefix: string, maxId: number): fc.Arbitrary<ResearchResult> =>
  fc.record(
    {
      id: fc.integer({ min: 0, max: maxId }).map((n) => `${prefix}${n}`),
      title: textArb(1, 4),
      summary: textArb(1, 12),
      keywords: fc.array(textArb(1, 2), { maxLength: 3 }),
      trl: levelArb,
    },
    { requiredKeys: ["id", "title", "summary"] },
  );
const demandArb = (prefix: string, maxId: number): fc.Arbitrary<Demand> =>
  fc.record(
    {
      id: fc.integer({ min: 0, max: maxId }).map((n) => `${prefix}${n}`),
      title: textArb(1, 4),
      description: textArb(1, 10),
      minTrl: levelArb,
    },
    { requiredKeys: ["id", "title", "description"] },
  );
const resultsArb = (prefix: string, min: number, max: number) =>
  fc.uniqueArray(resultArb(prefix, max * 2), { selector: (r) => r.id, minLength: min, maxLength: max });
const demandsArb = (prefix: string, min: number, max: number) =>
  fc.uniqueArray(demandArb(prefix, max * 2), { selector: (d) => d.id, minLength: min, maxLength: max });

/** Plain BM25F, lexicon bridges, RM3 feedback, or both. */
const optionsArb: fc.Arbitrary<MatcherOptions> = fc
  .record({ lexicon: fc.boolean(), feedback: fc.boolean() })
  .map(({ lexicon, feedback }) => ({ bridges: { lexicon: lexicon ? LEXICON : undefined, feedback } }));
const kArb = fc.integer({ min: 1, max: 10 });

/** The base event: stored results and demands, and how the matcher is configured. */
const baseArb = fc.record({ results: resultsArb("r", 1, 8), demands: demandsArb("d", 1, 6), options: optionsArb, k: kArb });

function build(base: { results: ResearchResult[]; demands: Demand[]; options: MatcherOptions }): Matcher {
  const m = new Matcher(base.options);
  m.addResults(base.results);
  m.addDemands(base.demands);
  return m;
}

const ranked = (ms: readonly Match<unknown>[]) => ms.map((x) => ({ id: x.id, score: x.score }));

/** Every ranking of every stored record, both ways, plus the sizes. Scores are compared exactly. */
function rankings(m: Matcher, k: number) {
  return {
    resultCount: m.resultCount,
    demandCount: m.demandCount,
    demands: m.allDemands().map((d) => ({ demand: d.id, matches: ranked(m.matchDemand(d.id, { k })) })),
    results: m.allResults().map((r) => ({ result: r.id, matches: ranked(m.matchResult(r.id, { k })) })),
  };
}

const NUM_RUNS = 150;

describe("Matcher properties", () => {
  it("adding a batch and removing it again leaves every ranking bit-identical", () => {
    // Some extra batches exceed 64 results, so that the removals trigger the index's compaction.
    const extraResultsArb = fc.oneof({ weight: 4, arbitrary: resultsArb("x", 0, 6) }, { weight: 1, arbitrary: resultsArb("x", 65, 80) });
    const scenarioArb = fc.record({
      base: baseArb,
      extraResults: extraResultsArb,
      extraDemands: demandsArb("y", 0, 6),
      // Matching while the extras are stored freezes them into segments before they are removed.
      matchInBetween: fc.boolean(),
      rotate: fc.nat(),
      reverse: fc.boolean(),
    });
    fc.assert(
      fc.property(scenarioArb, ({ base, extraResults, extraDemands, matchInBetween, rotate, reverse }) => {
        const m = build(base);
        const before = rankings(m, base.k);
        m.addResults(extraResults);
        m.addDemands(extraDemands);
        if (matchInBetween) {
          // While stored, the extras must rank as in a matcher that was built with them.
          const fresh = build(base);
          fresh.addResults(extraResults);
          fresh.addDemands(extraDemands);
          expect(rankings(m, base.k)).toEqual(rankings(fresh, base.k));
        }
        const removals = [...extraResults.map((r) => () => m.removeResult(r.id)), ...extraDemands.map((d) => () => m.removeDemand(d.id))];
        const shift = removals.length === 0 ? 0 : rotate % removals.length;
        const order = [...removals.slice(shift), ...removals.slice(0, shift)];
        for (const remove of reverse ? order.reverse() : order) remove();
        expect(rankings(m, base.k)).toEqual(before);
        // A matcher that never saw the extras ranks the same too: history leaves no trace.
        expect(rankings(build(base), base.k)).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a rejected addResults or addDemands changes nothing", () => {
    const badResultArb = fc.constantFrom<unknown>(
      { id: "bad", title: "   ", summary: "heat" },
      { id: "bad", title: "heat", summary: "rust", trl: 10 },
      { id: "bad", title: "heat", summary: "rust", trl: 2.5 },
      { id: "bad", title: "heat" },
      { id: "bad", title: "heat", summary: "rust", minTrl: 3 },
      { id: "bad", title: "heat", summary: "rust", keywords: [1] },
      { id: "", title: "heat", summary: "rust" },
      "not a record",
    );
    const badDemandArb = fc.constantFrom<unknown>(
      { id: "bad", title: "", description: "heat" },
      { id: "bad", title: "heat", description: "rust", minTrl: 0 },
      { id: "bad", title: "heat", description: "rust", trl: 3 },
      { id: "bad", title: "heat" },
      null,
    );
    const scenarioArb = fc.record({
      base: baseArb,
      kind: fc.constantFrom("results" as const, "demands" as const),
      // The bad record: an invalid one, a duplicate of a stored id, or a duplicate within the batch.
      fault: fc.constantFrom("invalid" as const, "stored-id" as const, "batch-id" as const),
      newResults: resultsArb("n", 0, 5),
      newDemands: demandsArb("n", 0, 5),
      badResult: badResultArb,
      badDemand: badDemandArb,
      pick: fc.nat(),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(scenarioArb, ({ base, kind, fault, newResults, newDemands, badResult, badDemand, pick, at }) => {
        const valid: (ResearchResult | Demand)[] = kind === "results" ? newResults : newDemands;
        const stored: (ResearchResult | Demand)[] = kind === "results" ? base.results : base.demands;
        let bad: unknown;
        if (fault === "invalid") bad = kind === "results" ? badResult : badDemand;
        else if (fault === "stored-id" || valid.length === 0) bad = { ...stored[pick % stored.length] };
        else bad = { ...valid[pick % valid.length] };
        const batch: unknown[] = [...valid];
        batch.splice(at % (batch.length + 1), 0, bad);

        const m = build(base);
        const before = rankings(m, base.k);
        const recordsBefore = { results: m.allResults(), demands: m.allDemands() };
        const add = () => (kind === "results" ? m.addResults(batch) : m.addDemands(batch));
        expect(add).toThrow(ValidationError);
        expect(rankings(m, base.k)).toEqual(before);
        expect({ results: m.allResults(), demands: m.allDemands() }).toEqual(recordsBefore);
        // No id of the rejected batch was half-registered: its valid records can now be added.
        if (kind === "results") m.addResults(newResults);
        else m.addDemands(newDemands);
        expect(kind === "results" ? m.resultCount : m.demandCount).toBe(stored.length + valid.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("matchAll({ k }) equals matchDemand(id, { k }) for every stored demand", () => {
    fc.assert(
      fc.property(baseArb, (base) => {
        const m = build(base);
        const all = m.matchAll({ k: base.k });
        expect([...all.keys()]).toEqual(base.demands.map((d) => d.id));
        for (const d of base.demands) {
          const single = m.matchDemand(d.id, { k: base.k });
          expect(single.length).toBeLessThanOrEqual(base.k);
          expect(all.get(d.id)).toEqual(single);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("updating a record and updating it back restores every ranking", () => {
    const scenarioArb = fc.record({
      base: baseArb,
      kind: fc.constantFrom("results" as const, "demands" as const),
      pick: fc.nat(),
      newResult: resultArb("unused", 0),
      newDemand: demandArb("unused", 0),
      matchInBetween: fc.boolean(),
    });
    fc.assert(
      fc.property(scenarioArb, ({ base, kind, pick, newResult, newDemand, matchInBetween }) => {
        const m = build(base);
        const before = rankings(m, base.k);
        // While updated, the matcher must rank as one built with the new record (no stale caches).
        const checkAgainstFresh = (changed: typeof base) => {
          if (matchInBetween) expect(rankings(m, base.k)).toEqual(rankings(build(changed), base.k));
        };
        if (kind === "results") {
          const i = pick % base.results.length;
          const original = base.results[i];
          const replacement = { ...newResult, id: original.id };
          m.updateResult(replacement);
          expect(m.getResult(original.id)).toEqual(replacement);
          checkAgainstFresh({ ...base, results: base.results.map((r, j) => (j === i ? replacement : r)) });
          m.updateResult(original);
        } else {
          const i = pick % base.demands.length;
          const original = base.demands[i];
          const replacement = { ...newDemand, id: original.id };
          m.updateDemand(replacement);
          expect(m.getDemand(original.id)).toEqual(replacement);
          checkAgainstFresh({ ...base, demands: base.demands.map((d, j) => (j === i ? replacement : d)) });
          m.updateDemand(original);
        }
        expect(rankings(m, base.k)).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
