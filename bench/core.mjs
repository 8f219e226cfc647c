// Core figures of the techbroker index on a synthetic corpus (issue "The core"):
// build time, heap after GC, snapshot size and load time, 3-word top-10 queries per second.
// Run: npm run bench:core            (100k documents)
//      npm run bench:core -- --docs 20000
// Needs `node --expose-gc` (the npm script passes it) and a fresh `npm run build`.
import { performance } from "node:perf_hooks";
import { InvertedIndex } from "../dist/index.js";
import { generateSyntheticCorpus } from "./corpus/synthetic.mjs";
import { memory, median, quantile, argNumber } from "./measure.mjs";

const count = argNumber("docs", 100_000);
const queryCount = argNumber("queries", 2000);

const { docs, queries } = generateSyntheticCorpus({ count, queryCount });
const words = docs.reduce((a, d) => a + d.text.split(" ").length + d.title.split(" ").length, 0);
const base = memory();
let t = performance.now();
const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
index.addAll(docs);
index.search("warm up"); // freezes pending postings into a segment
const buildMs = performance.now() - t;
const heap = memory() - base;

const runQueries = () => {
  const lat = [];
  const start = performance.now();
  for (const q of queries) {
    const s = performance.now();
    index.search(q.text, { k: 10 });
    lat.push(performance.now() - s);
  }
  return { qps: queries.length / ((performance.now() - start) / 1000), lat };
};
runQueries(); // warm-up: JIT and cached term bounds
const runs = [runQueries(), runQueries(), runQueries()];
const qps = median(runs.map((r) => r.qps));
const lat = runs[1].lat;

t = performance.now();
const snapshot = index.toSnapshot();
const saveMs = performance.now() - t;
t = performance.now();
const loaded = InvertedIndex.fromSnapshot(snapshot);
const loadMs = performance.now() - t;
const same = JSON.stringify(loaded.search(queries[0].text)) === JSON.stringify(index.search(queries[0].text));

const exhaustiveStart = performance.now();
for (const q of queries.slice(0, 300)) index.searchExhaustive(q.text, { k: 10 });
const exhaustiveQps = 300 / ((performance.now() - exhaustiveStart) / 1000);

const rows = [
  ["documents", count.toLocaleString("en")],
  ["words (title + text)", words.toLocaleString("en")],
  ["build", `${(buildMs / 1000).toFixed(2)} s (${Math.round(count / (buildMs / 1000)).toLocaleString("en")} docs/s)`],
  ["heap + array buffers after GC", `${(heap / 2 ** 20).toFixed(1)} MiB (${Math.round(heap / count)} B/doc)`],
  ["snapshot", `${(snapshot.length / 2 ** 20).toFixed(1)} MiB, save ${saveMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms, same results: ${same}`],
  ["3-word top-10 queries (MaxScore)", `${Math.round(qps).toLocaleString("en")} q/s, p50 ${median(lat).toFixed(3)} ms, p99 ${quantile(lat, 0.99).toFixed(3)} ms`],
  ["3-word top-10 queries (exhaustive)", `${Math.round(exhaustiveQps).toLocaleString("en")} q/s`],
  ["node", process.version],
];
console.log("| figure | value |\n|---|---|");
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
