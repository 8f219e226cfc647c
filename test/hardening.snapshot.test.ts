// Forged snapshots: bytes with a valid CRC but hostile contents (issue 15, defect 6). Every one must fail
// with a SnapshotError that says what is wrong, quickly and without large allocations.
import { describe, expect, it } from "vitest";
import { InvertedIndex, SNAPSHOT_VERSION, SnapshotError } from "../src/index.js";

const split = { name: "split", analyze: (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0) };

// --- A small forging kit, independent of src/: it knows the documented format and recomputes the CRC. ---
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array, from: number): number {
  let c = 0xffffffff;
  for (let i = from; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const SECTION_NAMES = ["meta", "termBlob", "termLens", "idBlob", "idLens", "lengths", "termIds", "offsets", "docs", "tfs"] as const;
type Sections = Uint8Array[];

/** Split snapshot bytes into its sections (copies). */
function sectionsOf(bytes: Uint8Array): Sections {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Sections = [];
  for (let at = 16; at < bytes.length; ) {
    const len = dv.getUint32(at, true);
    out.push(bytes.slice(at + 4, at + 4 + len));
    at += 4 + ((len + 3) & ~3);
  }
  return out;
}
/** Assemble sections into snapshot bytes with a correct header, length and CRC. */
function assemble(sections: Sections, version = SNAPSHOT_VERSION): Uint8Array {
  const body = sections.reduce((a, s) => a + 4 + ((s.length + 3) & ~3), 0);
  const out = new Uint8Array(16 + body);
  const dv = new DataView(out.buffer);
  out.set([0x54, 0x42, 0x49, 0x58]);
  dv.setUint32(4, version, true);
  dv.setUint32(8, body, true);
  let at = 16;
  for (const s of sections) {
    dv.setUint32(at, s.length, true);
    out.set(s, at + 4);
    at += 4 + ((s.length + 3) & ~3);
  }
  dv.setUint32(12, crc32(out, 16), true);
  return out;
}
/** Re-write one section of `bytes` (by name) and re-seal. */
function forge(bytes: Uint8Array, edit: Partial<Record<(typeof SECTION_NAMES)[number], (old: Uint8Array) => Uint8Array>>): Uint8Array {
  const sections = sectionsOf(bytes);
  SECTION_NAMES.forEach((name, i) => {
    const f = edit[name];
    if (f) sections[i] = f(sections[i]);
  });
  return assemble(sections);
}
const json = (x: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(x));
const metaOf = (bytes: Uint8Array): { fields: { name: string; weight: number; b: number }[]; k1: number; tfBytes: number } =>
  JSON.parse(new TextDecoder().decode(sectionsOf(bytes)[0]));
const u32 = (...xs: number[]): Uint8Array => new Uint8Array(Uint32Array.from(xs).buffer);
const utf8 = (...xs: string[]): Uint8Array => new TextEncoder().encode(xs.join(""));

function sample(): Uint8Array {
  const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: {} }, analyzer: split });
  index.addAll([
    { id: "r1", title: "graphene coating", text: "heat dissipation" },
    { id: "r2", title: "SiC inverter", text: "power module" },
  ]);
  return index.toSnapshot();
}
const load = (bytes: Uint8Array): InvertedIndex => InvertedIndex.fromSnapshot(bytes, { analyzer: split });
function expectSnapshotError(bytes: Uint8Array, message: RegExp): void {
  let caught: unknown;
  try {
    load(bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SnapshotError);
  expect((caught as Error).message).toMatch(message);
}

describe("forged snapshots with a valid CRC", () => {
  it("the forging kit is faithful: re-sealing unchanged sections gives the same bytes, and they load", () => {
    const bytes = sample();
    expect(assemble(sectionsOf(bytes))).toEqual(bytes);
    expect(load(forge(bytes, {})).search("graphene").map((h) => h.id)).toEqual(["r1"]);
  });

  it("type-checks every metadata value", () => {
    const bytes = sample();
    const meta = metaOf(bytes);
    const bad: [unknown, RegExp][] = [
      [null, /metadata/],
      [[], /metadata/],
      [{ ...meta, fields: [null, ...meta.fields] }, /metadata field/],
      [{ ...meta, fields: [5, 6] }, /metadata field/],
      [{ ...meta, fields: meta.fields.map((f) => ({ ...f, name: 7 })) }, /metadata field/],
      [{ ...meta, fields: meta.fields.map((f) => ({ ...f, weight: "2" })) }, /metadata field/],
      [{ ...meta, fields: meta.fields.map((f) => ({ ...f, name: "same" })) }, /duplicate field/],
      [{ ...meta, fields: [] }, /fields/],
      [{ ...meta, fields: "title" }, /fields/],
      [{ ...meta, k1: "1.2" }, /k1/],
      [{ ...meta, k1: 1e400 }, /k1|options/],
      [{ ...meta, tfBytes: 3 }, /tfBytes/],
      [{ ...meta, fields: meta.fields.map((f) => ({ ...f, name: "id" })).slice(0, 1) }, /id/],
    ];
    for (const [m, message] of bad) expectSnapshotError(forge(bytes, { meta: () => json(m) }), message);
  });

  it("refuses a header that declares a huge number of fields, before allocating for them", () => {
    const bytes = sample();
    const meta = metaOf(bytes);
    // 100,000 fields and no documents: before the fix this loaded, reserving 4 KB per declared field.
    const fields = Array.from({ length: 100_000 }, (_, i) => ({ name: `f${i}`, weight: 1, b: 0.75 }));
    const forged = assemble([json({ ...meta, fields }), utf8(), u32(), utf8(), u32(), u32(), u32(), u32(0), u32(), new Uint8Array(0)]);
    expectSnapshotError(forged, /fields/);
  });

  it("checks ids as `add` would: empty, over-long and duplicate ids do not load", () => {
    const bytes = sample();
    for (const [ids, message] of [
      [["", "r2"], /ids\[0\].*non-empty/],
      [["r1", "x".repeat(1025)], /ids\[1\].*longer/],
      [["r1", "r1"], /duplicate ids/],
    ] as [string[], RegExp][]) {
      const forged = forge(bytes, { idBlob: () => utf8(...ids), idLens: () => u32(...ids.map((s) => utf8(s).length)) });
      expectSnapshotError(forged, message);
    }
  });

  it("rejects trailing sections, odd frequency blobs, bad UTF-8 and overruns", () => {
    const bytes = sample();
    expectSnapshotError(assemble([...sectionsOf(bytes), u32(1, 2, 3)]), /trailing/);
    expectSnapshotError(forge(bytes, { tfs: (old) => old.slice(0, old.length - 1) }), /frequencies|section/);
    expectSnapshotError(forge(bytes, { idBlob: (old) => Uint8Array.from([...old.slice(0, -1), 0xff]) }), /UTF-8/);
    expectSnapshotError(forge(bytes, { idLens: () => u32(1, 1000) }), /overrun|length/);
    expectSnapshotError(forge(bytes, { termLens: () => u32(0xffffffff) }), /overrun|length/);
    expectSnapshotError(forge(bytes, { lengths: () => u32(...new Array(4).fill(0xffffffff)) }), /lengths/);
    expectSnapshotError(forge(bytes, { offsets: (old) => u32(...new Uint32Array(old.slice().buffer).map((x) => x * 1000)) }), /offsets|postings|section/);
    expectSnapshotError(forge(bytes, { docs: (old) => u32(...new Uint32Array(old.slice().buffer).map(() => 0xffffffff)) }), /postings/);
  });

  it("random byte damage in any section never escapes as anything but a SnapshotError or a faithful load", () => {
    const bytes = sample();
    const sections = sectionsOf(bytes);
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let trial = 0; trial < 400; trial++) {
      const copy = sections.map((s) => s.slice());
      const s = rand(copy.length);
      if (copy[s].length === 0) continue;
      copy[s][rand(copy[s].length)] = rand(256);
      try {
        const index = load(assemble(copy));
        // What loads must be internally consistent: every hit is a live id with a finite score.
        for (const h of index.search("graphene coating heat power")) {
          expect(index.has(h.id)).toBe(true);
          expect(Number.isFinite(h.score)).toBe(true);
        }
      } catch (error) {
        expect(error).toBeInstanceOf(SnapshotError);
      }
    }
  });
});
