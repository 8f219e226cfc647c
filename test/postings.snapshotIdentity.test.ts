// InvertedIndex snapshots record which analysis built them and refuse another one with a SnapshotError.
import { describe, expect, it } from "vitest";
import { crc32 } from "../src/postings/crc32.js";
import { createAnalyzer, InvertedIndex, SnapshotError, ValidationError, type Analyzer } from "../src/index.js";

const fields = { title: { weight: 2 }, text: { weight: 1 } };
const docs = [
  { id: "a", title: "Graphene coatings", text: "heat dissipation of batteries" },
  { id: "b", title: "SiC inverters", text: "switching losses at 150 °C" },
];
const words: Analyzer = { name: "words", version: "3", settings: { lower: true }, analyze: (t) => t.toLowerCase().split(/\s+/).filter(Boolean) };

function snapshotWith(analyzer?: Analyzer, fieldAnalyzer?: Analyzer): Uint8Array {
  const index = new InvertedIndex({ fields: { ...fields, text: { weight: 1, analyzer: fieldAnalyzer } }, analyzer });
  index.addAll(docs);
  return index.toSnapshot();
}

function refusal(run: () => unknown): SnapshotError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return error as SnapshotError;
  }
  throw new Error("expected a SnapshotError");
}

describe("analyzer identity in index snapshots", () => {
  it("loads with the same analysis, with the default or an equal custom analyzer", () => {
    expect(InvertedIndex.fromSnapshot(snapshotWith()).search("batteries")[0].id).toBe("a");
    const copy: Analyzer = { ...words };
    expect(InvertedIndex.fromSnapshot(snapshotWith(words), { analyzer: copy }).search("coatings")[0].id).toBe("a");
  });

  it("refuses the default analyzer (stems) for an index built with lemmas, saying which setting differs", () => {
    const lemmas = createAnalyzer({ stem: false });
    const error = refusal(() => InvertedIndex.fromSnapshot(snapshotWith(lemmas)));
    expect(error.mismatch).toBe("analyzer");
    expect(error.code).toBe("ANALYZER_MISMATCH");
    expect(error.message).toMatch(/field "title" was analysed with techbroker@\d+ \{[^}]*"stem":false/);
    expect(error.message).toMatch(/this load uses techbroker@\d+ \{[^}]*"stem":true/);
    expect(InvertedIndex.fromSnapshot(snapshotWith(lemmas), { analyzer: createAnalyzer({ stem: false }) }).size).toBe(2);
  });

  it("refuses a custom analyzer of another name, version or settings", () => {
    const bytes = snapshotWith(words);
    for (const other of [{ ...words, name: "other" }, { ...words, version: "4" }, { ...words, settings: { lower: false } }]) {
      expect(refusal(() => InvertedIndex.fromSnapshot(bytes, { analyzer: other })).mismatch).toBe("analyzer");
    }
    expect(refusal(() => InvertedIndex.fromSnapshot(bytes)).message).toMatch(/analysed with words@3 \{"lower":true\} but this load uses techbroker/);
  });

  it("checks each field's own analyzer", () => {
    const bytes = snapshotWith(undefined, words);
    expect(refusal(() => InvertedIndex.fromSnapshot(bytes)).message).toMatch(/field "text" was analysed with words@3/);
    expect(InvertedIndex.fromSnapshot(bytes, { fieldAnalyzers: { text: words } }).search([{ term: "dissipation", weight: 1 }])[0].id).toBe("a");
  });

  it("names the format version of a snapshot from another version", () => {
    const bytes = snapshotWith();
    const old = bytes.slice();
    new DataView(old.buffer).setUint32(4, 1, true);
    new DataView(old.buffer).setUint32(12, crc32(old, 16), true);
    const error = refusal(() => InvertedIndex.fromSnapshot(old));
    expect(error.mismatch).toBe("version");
    expect(error.code).toBe("SNAPSHOT_VERSION");
    expect(error.message).toMatch(/format version 1 .*\(2\)/);
  });

  it("a bare function as load option is the caller's mistake, not a damaged snapshot", () => {
    const bare = ((t: string) => [t]) as unknown as Analyzer;
    expect(() => InvertedIndex.fromSnapshot(snapshotWith(), { analyzer: bare })).toThrow(ValidationError);
    expect(() => InvertedIndex.fromSnapshot(snapshotWith(), { fieldAnalyzers: { text: bare } })).toThrow(/fieldAnalyzers\.text/);
  });
});
