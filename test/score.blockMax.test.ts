import { describe, expect, it } from "vitest";
import { InvertedIndex } from "../src/index.js";
import { referenceSearch, type RefDoc } from "./support/referenceBm25f.js";
import { seededRandom } from "./support/seededRandom.js";

// Block-max MaxScore at a size where lists span many blocks of 16 postings and the search crosses many windows
// of doc ids (2048 each): pruned search must equal exhaustive search exactly, ids and scores, on short and long
// weighted queries, after removals (dead postings inside blocks), updates, compaction and a snapshot round trip.

const VOCABULARY = Array.from({ length: 400 }, (_, i) => `w${i}`);
const splitter = (t: string): string[] => t.split(" ").filter(Boolean);
const analyzer = { name: "split", analyze: splitter };
const FIELDS = { title: { weight: 2 }, text: { weight: 1, b: 0.5 } };


/** Zipf-like words, sometimes repeated (high tf), so block maxima differ along a list. */
function text(rand: () => number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const word = VOCABULARY[Math.floor(VOCABULARY.length * rand() ** 3)];
    const repeat = rand() < 0.03 ? 2 + Math.floor(rand() * 10) : 1;
    for (let r = 0; r < repeat; r++) words.push(word);
  }
  return words.join(" ");
}

function averageLengths(model: RefDoc[]): Record<string, number> {
  const sum = (f: string) => model.reduce((a, d) => a + d.fields[f].length, 0) / model.length;
  return { title: sum("title"), text: sum("text") };
}

function queries(rand: () => number): { term: string; weight: number }[][] {
  const out: { term: string; weight: number }[][] = [];
  for (const length of [1, 2, 3, 5, 30, 100]) {
    for (let q = 0; q < 3; q++) {
      out.push(Array.from({ length }, (_, i) => ({ term: VOCABULARY[Math.floor(VOCABULARY.length * rand() ** 1.5)], weight: i % 3 === 0 ? 1 : 0.3 })));
    }
  }
  return out;
}

function expectPrunedEqualsExhaustive(index: InvertedIndex, rand: () => number): void {
  for (const query of queries(rand)) {
    for (const k of [1, 10, 100]) expect(index.search(query, { k })).toEqual(index.searchExhaustive(query, { k }));
  }
}

describe("block-max MaxScore over many blocks and windows", () => {
  const rand = seededRandom(17);
  const doc = (i: number) => ({ id: `d${i}`, title: text(rand, 1 + Math.floor(rand() * 6)), text: text(rand, 5 + Math.floor(rand() * 50)) });
  const index = new InvertedIndex({ fields: FIELDS, analyzer });
  index.addAll(Array.from({ length: 9000 }, (_, i) => doc(i)));

  it("equals exhaustive scoring on a fresh index", () => expectPrunedEqualsExhaustive(index, rand));

  it("equals exhaustive scoring after removals and updates (dead postings inside blocks)", () => {
    for (let i = 0; i < 9000; i += 1 + Math.floor(rand() * 9)) index.remove(`d${i}`);
    for (let i = 0; i < 300; i++) {
      const id = Math.floor(rand() * 9500);
      if (index.has(`d${id}`)) index.update(doc(id));
      else index.add(doc(id));
    }
    expectPrunedEqualsExhaustive(index, rand);
  });

  it("equals exhaustive scoring after compaction and a snapshot round trip", () => {
    index.compact();
    expectPrunedEqualsExhaustive(index, rand);
    const loaded = InvertedIndex.fromSnapshot(index.toSnapshot(), { analyzer });
    for (const query of queries(rand)) expect(loaded.search(query, { k: 10 })).toEqual(index.searchExhaustive(query, { k: 10 }));
  });

  it("scores like the plain reference BM25F across windows", () => {
    const r = seededRandom(3);
    const small = new InvertedIndex({ fields: FIELDS, analyzer });
    const model: RefDoc[] = [];
    for (let i = 0; i < 3000; i++) {
      const d = { id: `d${i}`, title: text(r, 3), text: text(r, 30) };
      model.push({ id: d.id, fields: { title: splitter(d.title), text: splitter(d.text) } });
    }
    small.addAll(model.map((d) => ({ id: d.id, title: d.fields.title.join(" "), text: d.fields.text.join(" ") })));
    const fields = [
      { name: "title", weight: 2, b: 0.75 },
      { name: "text", weight: 1, b: 0.5 },
    ];
    for (const query of queries(r).filter((q) => q.length <= 5).slice(0, 5)) {
      // referenceSearch is quadratic in documents; score only those holding a query term.
      const terms = new Set(query.map((q) => q.term));
      const holders = model.filter((d) => d.fields.title.some((t) => terms.has(t)) || d.fields.text.some((t) => terms.has(t)));
      const want = referenceSearch(holders, fields, 1.2, query, 10, { docCount: model.length, averageLengths: averageLengths(model) });
      const got = small.search(query, { k: 10 });
      expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i].score, 9));
    }
  });
});

describe("hostile search sizes stay bounded", () => {
  it("k = 100,000 and a 64 KiB query of distinct terms answer in bounded time", () => {
    const rand = seededRandom(5);
    const index = new InvertedIndex({ fields: FIELDS, analyzer });
    index.addAll(Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, title: text(rand, 3), text: text(rand, 40) })));
    const words: string[] = [];
    for (let i = 0; words.join(" ").length < 65_536 - 12; i++) words.push(i < VOCABULARY.length ? VOCABULARY[i] : `x${i}`);
    const query = words.join(" ");
    expect(query.length).toBeLessThanOrEqual(65_536);
    const started = performance.now();
    const hits = index.search(query, { k: 100_000 });
    expect(hits).toHaveLength(index.size);
    expect(hits).toEqual(index.searchExhaustive(query, { k: 100_000 }));
    expect(index.search(query, { k: 10 })).toEqual(hits.slice(0, 10));
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
