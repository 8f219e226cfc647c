// Load a saved Matcher versus rebuild it: 100,000 research results x 2,000 demands with bridges
// (the sample lexicon and a model learned from 2,000 past pairs), synthetic (bench/corpus/matchmaking.mjs).
// Run: npm run bench:snapshot                                  (100,000 x 2,000)
//      npm run bench:snapshot -- --results 10000 --demands 500  (scaled down)
// Rebuild = new Matcher with bridges + addResults + addDemands + the first match (which freezes postings);
// load = Matcher.fromSnapshot + the first match. Contenders alternate; medians of --runs each. Both must give
// the same matches for a sample of demands, or the bench fails.
import { performance } from "node:perf_hooks";
import { learnBridges, Matcher } from "../dist/index.js";
import { generateMatchmaking, lexicon } from "./corpus/matchmaking.mjs";
import { median, argNumber } from "./measure.mjs";

const resultCount = argNumber("results", 100_000);
const demandCount = argNumber("demands", 2_000);
const runs = argNumber("runs", 2);

const { results, demands } = generateMatchmaking({ resultCount, demandCount, seed: 20260101 });
// Past pairs: each of the first 2,000 demands with a result of the same concept.
const byTopic = new Map();
for (const r of results) if (!byTopic.has(r.meta.topic)) byTopic.set(r.meta.topic, r);
const history = demands
  .slice(0, 2_000)
  .map((d) => byTopic.get(d.meta.topic))
  .map((r, i) => r && { demand: `${demands[i].title}\n${demands[i].description}`, result: `${r.title}\n${r.summary}` })
  .filter(Boolean);
const model = learnBridges(history);
const bridges = { lexicon, model };
const probe = demands.slice(0, 50).map((d) => d.id);

function rebuild() {
  const m = new Matcher({ bridges });
  m.addResults(results);
  m.addDemands(demands);
  m.matchDemand(probe[0]);
  return m;
}
function load(bytes) {
  const m = Matcher.fromSnapshot(bytes);
  m.matchDemand(probe[0]);
  return m;
}
const timed = (f) => {
  globalThis.gc?.();
  const start = performance.now();
  const value = f();
  return [performance.now() - start, value];
};

let [firstBuildMs, built] = timed(rebuild);
const [saveMs, bytes] = timed(() => built.toSnapshot());
const rebuildMs = [firstBuildMs];
const loadMs = [];
let loaded;
for (let i = 0; i < runs; i++) {
  // Alternate: load first on even runs, rebuild first on odd ones.
  const order = i % 2 === 0 ? ["load", "rebuild"] : ["rebuild", "load"];
  for (const what of order) {
    if (what === "load") {
      const [ms, m] = timed(() => load(bytes));
      loadMs.push(ms);
      loaded = m;
    } else if (rebuildMs.length < runs) {
      const [ms, m] = timed(rebuild);
      rebuildMs.push(ms);
      built = m;
    }
  }
}
const same = probe.every((id) => JSON.stringify(built.matchDemand(id)) === JSON.stringify(loaded.matchDemand(id)));
if (!same) throw new Error("loaded matcher answers differently from the rebuilt one");

const r = median(rebuildMs);
const l = median(loadMs);
console.log(`Matcher snapshot: ${resultCount.toLocaleString("en")} results x ${demandCount.toLocaleString("en")} demands, lexicon + learned model (node ${process.version})\n`);
console.log("| figure | value |");
console.log("|---|---|");
console.log(`| rebuild (median of ${rebuildMs.length}) | ${(r / 1000).toFixed(2)} s |`);
console.log(`| load (median of ${loadMs.length}) | ${(l / 1000).toFixed(2)} s |`);
console.log(`| load vs rebuild | ${(r / l).toFixed(1)}x faster |`);
console.log(`| save | ${(saveMs / 1000).toFixed(2)} s, ${(bytes.length / 2 ** 20).toFixed(1)} MiB |`);
console.log(`| same matches for ${probe.length} demands | ${same} |`);
