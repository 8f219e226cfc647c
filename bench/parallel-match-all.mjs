// Worker threads versus one thread: parallelMatchAll ("techbroker/node") against Matcher.matchAll, on the synthetic
// matchmaking corpus (bench/corpus/matchmaking.mjs), without bridges and with the sample lexicon.
// Run: npm run bench:parallel                                         (10,000 results x 2,000 demands)
//      npm run bench:parallel -- --results 100000 --demands 10000 --sample 1000
// --sample N matches only the first N demands (a Matcher holding just those) and says so: on a shared
// machine the full 100k x 10k run can take too long. Contenders alternate; medians of --runs.
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Matcher } from "../dist/index.js";
import { parallelMatchAll } from "../dist/node.js";
import { generateMatchmaking, lexicon } from "./corpus/matchmaking.mjs";
import { median, argNumber } from "./measure.mjs";

const resultCount = argNumber("results", 10_000);
const demandCount = argNumber("demands", 2_000);
const sample = argNumber("sample", demandCount);
const runs = argNumber("runs", 2);
const workers = argNumber("workers", availableParallelism());

const { results, demands } = generateMatchmaking({ resultCount, demandCount, seed: 20260101 });
const used = demands.slice(0, sample);

const rows = [];
for (const [name, bridges] of [["no bridges", { builtin: false }], ["built-in + lexicon bridges", { lexicon }]]) {
  const matcher = new Matcher({ bridges });
  matcher.addResults(results);
  matcher.addDemands(used);
  matcher.matchDemand(used[0].id); // freeze postings
  const single = [];
  const parallel = [];
  let a;
  let b;
  for (let i = 0; i < runs; i++) {
    for (const what of i % 2 === 0 ? ["single", "parallel"] : ["parallel", "single"]) {
      const start = performance.now();
      if (what === "single") a = matcher.matchAll({ k: 10 });
      else b = await parallelMatchAll(matcher, { k: 10, workers });
      (what === "single" ? single : parallel).push(performance.now() - start);
    }
  }
  const same = JSON.stringify([...a]) === JSON.stringify([...b]);
  if (!same) throw new Error(`${name}: parallel answers differ from matchAll`);
  const s = median(single);
  const p = median(parallel);
  const scale = demandCount / used.length;
  rows.push(`| ${name} | ${(s / 1000).toFixed(1)} s | ${(p / 1000).toFixed(1)} s | ${(s / p).toFixed(2)}x |${scale > 1 ? ` ${((s * scale) / 1000).toFixed(0)} s / ${((p * scale) / 1000).toFixed(0)} s |` : ""}`);
}
console.log(
  `parallelMatchAll vs matchAll: ${resultCount.toLocaleString("en")} results x ${used.length.toLocaleString("en")} demands` +
    `${used.length < demandCount ? ` (a sample of ${demandCount.toLocaleString("en")})` : ""}, ${workers} workers, ` +
    `${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)} (node ${process.version})\n`,
);
const extrapolated = used.length < demandCount;
console.log(`| bridges | matchAll | parallelMatchAll | speedup |${extrapolated ? ` extrapolated to ${demandCount.toLocaleString("en")} demands (matchAll / parallel) |` : ""}`);
console.log(`|---|---|---|---|${extrapolated ? "---|" : ""}`);
for (const row of rows) console.log(row);
