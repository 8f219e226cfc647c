// Unit tests of the bench's one evaluation module, on hand-made runs whose scores were computed by hand.
import { describe, expect, it } from "vitest";
import { evaluateRun, ndcgAtK, parseQrels, recallAtK } from "../bench/eval/ranking-quality.mjs";

const judged = (entries: Array<[string, number]>): Map<string, number> => new Map(entries);

describe("ndcgAtK (linear gain, log2 discount, ideal from all judged docs)", () => {
  it("scores a perfect ranking 1", () => {
    expect(ndcgAtK(["a", "b"], judged([["a", 2], ["b", 1]]), 10)).toBeCloseTo(1, 12);
  });

  it("matches a hand-computed value with a gap and an unretrieved relevant document", () => {
    // run a,b,c; grades a=2, c=1, d=1 (d never retrieved)
    // DCG  = 2/log2(2) + 0 + 1/log2(4)               = 2.5
    // IDCG = 2/log2(2) + 1/log2(3) + 1/log2(4)        = 3.1309297535714578
    const value = ndcgAtK(["a", "b", "c"], judged([["a", 2], ["c", 1], ["d", 1]]), 10);
    expect(value).toBeCloseTo(2.5 / (2.5 + 1 / Math.log2(3)), 12);
    expect(value).toBeCloseTo(0.7984845, 6);
  });

  it("uses linear gain, not exponential gain", () => {
    // run b,a with a=2, b=1: DCG = 1 + 2/log2(3); IDCG = 2 + 1/log2(3)
    const value = ndcgAtK(["b", "a"], judged([["a", 2], ["b", 1]]), 10);
    expect(value).toBeCloseTo((1 + 2 / Math.log2(3)) / (2 + 1 / Math.log2(3)), 12);
    expect(value).toBeCloseTo(0.8597187, 6); // exponential gain (2^g - 1) would give 0.7967
  });

  it("cuts both the run and the ideal ranking at k", () => {
    // k=1: run b first (grade 1), ideal a (grade 2) -> 1/2
    expect(ndcgAtK(["b", "a"], judged([["a", 2], ["b", 1]]), 1)).toBeCloseTo(0.5, 12);
  });

  it("counts a repeated document only once", () => {
    const once = ndcgAtK(["a", "x", "c"], judged([["a", 1], ["c", 1]]), 10);
    const repeated = ndcgAtK(["a", "a", "x", "c"], judged([["a", 1], ["c", 1]]), 10);
    expect(repeated).toBeCloseTo(once, 12);
  });

  it("is 0 for an empty run and for a query with no positive grade", () => {
    expect(ndcgAtK([], judged([["a", 1]]), 10)).toBe(0);
    expect(ndcgAtK(["a"], judged([["a", 0]]), 10)).toBe(0);
  });
});

describe("recallAtK", () => {
  it("counts grade > 0 as relevant and cuts at k", () => {
    const grades = judged([["a", 2], ["c", 1], ["d", 1], ["z", 0]]);
    expect(recallAtK(["a", "b", "c", "z"], grades, 100)).toBeCloseTo(2 / 3, 12);
    expect(recallAtK(["a", "b", "c"], grades, 2)).toBeCloseTo(1 / 3, 12);
  });
});

describe("evaluateRun", () => {
  it("averages over judged queries only and scores a missing answer as 0", () => {
    const qrels = new Map([
      ["q1", judged([["a", 2], ["c", 1], ["d", 1]])],
      ["q2", judged([["x", 1]])],
      ["q3", judged([["y", 0]])], // no relevant document: not averaged
    ]);
    const run = new Map([
      ["q1", ["a", "b", "c"]],
      ["q9", ["x"]], // not judged: ignored
      // q2 missing: counts as 0
    ]);
    const result = evaluateRun(run, qrels);
    expect(result.queries).toBe(2);
    expect(result.ndcg).toBeCloseTo(0.7984845 / 2, 6);
    expect(result.recall).toBeCloseTo(2 / 3 / 2, 12);
  });
});

describe("parseQrels", () => {
  it("reads BEIR three-column and TREC four-column lines and skips a header", () => {
    const qrels = parseQrels("query-id\tcorpus-id\tscore\nq1\tD1\t2\nq1\tD2\t1\nq2 0 D3 1\n");
    expect([...qrels.keys()]).toEqual(["q1", "q2"]);
    expect(qrels.get("q1")?.get("D1")).toBe(2);
    expect(qrels.get("q2")?.get("D3")).toBe(1);
  });
});
