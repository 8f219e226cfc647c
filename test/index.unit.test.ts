import { describe, expect, it } from "vitest";
import { analyze, InvertedIndex, LIMITS, SnapshotError, ValidationError } from "../src/index.js";

const docs = [
  { id: "r1", title: "Graphene coating", text: "graphene coating with good heat dissipation for brake discs" },
  { id: "r2", title: "SiC MOSFET inverter", text: "silicon carbide power module for electric vehicle inverters" },
  { id: "r3", title: "石墨烯涂层", text: "石墨烯涂层具有良好的散热性能" },
  { id: "r4", title: "Battery separator", text: "ceramic coated separator improves battery safety" },
];
const fresh = () => {
  const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
  index.addAll(docs);
  return index;
};

describe("InvertedIndex", () => {
  it("finds documents in English and Chinese and ranks title matches first", () => {
    const index = fresh();
    expect(index.size).toBe(4);
    expect(index.search("graphene heat").map((h) => h.id)[0]).toBe("r1");
    expect(index.search("散热").map((h) => h.id)).toEqual(["r3"]);
    expect(index.search("石墨烯").map((h) => h.id)).toEqual(["r3"]);
    expect(index.search("SiC").map((h) => h.id)).toEqual(["r2"]);
    expect(index.search("nothing matches this")).toEqual([]);
  });

  it("honours k and filter, and breaks ties by id", () => {
    const index = new InvertedIndex({ fields: { text: {} } });
    index.addAll([
      { id: "b", text: "same words" },
      { id: "a", text: "same words" },
      { id: "c", text: "same words" },
    ]);
    expect(index.search("words", { k: 2 }).map((h) => h.id)).toEqual(["a", "b"]);
    expect(index.search("words", { filter: (id) => id !== "a" }).map((h) => h.id)).toEqual(["b", "c"]);
  });

  it("removes, updates and reports membership", () => {
    const index = fresh();
    index.remove("r1");
    expect(index.has("r1")).toBe(false);
    expect(index.search("graphene coating").map((h) => h.id)).not.toContain("r1");
    index.update({ id: "r4", title: "Graphene battery", text: "graphene anode" });
    expect(index.search("graphene").map((h) => h.id)).toEqual(["r4"]);
    expect(() => index.update({ id: "nope", text: "x" })).toThrow(ValidationError);
  });

  it("explains a score per term and field, summing to the score", () => {
    const index = fresh();
    const [hit] = index.search("graphene heat dissipation");
    const parts = index.explainScore(hit.id, "graphene heat dissipation");
    const total = parts.reduce((a, p) => a + p.score, 0);
    expect(total).toBeCloseTo(hit.score, 10);
    const graphene = parts.find((p) => p.term === analyze("graphene")[0]);
    expect(graphene?.fields.map((f) => f.field).sort()).toEqual(["text", "title"]);
  });

  it("rejects bad input with typed errors that name the field, leaving the index unchanged", () => {
    const index = fresh();
    const before = index.toSnapshot();
    const bad: [() => unknown, string][] = [
      [() => index.add({ id: "r1", text: "dup" }), "id"],
      [() => index.add({ id: 5 } as never), "id"],
      [() => index.add({ id: "x", text: 42 } as never), "text"],
      [() => index.add({ id: "x", text: ["ok", 3] } as never), "text[1]"],
      [() => index.add({ id: "x", text: "a".repeat(LIMITS.fieldLength + 1) }), "text"],
      [() => index.addAll([{ id: "n1", text: "a" }, { id: "n1", text: "b" }]), "[1].id"],
      [() => index.remove("unknown"), "id"],
      [() => index.search("x", { k: 0 }), "k"],
      [() => index.search("x", { k: Number.NaN }), "k"],
      [() => index.search("x", { k: Infinity }), "k"],
      [() => index.search(42 as never), "query"],
      [() => index.search([{ term: "x", weight: Number.NaN }]), "query[0].weight"],
      [() => index.search("x", { filter: "no" as never }), "filter"],
    ];
    for (const [call, path] of bad) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.path)).toContain(path);
    }
    expect(index.toSnapshot()).toEqual(before);
  });

  it("rejects bad options", () => {
    expect(() => new InvertedIndex({ fields: {} })).toThrow(ValidationError);
    expect(() => new InvertedIndex({ fields: { a: { weight: Number.NaN } } })).toThrow(/fields.a.weight/);
    expect(() => new InvertedIndex({ fields: { a: {} }, k1: -1 })).toThrow(/k1/);
    expect(() => new InvertedIndex({ fields: { a: {} }, b: 2 })).toThrow(/b/);
  });

  it("survives odd Unicode and huge text", () => {
    const index = new InvertedIndex({ fields: { text: {} } });
    const odd = ["\ud800 lone", "zero\u200bwidth\u200d", "emoji 🚗🔋 car", "مرحبا بالعالم", "שלום", "x".repeat(1_000_000), "", "\u0000\uffff"];
    odd.forEach((text, i) => index.add({ id: `o${i}`, text }));
    expect(index.size).toBe(odd.length);
    expect(index.search("car").map((h) => h.id)).toEqual(["o2"]);
    for (const q of odd.slice(0, 5)) expect(() => index.search(q)).not.toThrow();
  });
});

describe("space reclaimed", () => {
  // Internal slot count: the only way to see that dead documents were dropped, as results do not change.
  const slots = (index: InvertedIndex): number => (index as unknown as { state: { docs: { slotCount: number } } }).state.docs.slotCount;

  it("compacts after many updates, as after many removes, without changing results", () => {
    const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `d${i}`, title: `title ${i % 7}`, text: `coating ${i % 11} graphene` }));
    index.addAll(many);
    const before = index.search("graphene coating 3", { k: 20 });
    for (let round = 0; round < 5; round++) for (const doc of many) index.update(doc);
    expect(index.search("graphene coating 3", { k: 20 })).toEqual(before);
    expect(slots(index)).toBeLessThan(200); // 600 slots without compaction
  });
});

describe("snapshots", () => {
  it("reject truncated, corrupted, foreign and future-version bytes with SnapshotError", () => {
    const bytes = fresh().toSnapshot();
    const flipped = bytes.slice();
    flipped[bytes.length - 5] ^= 0xff;
    const future = bytes.slice();
    future[4] = 99;
    const cases = [bytes.slice(0, bytes.length - 1), bytes.slice(0, 10), flipped, future, new Uint8Array([1, 2, 3]), new TextEncoder().encode("{\"json\":true}")];
    for (const c of cases) expect(() => InvertedIndex.fromSnapshot(c)).toThrow(SnapshotError);
    expect(() => InvertedIndex.fromSnapshot("nope" as never)).toThrow(SnapshotError);
  });

  it("loads from a Node Buffer and from a view at an unaligned offset, as from a plain Uint8Array", () => {
    const index = fresh();
    const bytes = index.toSnapshot();
    const want = index.search("graphene coating");
    // readFileSync returns a Buffer, often a view into a larger pooled buffer.
    const pooled = new Uint8Array(bytes.length + 7);
    pooled.set(bytes, 3);
    for (const view of [Buffer.from(bytes), pooled.subarray(3, 3 + bytes.length)]) {
      expect(InvertedIndex.fromSnapshot(view).search("graphene coating")).toEqual(want);
    }
  });

  it("never crashes on random corruption of every byte", () => {
    const index = fresh();
    const bytes = index.toSnapshot();
    const want = index.search("graphene coating");
    for (let i = 0; i < bytes.length; i++) {
      const copy = bytes.slice();
      copy[i] ^= 0x5a;
      try {
        const loaded = InvertedIndex.fromSnapshot(copy);
        expect(loaded.search("graphene coating")).toEqual(want);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
      }
    }
  });
});
