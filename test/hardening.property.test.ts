// Random hostile values thrown at the public API (issue 15): every call either succeeds or throws a
// TechbrokerError, and a call that throws leaves the index exactly as it was (same snapshot bytes).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyzePortfolio,
  firstInvestmentShortlist,
  InvertedIndex,
  Matcher,
  parseDemand,
  parseResult,
  shortlistChartSvg,
  stageGap,
  TechbrokerError,
  valleyChartSvg,
} from "../src/index.js";

const cyclic: Record<string, unknown> = { id: "cyc", title: "graphene" };
cyclic.self = cyclic;
// Traps throw for every string key (symbol keys answer normally, so that fast-check itself can handle the value).
const trap = (key: string | symbol): never | undefined => {
  if (typeof key === "symbol") return undefined;
  throw new Error("trap");
};
const throwingProxy = new Proxy({}, { get: (_, k) => trap(k), has: (_, k) => (trap(k), false), ownKeys: () => trap("ownKeys") ?? [] });
class Paper {
  constructor(readonly id: string) {}
  get title(): string {
    return "graphene coating";
  }
}
const sparse: string[] = [];
sparse.length = 2 ** 32 - 1;
const getterId = Object.defineProperty({ title: "x" }, "id", { enumerable: true, get: () => `g${Math.random()}` });

const special = fc.constantFrom<unknown>(
  Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 0.1,
  Symbol("s"), 10n, cyclic, Object.freeze({ id: "frozen", title: "coating" }), new Paper("paper"), throwingProxy,
  sparse, getterId, new Uint8Array(20), new Date(Number.NaN), Object.create(null), () => "fn", "x\ud800", "", "a".repeat(2000),
  JSON.parse('{"__proto__": {"id": "p"}, "id": "proto", "title": "graphene"}'),
);
const text = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("graphene coating", "石墨烯 涂层", "heat", "x\udc00y"));
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: special },
  { weight: 2, arbitrary: text },
  { weight: 2, arbitrary: fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withDate: true, maxDepth: 2 }) },
);
// Plain hostile values, without caller code that throws (those are covered for the index above).
const values = hostile.filter((v) => v !== throwingProxy);
const doc = fc.oneof(
  hostile,
  fc.record({ id: fc.oneof(text, hostile), title: fc.oneof(text, hostile, fc.array(fc.oneof(text, hostile), { maxLength: 3 })), text: fc.oneof(text, hostile) }, { requiredKeys: [] }),
);
const options = fc.oneof(hostile, fc.record({ k: hostile, filter: fc.oneof(hostile, fc.constant(() => true)) }, { requiredKeys: [] }));

type Call = (index: InvertedIndex) => unknown;
const call: fc.Arbitrary<[string, Call]> = fc.oneof(
  doc.map((d): [string, Call] => ["add", (i) => i.add(d as never)]),
  fc.oneof(hostile, fc.array(doc, { maxLength: 4 })).map((ds): [string, Call] => ["addAll", (i) => i.addAll(ds as never)]),
  doc.map((d): [string, Call] => ["update", (i) => i.update(d as never)]),
  fc.oneof(hostile, fc.constantFrom("r1", "r2")).map((id): [string, Call] => ["remove", (i) => i.remove(id as never)]),
  fc.tuple(fc.oneof(text, hostile, fc.array(fc.record({ term: hostile, weight: hostile }), { maxLength: 3 })), options).map(
    ([q, o]): [string, Call] => ["search", (i) => i.search(q as never, o as never)],
  ),
  fc.tuple(fc.oneof(hostile, fc.constantFrom("r1", "r2")), fc.oneof(text, hostile)).map(([id, q]): [string, Call] => ["explainScore", (i) => i.explainScore(id as never, q as never)]),
  fc.tuple(hostile, hostile).map(([b, o]): [string, Call] => ["fromSnapshot", () => InvertedIndex.fromSnapshot(b as never, o as never)]),
  hostile.map((o): [string, Call] => ["new InvertedIndex", () => new InvertedIndex(o as never)]),
  hostile.map((o): [string, Call] => ["new InvertedIndex fields", () => new InvertedIndex({ fields: o as never })]),
);

function expectTypedOrSuccess(run: () => unknown, what: string): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (!(error instanceof TechbrokerError)) throw new Error(`${what} threw ${String(error)} instead of a TechbrokerError`);
    return false;
  }
}

describe("hostile values against the public API (property)", () => {
  it("InvertedIndex: success or a TechbrokerError, and an error leaves the snapshot unchanged", () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 6 }), (calls) => {
        const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: {} } });
        index.addAll([
          { id: "r1", title: "graphene coating", text: "heat dissipation" },
          { id: "r2", title: "石墨烯涂层", text: "散热" },
        ]);
        for (const [name, run] of calls) {
          const before = index.toSnapshot();
          const ok = expectTypedOrSuccess(() => run(index), name);
          if (!ok) expect(index.toSnapshot()).toEqual(before);
          // The index stays usable and consistent: every hit is a live id with a finite score.
          for (const h of index.search("graphene coating 石墨烯 heat")) {
            expect(index.has(h.id)).toBe(true);
            expect(Number.isFinite(h.score)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("Matcher, parsers and stage functions: success or a TechbrokerError", () => {
    const matcher = new Matcher();
    matcher.addResults([{ id: "r1", title: "graphene coating", summary: "heat", trl: 5 }]);
    matcher.addDemands([{ id: "d1", title: "graphene", description: "coating", minTrl: 6 }]);
    const analysis = analyzePortfolio([{ id: "r1", title: "graphene coating", summary: "heat", trl: 5 }], { supports: [], now: "2026-01-01" });
    const record = fc.oneof(values, fc.record({ id: fc.oneof(text, hostile), title: fc.oneof(text, hostile), summary: fc.oneof(text, hostile), description: fc.oneof(text, hostile), trl: hostile, minTrl: hostile }, { requiredKeys: [] }));
    const calls: fc.Arbitrary<[string, () => unknown]> = fc.oneof(
      record.map((r): [string, () => unknown] => ["parseResult", () => parseResult(r)]),
      record.map((r): [string, () => unknown] => ["parseDemand", () => parseDemand(r)]),
      fc.tuple(fc.oneof(values, fc.constant("d1")), values).map(([d, o]): [string, () => unknown] => ["matchDemand", () => matcher.matchDemand(d as never, o as never)]),
      fc.tuple(fc.oneof(values, fc.constant("r1")), values).map(([r, o]): [string, () => unknown] => ["matchResult", () => matcher.matchResult(r as never, o as never)]),
      values.map((o): [string, () => unknown] => ["new Matcher", () => new Matcher(o as never)]),
      fc.tuple(values, values).map(([a, b]): [string, () => unknown] => ["stageGap", () => stageGap(a as never, b as never)]),
      values.map((o): [string, () => unknown] => ["firstInvestmentShortlist", () => firstInvestmentShortlist(analysis, o as never)]),
      fc.tuple(values, values).map(([e, o]): [string, () => unknown] => ["shortlistChartSvg", () => shortlistChartSvg(e as never, o as never)]),
      values.map((o): [string, () => unknown] => ["valleyChartSvg", () => valleyChartSvg(analysis, o as never)]),
      fc.tuple(values, values).map(([r, o]): [string, () => unknown] => ["analyzePortfolio", () => analyzePortfolio(r as never, o as never)]),
    );
    fc.assert(
      fc.property(calls, ([name, run]) => {
        expectTypedOrSuccess(run, name);
      }),
      { numRuns: 1500 },
    );
    expect(matcher.resultCount).toBe(1);
  });
});
