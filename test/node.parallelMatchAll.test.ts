// parallelMatchAll ("techbroker/node") gives matchAll's answers, computed by worker threads (built dist/).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Matcher } from "../src/index.js";

const repoRoot = join(import.meta.dirname, "..");
const WORDS = ["graphene", "coating", "heat", "battery", "inverter", "silicon", "carbide", "cooling", "sensor", "brake"];
const text = (seed: number, n: number): string => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13 + (seed >> 2)) % WORDS.length]).join(" ");

describe("parallelMatchAll", () => {
  it("equals matchAll, in demand order, with 1 and 3 workers", async () => {
    const { parallelMatchAll } = (await import(join(repoRoot, "dist", "node.js"))) as typeof import("../node/index.js");
    const m = new Matcher();
    m.addResults(Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, title: text(i, 3), summary: text(i + 2, 12), trl: 1 + (i % 9) })));
    m.addDemands(Array.from({ length: 25 }, (_, i) => ({ id: `d${i}`, title: text(i * 3, 2), description: text(i + 5, 8), minTrl: 1 + (i % 9) })));
    const want = [...m.matchAll({ k: 4, offset: 1 })];
    for (const workers of [1, 3]) {
      const got = [...(await parallelMatchAll(m, { k: 4, offset: 1, workers }))];
      expect(got).toStrictEqual(want); // same values, no key lost or added on the way back from the workers
      expect(JSON.stringify(got)).toBe(JSON.stringify(want)); // and the same key order
      expect(got[3]![1][0]!.item).toBe(m.getResult(got[3]![1][0]!.id)); // the caller's record, not a copy
    }
    await expect(parallelMatchAll(m, { k: 0 })).rejects.toThrow(/k: expected an integer/);
    await expect(parallelMatchAll(m, { workers: 0 })).rejects.toThrow(/workers/);
    await expect(parallelMatchAll(m, { filter: { where: () => true } as never })).rejects.toThrow(/filter\.where/);
  }, 60_000);
});
