// A saved Matcher, loaded again (here and in a fresh Node process), gives bit-identical matches and explanations.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnalyzer, learnBridges, Matcher, SnapshotError, type Lexicon, type MatcherOptions } from "../src/index.js";
import { crc32 } from "../src/postings/crc32.js";

const repoRoot = join(import.meta.dirname, "..");
const WORDS = ["graphene", "coating", "heat", "battery", "inverter", "silicon", "carbide", "runs", "hot", "cooling", "石墨烯", "涂层", "散热", "电池", "cheap", "sensor"];
const textArb = (max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: max }).map((w) => w.join(" "));

const resultsArb = fc.uniqueArray(
  fc.record({ id: fc.stringMatching(/^r[a-z0-9]{1,4}$/), title: textArb(4), summary: textArb(10), keywords: fc.option(fc.array(textArb(2), { maxLength: 3 }), { nil: undefined }), trl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) }),
  { selector: (r) => r.id, minLength: 1, maxLength: 12 },
);
const demandsArb = fc.uniqueArray(
  fc.record({ id: fc.stringMatching(/^d[a-z0-9]{1,4}$/), title: textArb(4), description: textArb(10), minTrl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) }),
  { selector: (d) => d.id, minLength: 1, maxLength: 8 },
);
const lexiconArb: fc.Arbitrary<Lexicon> = fc
  .uniqueArray(fc.tuple(textArb(2), textArb(2)), { minLength: 1, maxLength: 4, selector: (t) => t.join("|") })
  .map((pairs) => ({ version: 1 as const, concepts: pairs.map(([a, b], i) => ({ id: `c${i}`, expressions: [{ text: a, register: "business" }, { text: b, register: "lab" }] })) }));
const bridgesArb = fc.record({
  lexicon: fc.option(lexiconArb, { nil: undefined }),
  history: fc.option(fc.array(fc.record({ demand: textArb(3), result: textArb(3) }), { minLength: 1, maxLength: 6 }), { nil: undefined }),
  feedback: fc.boolean(),
});

type Bridges = { lexicon?: Lexicon; history?: { demand: string; result: string }[]; feedback: boolean };

function build(results: object[], demands: object[], bridges: Bridges, removeFirst: boolean): Matcher {
  const options: MatcherOptions = {
    resultWeights: { title: 2.5 },
    readiness: { perLevel: 0.15 },
    bridges: {
      lexicon: bridges.lexicon,
      model: bridges.history ? learnBridges(bridges.history, { minTargetPairs: 1 }) : undefined,
      feedback: bridges.feedback ? { docs: 3, terms: 4 } : false,
    },
  };
  const matcher = new Matcher(options);
  matcher.addResults(results);
  matcher.addDemands(demands);
  if (removeFirst && results.length > 1) matcher.removeResult((results[0] as { id: string }).id); // a dead slot before saving
  return matcher;
}

/** Every match both ways with explanations, as text that shows every bit of every score (and -0). */
function everything(matcher: Matcher): string {
  const out = {
    byDemand: matcher.allDemands().map((d) => matcher.matchDemand(d.id, { k: 20 })),
    byResult: matcher.allResults().map((r) => matcher.matchResult(r.id, { k: 20 })),
    all: [...matcher.matchAll({ k: 5 })],
    records: [matcher.allResults(), matcher.allDemands()],
  };
  return JSON.stringify(out, (_, v: unknown) => (Object.is(v, -0) ? "-0" : v));
}

describe("Matcher snapshots", () => {
  it("load gives bit-identical matches and explanations both ways (property)", () => {
    fc.assert(
      fc.property(resultsArb, demandsArb, bridgesArb, fc.boolean(), (results, demands, bridges, removeFirst) => {
        const original = build(results, demands, bridges, removeFirst);
        const before = everything(original);
        const loaded = Matcher.fromSnapshot(original.toSnapshot());
        expect(everything(loaded)).toBe(before);
        expect(everything(original)).toBe(before); // saving changed nothing
        // And both stay in step after the same change.
        const extra = { id: "zz", title: "graphene heat", summary: "cooling coating" };
        original.addResults([extra]);
        loaded.addResults([extra]);
        expect(everything(loaded)).toBe(everything(original));
      }),
      { numRuns: 25 },
    );
  });

  it("a fresh Node process loads it with the same matches (dist build)", () => {
    if (!existsSync(join(repoRoot, "dist", "index.js"))) throw new Error("dist/ is missing: run `npx tsup` before this test");
    const [results, demands, bridges] = fc.sample(fc.tuple(resultsArb, demandsArb, bridgesArb), { numRuns: 1, seed: 7 })[0];
    const matcher = build(results, demands, { ...bridges, feedback: true, lexicon: bridges.lexicon ?? { version: 1, concepts: [{ id: "t", expressions: [{ text: "runs hot" }, { text: "cooling" }] }] } }, true);
    const dir = mkdtempSync(join(tmpdir(), "techbroker-snapshot-"));
    try {
      writeFileSync(join(dir, "m.bin"), matcher.toSnapshot());
      const script = `
        import { readFileSync } from "node:fs";
        const { Matcher } = await import(${JSON.stringify(join(repoRoot, "dist", "index.js"))});
        const m = Matcher.fromSnapshot(readFileSync(${JSON.stringify(join(dir, "m.bin"))}));
        ${everything.toString()}
        process.stdout.write(everything(m));`;
      const child = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
      expect(child).toBe(everything(matcher));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses another analyzer, another version and any damaged byte with a SnapshotError", () => {
    const matcher = build([{ id: "r1", title: "graphene coating", summary: "heat" }], [{ id: "d1", title: "runs hot", description: "cooling" }], { feedback: false }, false);
    const bytes = matcher.toSnapshot();
    const stems = (() => {
      try {
        Matcher.fromSnapshot(bytes, { analyzer: createAnalyzer({ stem: false }) });
      } catch (error) {
        return error as SnapshotError;
      }
    })();
    expect(stems).toBeInstanceOf(SnapshotError);
    expect(stems?.mismatch).toBe("analyzer");
    expect(stems?.message).toMatch(/"stem":true.*but this load uses techbroker@\d+ \{[^}]*"stem":false/);

    const other = bytes.slice();
    new DataView(other.buffer).setUint32(4, 7, true);
    new DataView(other.buffer).setUint32(12, crc32(other, 16), true);
    expect(() => Matcher.fromSnapshot(other)).toThrow(/format version 7/);

    const want = everything(matcher);
    for (let i = 0; i < bytes.length; i += 3) {
      const copy = bytes.slice();
      copy[i] ^= 0x41;
      expect(() => Matcher.fromSnapshot(copy)).toThrow(SnapshotError);
    }
    expect(() => Matcher.fromSnapshot(bytes.subarray(0, bytes.length - 1))).toThrow(SnapshotError);
    expect(() => Matcher.fromSnapshot(matcher.toSnapshot().subarray(0, 40))).toThrow(SnapshotError);
    expect(everything(Matcher.fromSnapshot(bytes))).toBe(want);
  });

  it("records and bridge options stored in the snapshot are re-validated: sound CRC, bad content", () => {
    const matcher = build([{ id: "r1", title: "graphene", summary: "heat" }], [{ id: "d1", title: "hot", description: "cooling" }], { feedback: false }, false);
    const bytes = matcher.toSnapshot();
    // Forge: rewrite the records JSON section with a result lacking its title, and fix the CRC.
    const dv = new DataView(bytes.buffer);
    const metaLength = dv.getUint32(16, true);
    const recordsAt = 16 + 4 + metaLength;
    const recordsLength = dv.getUint32(recordsAt, true);
    const records = JSON.parse(new TextDecoder().decode(bytes.subarray(recordsAt + 4, recordsAt + 4 + recordsLength)));
    records.results[0].title = 42;
    const forged = new TextEncoder().encode(JSON.stringify(records));
    const out = new Uint8Array(bytes.length - recordsLength + forged.length);
    out.set(bytes.subarray(0, recordsAt));
    new DataView(out.buffer).setUint32(recordsAt, forged.length, true);
    out.set(forged, recordsAt + 4);
    out.set(bytes.subarray(recordsAt + 4 + recordsLength), recordsAt + 4 + forged.length);
    new DataView(out.buffer).setUint32(8, out.length - 16, true);
    new DataView(out.buffer).setUint32(12, crc32(out, 16), true);
    expect(() => Matcher.fromSnapshot(out)).toThrow(/records: .*title/);
  });

  it("an index snapshot given to Matcher.fromSnapshot is named as such", () => {
    const matcher = new Matcher();
    matcher.addResults([{ id: "r1", title: "graphene", summary: "heat" }]);
    const index = (matcher as unknown as { results: { index: { toSnapshot(): Uint8Array } } }).results.index.toSnapshot();
    expect(() => Matcher.fromSnapshot(index)).toThrow(/InvertedIndex snapshot, not a Matcher snapshot/);
  });
});
