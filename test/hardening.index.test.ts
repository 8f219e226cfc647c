// Hostile callers against InvertedIndex and Matcher (issue 15, defects 3, 4, 7, 8 and fromSnapshot options).
// Analyzers are pinned (a plain splitter) so that these tests survive changes to the default analyzer.
import { describe, expect, it } from "vitest";
import { InvertedIndex, Matcher, SnapshotError, TechbrokerError, ValidationError } from "../src/index.js";

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
/** A named analyzer object around a function (the form index options take). */
const named = (name: string, analyze: (text: string) => string[]) => ({ name, analyze });
const split = named("split", words);
const bytesOf = (index: InvertedIndex): string => Buffer.from(index.toSnapshot()).toString("base64");

/** Expect `run` to throw a TechbrokerError (optionally with `code`) and leave `index` exactly as it was. */
function expectRejectedUnchanged(index: InvertedIndex, run: () => unknown, code?: string): TechbrokerError {
  const before = bytesOf(index);
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(TechbrokerError);
  if (code) expect((caught as TechbrokerError).code).toBe(code);
  expect(bytesOf(index)).toBe(before);
  return caught as TechbrokerError;
}

describe("defect 3: ids and terms that a snapshot cannot store", () => {
  it("rejects ids with a lone surrogate at add time, with a typed error naming the id", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    index.add({ id: "ok", title: "graphene" });
    for (const id of ["x\ud800", "x\udc00", "\udfff", "a\ud83d"]) {
      const error = expectRejectedUnchanged(index, () => index.add({ id, title: "coating" }), "VALIDATION");
      expect((error as ValidationError).problems[0].path).toBe("id");
      expect(error.message).toMatch(/lone surrogate/);
    }
    expectRejectedUnchanged(index, () => index.addAll([{ id: "y", title: "a" }, { id: "y\ud800", title: "b" }]), "VALIDATION");
    // A well-formed pair is fine and survives the round trip exactly.
    index.add({ id: "emoji😀", title: "coating" });
    const loaded = InvertedIndex.fromSnapshot(index.toSnapshot(), { analyzer: split });
    expect(loaded.has("emoji😀")).toBe(true);
    expect(loaded.search("coating").map((h) => h.id)).toEqual(["emoji😀"]);
  });

  it("rejects a custom analyzer's ill-formed terms at add time; a later add of the same term is rejected too", () => {
    const bad = named("bad", (text) => words(text).map((t) => (t === "evil" ? "evil\ud800" : t)));
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: bad });
    index.add({ id: "a", title: "graphene" });
    for (let i = 0; i < 2; i++) {
      const error = expectRejectedUnchanged(index, () => index.add({ id: `b${i}`, title: "evil twin" }), "VALIDATION");
      expect(error.message).toMatch(/analyzer.*lone surrogate/);
    }
    const loaded = InvertedIndex.fromSnapshot(index.toSnapshot(), { analyzer: bad });
    expect(loaded.size).toBe(1);
  });

  it("checks an analyzer's writeIds fast path too: ids outside the dictionary and ill-formed terms are refused", () => {
    type Sink = { interner: { intern(term: string): number }; ids: { push(id: number): void } };
    const writers: ((text: string, sink: Sink) => void)[] = [
      (_text, sink) => sink.ids.push(123_456),
      (_text, sink) => sink.ids.push(sink.interner.intern("bad\udc00")),
      (_text, sink) => sink.ids.push(sink.interner.intern(42 as never)),
    ];
    for (const writeIds of writers) {
      const writer = { name: "writer", analyze: words, writeIds };
      const index = new InvertedIndex({ fields: { title: { analyzer: writer }, text: {} }, analyzer: split });
      index.add({ id: "a", text: "graphene" } as never);
      expectRejectedUnchanged(index, () => index.add({ id: "b", title: "x" } as never), "VALIDATION");
      expectRejectedUnchanged(index, () => index.add({ id: "b", title: "x" } as never), "VALIDATION");
      expect(index.search("graphene").map((h) => h.id)).toEqual(["a"]);
    }
  });

  it("rejects analyzers that return something other than an array of strings", () => {
    const results: unknown[] = [undefined, "text", [1, 2], [null], [Symbol("s")]];
    for (const out of results) {
      const index = new InvertedIndex({ fields: { title: {} }, analyzer: named("out", () => out as string[]) });
      expect(() => index.add({ id: "a", title: "x" })).toThrow(ValidationError);
      expect(index.size).toBe(0);
    }
  });
});

describe("defect 4: field names that are Object.prototype members", () => {
  // JSON.parse gives `__proto__` as an own key, the way records arrive from files.
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];
  const fields = JSON.parse(`{${[...names, "title"].map((n) => `"${n}": {}`).join(",")}}`) as Record<string, object>;

  it("indexes, finds, snapshots and reloads such fields", () => {
    const index = new InvertedIndex({ fields, analyzer: split });
    expect(index.fieldNames).toEqual([...names, "title"]);
    index.add({ id: "plain", title: "graphene coating" }); // the other fields are absent, not Object.prototype's functions
    names.forEach((name, i) => index.add(JSON.parse(`{"id": "d${i}", "${name}": "word${i} shared"}`)));
    expect(index.search("shared", { k: 20 }).map((h) => h.id).sort()).toEqual(names.map((_, i) => `d${i}`));
    names.forEach((name, i) => expect(index.explainScore(`d${i}`, `word${i}`)[0].fields[0].field).toBe(name));

    const loaded = InvertedIndex.fromSnapshot(index.toSnapshot(), { analyzer: split });
    expect(loaded.fieldNames).toEqual([...names, "title"]);
    expect(loaded.search("shared", { k: 20 })).toEqual(index.search("shared", { k: 20 }));
    // Documents added after the load are analysed by the index's analyzer, not by Object.prototype.constructor.
    names.forEach((name, i) => loaded.add(JSON.parse(`{"id": "e${i}", "${name}": "fresh${i}"}`)));
    names.forEach((_, i) => expect(loaded.search(`fresh${i}`).map((h) => h.id)).toEqual([`e${i}`]));
  });

  it("reads only own fieldAnalyzers on load, and rejects names that are not fields", () => {
    const index = new InvertedIndex({ fields: { constructor: {}, title: {} }, analyzer: split });
    index.add({ id: "a", title: "graphene" });
    const loaded = InvertedIndex.fromSnapshot(index.toSnapshot(), { analyzer: split, fieldAnalyzers: JSON.parse("{}") });
    loaded.add({ id: "b", constructor: "coating" } as never);
    expect(loaded.search("coating").map((h) => h.id)).toEqual(["b"]);
    const upper = named("upper", (t) => words(t).map((w) => w.toUpperCase()));
    const withUpper = new InvertedIndex({ fields: { constructor: { analyzer: upper }, title: {} }, analyzer: split });
    withUpper.add({ id: "a", title: "graphene" });
    const custom = InvertedIndex.fromSnapshot(withUpper.toSnapshot(), { analyzer: split, fieldAnalyzers: { constructor: upper } });
    custom.add({ id: "b", constructor: "coating" } as never);
    expect(custom.docFrequency("COATING")).toBe(1);
    expect(() => InvertedIndex.fromSnapshot(index.toSnapshot(), { analyzer: split, fieldAnalyzers: { titel: split } })).toThrow(/fieldAnalyzers.titel/);
    expect(() => InvertedIndex.fromSnapshot(index.toSnapshot(), { analyzer: split, fieldAnalyzers: { title: 5 as never } })).toThrow(ValidationError);
  });

  it("does not read a document's inherited Object.prototype members, but does read a class's own getters", () => {
    class Paper {
      constructor(readonly id: string) {}
      get title(): string {
        return "graphene coating";
      }
    }
    const index = new InvertedIndex({ fields: { title: {}, toString: {} }, analyzer: split });
    index.add(new Paper("p1"));
    expect(index.search("graphene").map((h) => h.id)).toEqual(["p1"]);
  });
});

describe("defect 7: each value is read once", () => {
  it("a getter id cannot pass the duplicate check and then change", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    index.add({ id: "dup", title: "first" });
    let reads = 0;
    const sneaky = { title: "second" } as { id: string; title: string };
    Object.defineProperty(sneaky, "id", { enumerable: true, get: () => (++reads <= 2 ? "fresh" : "dup") });
    index.add(sneaky);
    expect(reads).toBe(1);
    expect(index.size).toBe(2);
    expect(index.has("fresh")).toBe(true);
    index.remove("dup");
    expect(index.search("second").map((h) => h.id)).toEqual(["fresh"]);
    expect(index.search("first")).toEqual([]);
  });

  it("a getter field cannot pass the size check and then grow", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    let reads = 0;
    const doc = { id: "a" } as { id: string; title: string };
    Object.defineProperty(doc, "title", { enumerable: true, get: () => (++reads === 1 ? "short" : "huge ".repeat(400_000)) });
    index.add(doc);
    expect(reads).toBe(1);
    expect(index.docFrequency("huge")).toBe(0);
    expect(index.docFrequency("short")).toBe(1);
  });

  it("an analyzer that grows a keyword list mid-analysis does not change what is indexed", () => {
    const keywords = ["alpha", "beta"];
    const analyzer = named("grow", (text) => {
      if (keywords.length < 1000) keywords.push("injected");
      return words(text);
    });
    const index = new InvertedIndex({ fields: { keywords: {} }, analyzer });
    index.add({ id: "a", keywords });
    expect(index.docFrequency("injected")).toBe(0);
    expect(index.explainScore("a", "alpha beta").map((t) => t.fields[0].tf)).toEqual([1, 1]);
  });

  it("a Proxy or getter that throws, or a revoked Proxy, gives a ValidationError and changes nothing", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    index.add({ id: "a", title: "graphene" });
    const boom = (): never => {
      throw new Error("boom");
    };
    const throwing = new Proxy({}, { get: boom, has: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, ownKeys: boom });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = Object.defineProperty({ id: "g" }, "title", { get: () => { throw new RangeError("nope"); } });
    for (const doc of [throwing, revoked, getter]) {
      expectRejectedUnchanged(index, () => index.add(doc as never), "VALIDATION");
      expectRejectedUnchanged(index, () => index.addAll([doc] as never), "VALIDATION");
      expectRejectedUnchanged(index, () => index.update(doc as never), "VALIDATION");
    }
    expectRejectedUnchanged(index, () => index.addAll(revoked as never), "VALIDATION");
    expectRejectedUnchanged(index, () => index.search("graphene", throwing as never), "VALIDATION");
    expectRejectedUnchanged(index, () => index.search([throwing] as never), "VALIDATION");
    expect(() => new InvertedIndex(throwing as never)).toThrow(ValidationError);
  });

  it("bounds array lengths before walking them (sparse arrays of length 2**32 - 1)", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    const sparse: string[] = [];
    sparse.length = 2 ** 32 - 1;
    expectRejectedUnchanged(index, () => index.add({ id: "a", title: sparse }), "VALIDATION");
    expectRejectedUnchanged(index, () => index.addAll(sparse as never), "VALIDATION");
    expectRejectedUnchanged(index, () => index.search(sparse as never), "VALIDATION");
    const holes: string[] = [];
    holes.length = 1_000_000;
    const error = expectRejectedUnchanged(index, () => index.add({ id: "a", title: holes }), "VALIDATION") as ValidationError;
    expect(error.problems.length).toBeLessThanOrEqual(100);
  });
});

describe("defect 8: callbacks that change the index mid-operation", () => {
  it("an analyzer that removes a document during addAll gets a typed error; the index is unchanged", () => {
    let index!: InvertedIndex;
    const analyzer = named("evil", (text) => {
      if (text.includes("evil")) index.remove("a");
      return words(text);
    });
    index = new InvertedIndex({ fields: { title: {} }, analyzer });
    index.addAll([{ id: "a", title: "graphene" }, { id: "b", title: "coating" }]);
    expectRejectedUnchanged(index, () => index.addAll([{ id: "c", title: "evil" }]), "REENTRANT_CALL");
    expect(index.has("a")).toBe(true);
    expect(index.search("graphene").map((h) => h.id)).toEqual(["a"]);
  });

  it("an analyzer that adds or compacts during update gets a typed error", () => {
    let index!: InvertedIndex;
    let action: (() => void) | undefined;
    const analyzer = named("act", (text) => {
      action?.();
      return words(text);
    });
    index = new InvertedIndex({ fields: { title: {} }, analyzer });
    index.addAll([{ id: "a", title: "graphene" }, { id: "b", title: "coating" }]);
    index.remove("b");
    for (const act of [() => index.add({ id: "z", title: "z" }), () => index.compact(), () => index.toSnapshot(), () => index.search("graphene")]) {
      action = act;
      expectRejectedUnchanged(index, () => index.update({ id: "a", title: "graphite" }), "REENTRANT_CALL");
      action = undefined;
    }
    expect(index.search("graphene").map((h) => h.id)).toEqual(["a"]);
  });

  it("a search filter that removes documents gets a typed error and never sees removed ids; nested searches work", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    index.addAll(["a", "b", "c"].map((id) => ({ id, title: "graphene coating" })));
    expectRejectedUnchanged(index, () => index.search("graphene", { filter: (id) => (index.remove(id === "a" ? "b" : "a"), true) }), "REENTRANT_CALL");
    expectRejectedUnchanged(index, () => index.searchExhaustive("graphene", { filter: () => (index.add({ id: "d", title: "graphene" }), true) }), "REENTRANT_CALL");
    expect(index.size).toBe(3);
    const nested = index.search("graphene", { filter: (id) => index.search("coating", { k: 1 })[0].id !== id });
    expect(nested.map((h) => h.id)).toEqual(["b", "c"]);
    // After a rejected callback the index works normally again.
    index.remove("a");
    expect(index.search("graphene").map((h) => h.id)).toEqual(["b", "c"]);
  });

  it("a Matcher `where` that changes the matcher gets a typed error and leaves records and index in step", () => {
    const matcher = new Matcher({ analyzer: split });
    matcher.addResults([
      { id: "r1", title: "graphene coating", summary: "heat spreading coating" },
      { id: "r2", title: "graphene film", summary: "thermal film" },
    ]);
    matcher.addDemands([{ id: "d1", title: "graphene heat", description: "need a graphene coating" }]);
    const where = (): boolean => {
      matcher.removeResult("r2");
      return true;
    };
    expect(() => matcher.matchDemand("d1", { filter: { where } })).toThrow(TechbrokerError);
    expect(matcher.resultCount).toBe(2);
    expect(matcher.getResult("r2")).toBeDefined();
    expect(matcher.matchDemand("d1").map((m) => m.item.id).sort()).toEqual(["r1", "r2"]);
    expect(() => matcher.matchAll({ filter: { where: () => (matcher.updateResult({ id: "r1", title: "x", summary: "y" }), true) } })).toThrow(TechbrokerError);
    expect(matcher.getResult("r1")?.title).toBe("graphene coating");
  });
});

describe("fromSnapshot options (defect 10)", () => {
  it("rejects null and other non-object options with a ValidationError", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    index.add({ id: "a", title: "graphene" });
    const bytes = index.toSnapshot();
    for (const options of [null, 5, "x", [], true, Symbol("s"), 10n]) {
      expect(() => InvertedIndex.fromSnapshot(bytes, options as never)).toThrow(ValidationError);
    }
    expect(() => InvertedIndex.fromSnapshot(bytes, { analyzer: "split" as never })).toThrow(/analyzer/);
    expect(InvertedIndex.fromSnapshot(bytes, { analyzer: split, fieldAnalyzers: undefined }).size).toBe(1);
  });

  it("turns any failure on hostile bytes into a SnapshotError", () => {
    const index = new InvertedIndex({ fields: { title: {} }, analyzer: split });
    index.add({ id: "a", title: "graphene" });
    const bytes = index.toSnapshot();
    const proxy = new Proxy(bytes, {});
    for (const b of [proxy, null, undefined, {}, [1, 2, 3], new Uint16Array(8)]) {
      expect(() => InvertedIndex.fromSnapshot(b as never)).toThrow(SnapshotError);
    }
  });
});
