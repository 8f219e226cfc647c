import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvertedIndex, ValidationError, type IndexDocument } from "../src/index.js";
import { referenceSearch, type RefDoc } from "./support/referenceBm25f.js";

const words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota"];
const splitter = { name: "splitter", analyze: (t: string): string[] => t.split(" ").filter(Boolean) };
const FIELDS = [
  { name: "title", weight: 2, b: 0.75 },
  { name: "text", weight: 1, b: 0.5 },
];
const makeIndex = () =>
  new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1, b: 0.5 } }, analyzer: splitter });

const textArb = (max: number) => fc.array(fc.constantFrom(...words), { maxLength: max }).map((w) => w.join(" "));
const docArb = fc.record({ id: fc.integer({ min: 0, max: 40 }).map((n) => `d${n}`), title: textArb(4), text: textArb(25) });
const queryArb = fc.array(fc.record({ term: fc.constantFrom(...words, "missing"), weight: fc.constantFrom(1, 0.5, 2, 0.25) }), {
  minLength: 1,
  maxLength: 4,
});

type Op =
  | { kind: "add"; doc: { id: string; title: string; text: string } }
  | { kind: "remove"; id: string }
  | { kind: "update"; doc: { id: string; title: string; text: string } }
  | { kind: "compact" };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: docArb.map((doc) => ({ kind: "add" as const, doc })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => ({ kind: "remove" as const, id: `d${n}` })) },
  { weight: 1, arbitrary: docArb.map((doc) => ({ kind: "update" as const, doc })) },
  { weight: 1, arbitrary: fc.constant({ kind: "compact" as const }) },
);

/** Apply an op; returns false when the index rejected it (and must be unchanged). */
function apply(index: InvertedIndex, model: Map<string, RefDoc>, op: Op): boolean {
  try {
    if (op.kind === "add") index.add(op.doc);
    else if (op.kind === "remove") index.remove(op.id);
    else if (op.kind === "update") index.update(op.doc);
    else index.compact();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return false;
  }
  if (op.kind === "remove") model.delete(op.id);
  else if (op.kind !== "compact") model.set(op.doc.id, { id: op.doc.id, fields: { title: splitter.analyze(op.doc.title), text: splitter.analyze(op.doc.text) } });
  return true;
}

/** Same ranking up to float noise: equal scores, and equal ids except among near-ties. */
function expectSameRanking(got: { id: string; score: number }[], want: { id: string; score: number }[]): void {
  expect(got.length).toBe(want.length);
  const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
  for (let i = 0; i < want.length; i++) {
    expect(Math.abs(got[i].score - want[i].score)).toBeLessThanOrEqual(tol(want[i].score));
    if (got[i].id !== want[i].id) {
      // Only acceptable when the reference has that id at a score within tolerance (a near-tie).
      const twin = want.find((w) => w.id === got[i].id);
      const nearTie = twin ? Math.abs(twin.score - want[i].score) <= tol(want[i].score) : Math.abs(got[i].score - want[want.length - 1].score) <= tol(got[i].score);
      expect(nearTie).toBe(true);
    }
  }
}

describe("InvertedIndex properties", () => {
  it("scores equal a plain reference BM25F after random adds, removes, updates and compactions", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), queryArb, fc.integer({ min: 1, max: 12 }), (ops, query, k) => {
        const index = makeIndex();
        const model = new Map<string, RefDoc>();
        for (const op of ops) apply(index, model, op);
        expect(index.size).toBe(model.size);
        const want = referenceSearch([...model.values()], FIELDS, 1.2, query, k);
        expectSameRanking(index.search(query, { k }), want);
      }),
      { numRuns: 300 },
    );
  });

  it("MaxScore pruning returns exactly the exhaustive top-k", () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 80 }), queryArb, fc.integer({ min: 1, max: 8 }), (docs, query, k) => {
        const index = makeIndex();
        for (const d of docs) if (!index.has(d.id)) index.add(d);
        expect(index.search(query, { k })).toEqual(index.searchExhaustive(query, { k }));
        const text = query.map((q) => q.term).join(" ");
        expect(index.search(text, { k })).toEqual(index.searchExhaustive(text, { k }));
      }),
      { numRuns: 300 },
    );
  });

  it("a mix of valid and invalid operations equals replaying only the valid ones", () => {
    const badOp = fc.oneof(
      fc.constant(() => ({ id: 7, title: "alpha" }) as unknown as IndexDocument),
      fc.constant(() => ({ id: "", title: "alpha" }) as IndexDocument),
      fc.constant(() => ({ id: "x", title: 42 }) as unknown as IndexDocument),
      fc.constant(() => null as unknown as IndexDocument),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(opArb.map((op) => ({ op })), badOp.map((bad) => ({ bad }))), { maxLength: 50 }), queryArb, (mixed, query) => {
        const index = makeIndex();
        const replay = makeIndex();
        const model = new Map<string, RefDoc>();
        for (const m of mixed) {
          if ("bad" in m) {
            expect(() => index.add(m.bad())).toThrow(ValidationError);
            expect(() => index.addAll([{ id: "fresh-ok", title: "alpha" }, m.bad()])).toThrow(ValidationError);
            continue;
          }
          if (apply(index, model, m.op)) apply(replay, new Map(), m.op);
        }
        expect(index.search(query, { k: 50 })).toEqual(replay.search(query, { k: 50 }));
        expect(index.has("fresh-ok")).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("snapshots round-trip to identical results, and compaction changes nothing", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 50 }), queryArb, (ops, query) => {
        const index = makeIndex();
        for (const op of ops) apply(index, new Map(), op);
        const before = index.search(query, { k: 20 });
        const bytes = index.toSnapshot();
        expect(index.search(query, { k: 20 })).toEqual(before);
        const loaded = InvertedIndex.fromSnapshot(bytes, { analyzer: splitter });
        expect(loaded.size).toBe(index.size);
        expect(loaded.search(query, { k: 20 })).toEqual(before);
        expect(loaded.toSnapshot()).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });
});
