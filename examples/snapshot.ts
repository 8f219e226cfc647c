/**
 * Save an index to bytes and load it back: toSnapshot() -> file in os.tmpdir() -> InvertedIndex.fromSnapshot.
 * The loaded index answers exactly as the original (same ids, same scores), loads faster than re-indexing,
 * and truncated, corrupted or foreign bytes are refused with a SnapshotError instead of giving wrong answers.
 *
 *   npm run example -- snapshot       # or, after `npx tsup`: npx tsx examples/snapshot.ts
 *
 * A snapshot holds the index (terms, postings, field lengths, options), not your documents or analyzers:
 * keep the documents elsewhere, and pass a custom analyzer again to fromSnapshot if you used one.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InvertedIndex, SNAPSHOT_VERSION, SnapshotError } from "techbroker";

// A type alias, not an interface: only aliases are assignable to IndexDocument's `[field: string]: unknown`.
type Doc = {
  id: string;
  title: string;
  keywords: string[];
  summary: string;
};

const dataFile = join(dirname(fileURLToPath(import.meta.url)), "data", "results.json");
const docs = JSON.parse(readFileSync(dataFile, "utf8")) as Doc[];

function buildIndex(): InvertedIndex {
  const built = new InvertedIndex({ fields: { title: { weight: 3 }, keywords: { weight: 2 }, summary: {} } });
  built.addAll(docs);
  built.search("warm-up"); // the first search freezes pending postings: count it as part of the build
  return built;
}
// The first build in a process pays for loading the English model and cold JIT; the second shows the steady cost.
let t0 = performance.now();
buildIndex();
const coldMs = performance.now() - t0;
t0 = performance.now();
const index = buildIndex();
const buildMs = performance.now() - t0;

// Save: bytes with a format version and a CRC-32, written like any other file.
const bytes = index.toSnapshot();
const dir = mkdtempSync(join(tmpdir(), "techbroker-"));
const file = join(dir, "results.tbix");
writeFileSync(file, bytes);
console.log(`${index.size} documents indexed: first build ${coldMs.toFixed(1)} ms, second build ${buildMs.toFixed(1)} ms`);
console.log(`snapshot v${SNAPSHOT_VERSION}: ${bytes.length} bytes in ${file}`);
console.log(`(source JSON: ${statSync(dataFile).size} bytes)\n`);

// Load: a Node Buffer from readFileSync is a Uint8Array, so it goes in as it is.
t0 = performance.now();
const loaded = InvertedIndex.fromSnapshot(readFileSync(file));
const loadMs = performance.now() - t0;
console.log(`loaded ${loaded.size} documents in ${loadMs.toFixed(1)} ms; fields ${loaded.fieldNames.join(", ")}`);

// Same answers: ids and scores compared exactly, not rounded.
const queries = ["graphene heat spreader", "solid-state battery electrolyte", "冷链温度记录标签", "brake fade on alpine descents"];
for (const q of queries) {
  const before = index.search(q, { k: 10 });
  const after = loaded.search(q, { k: 10 });
  const same = before.length === after.length && before.every((h, i) => h.id === after[i].id && h.score === after[i].score);
  console.log(`  ${same ? "same" : "DIFFERENT"}  top ${after.length} for "${q}": ${after.slice(0, 3).map((h) => `${h.id} ${h.score.toFixed(3)}`).join(", ")}`);
  if (!same) throw new Error(`snapshot changed the ranking for "${q}"`);
}

// A loaded index is a normal index: it can keep changing.
loaded.add({ id: "late-1", title: "Graphene heat spreader tape", keywords: ["graphene heat spreader"], summary: "" });
const afterAdd = loaded.search("graphene heat spreader", { k: 2 }).map((h) => `${h.id} ${h.score.toFixed(3)}`);
console.log(`after add("late-1") on the loaded index: "graphene heat spreader" -> ${afterAdd.join(", ")}\n`);

// Damaged bytes are refused.
function tryLoad(label: string, damaged: Uint8Array): void {
  try {
    InvertedIndex.fromSnapshot(damaged);
    console.log(`  ${label}: loaded (unexpected)`);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    console.log(`  ${label}: ${error.name} [${error.code}] ${error.message}`);
  }
}
const flipped = bytes.slice();
flipped[Math.floor(flipped.length / 2)] ^= 0x01; // one bit in the middle of the postings
writeFileSync(file, flipped);
tryLoad("one flipped bit", readFileSync(file));
tryLoad("truncated to half", bytes.subarray(0, bytes.length >> 1));
tryLoad("a JSON file", readFileSync(dataFile));

rmSync(dir, { recursive: true, force: true });
