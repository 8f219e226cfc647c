// Matchmaking-event benchmark: Matcher.matchAll for 10,000 research results x 2,000 demands (top 10 each),
// plain BM25F, with the sample lexicon's bridges, with RM3 feedback, and with both.
// Run: npm run bench:match-all                          (10,000 x 2,000; writes bench/results/match-all.json)
//      npm run bench:match-all -- --results 2000 --demands 400   (scaled down; prints only)
// Needs `node --expose-gc` (the npm script passes it) and a fresh build (`npx tsup`).
//
// Records are synthetic and deterministic (seeded, bench/corpus/matchmaking.mjs): each belongs to one concept
// of the sample lexicon; results speak its lab words, demands its business words. 20% are Chinese.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Matcher } from "../dist/index.js";
import { generateMatchmaking, lexicon } from "./corpus/matchmaking.mjs";
import { memory, median, quantile, argNumber } from "./measure.mjs";

const FULL = { results: 10_000, demands: 2_000 };
const resultCount = argNumber("results", FULL.results);
const demandCount = argNumber("demands", FULL.demands);
const runs = argNumber("runs", 3);
const seed = argNumber("seed", 20260101);
const K = 10;

// ---- measurement -----------------------------------------------------------------------------
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (x, digits) => Number(x.toFixed(digits));

const loadAtStart = loadavg();
const { results, demands } = generateMatchmaking({ resultCount, demandCount, seed });
const countWords = (s) => (/[\u4e00-\u9fff]/.test(s) ? s.length : s.split(" ").length);
const corpus = {
  results: results.length,
  demands: demands.length,
  chineseResults: results.filter((r) => r.language === "zh").length,
  chineseDemands: demands.filter((d) => d.language === "zh").length,
  resultsWithoutTrl: results.filter((r) => r.trl === undefined).length,
  demandsWithMinTrl: demands.filter((d) => d.minTrl !== undefined).length,
  englishSummaryWordsMean: round(mean(results.filter((r) => !r.language).map((r) => countWords(r.summary))), 1),
};

const heapBefore = memory();
let t = performance.now();
const matcher = new Matcher();
matcher.addResults(results);
matcher.addDemands(demands);
const buildMs = performance.now() - t;
t = performance.now();
matcher.matchDemand(demands[0].id, { k: K }); // the first search freezes pending postings into segments
const firstMatchMs = performance.now() - t;
const heapAfter = memory();

const topicOf = new Map(results.map((r) => [r.id, r.meta.topic]));

/** matchAll after a warm-up (median of `runs`), then one pass of single matchDemand calls for latencies. */
function measure(name, bridges) {
  matcher.setBridges(bridges);
  matcher.matchAll({ k: K }); // warm-up: JIT, cached bounds and feedback terms
  const wall = [];
  let all;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    all = matcher.matchAll({ k: K });
    wall.push(performance.now() - start);
  }
  const latency = [];
  for (const d of demands) {
    const start = performance.now();
    matcher.matchDemand(d.id, { k: K });
    latency.push(performance.now() - start);
  }
  const lists = [...all.values()];
  const tops = demands.filter((d) => all.get(d.id).length > 0);
  const medianMs = median(wall);
  return {
    name,
    wallMs: wall.map((x) => round(x, 1)),
    medianMs: round(medianMs, 1),
    perDemandMs: round(medianMs / demands.length, 3),
    latencyMs: { p50: round(median(latency), 3), p99: round(quantile(latency, 0.99), 3), max: round(Math.max(...latency), 3) },
    matchesPerDemand: round(mean(lists.map((l) => l.length)), 2),
    // Matches whose text score got something from a bridged term.
    bridgedShare: round(mean(lists.flat().map((m) => (m.explanation.parts.bridged > 0 ? 1 : 0))), 3),
    // Synthetic check, not a quality measure: top-1 result generated from the demand's own concept.
    topOnTopic: round(mean(tops.map((d) => (topicOf.get(all.get(d.id)[0].id) === d.meta.topic ? 1 : 0))), 3),
  };
}

const configs = [
  // `{}` is the built-in bridges (the default); plain BM25F is `{ builtin: false }`.
  measure("plain BM25F", { builtin: false }),
  measure("built-in bridges (default)", {}),
  measure("lexicon bridges", { builtin: false, lexicon }),
  measure("RM3 feedback", { builtin: false, feedback: true }),
  measure("lexicon + RM3", { builtin: false, lexicon, feedback: true }),
];
const loadAtEnd = loadavg();

const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? "unknown"} x ${cpus().length}`,
  loadAverage1m: { start: round(loadAtStart[0], 2), end: round(loadAtEnd[0], 2) },
  gcExposed: Boolean(globalThis.gc),
  settings: { seed, k: K, runs },
  corpus,
  buildMs: round(buildMs, 0),
  firstMatchMs: round(firstMatchMs, 0),
  heapMiB: globalThis.gc ? round((heapAfter - heapBefore) / 2 ** 20, 1) : null,
  heapTotalMiB: globalThis.gc ? round(heapAfter / 2 ** 20, 1) : null,
  configs,
};

const fmt = (n) => n.toLocaleString("en");
console.log(`\n### matchAll({ k: ${K} }): ${fmt(resultCount)} results x ${fmt(demandCount)} demands\n`);
console.log(`${corpus.chineseResults} Chinese results, ${corpus.chineseDemands} Chinese demands; node ${process.version}, ${report.cpu}`);
console.log(`load average (1 min): ${report.loadAverage1m.start} at start, ${report.loadAverage1m.end} at end\n`);
console.log("| figure | value |\n|---|---|");
console.log(`| build (addResults + addDemands) | ${fmt(report.buildMs)} ms |`);
console.log(`| first matchDemand (freezes postings) | ${fmt(report.firstMatchMs)} ms |`);
console.log(`| heap + array buffers after GC (matcher) | ${report.heapMiB === null ? "n/a (run with --expose-gc)" : `${report.heapMiB} MiB`} |`);
console.log("\n| bridges | matchAll median | per demand | single p50 | single p99 | max | bridged matches | top-1 on topic |");
console.log("|---|---|---|---|---|---|---|---|");
for (const c of configs) {
  console.log(
    `| ${c.name} | ${fmt(c.medianMs)} ms | ${c.perDemandMs} ms | ${c.latencyMs.p50} ms | ${c.latencyMs.p99} ms | ${c.latencyMs.max} ms | ${(c.bridgedShare * 100).toFixed(1)}% | ${(c.topOnTopic * 100).toFixed(1)}% |`,
  );
}

if (resultCount === FULL.results && demandCount === FULL.demands) {
  const dir = new URL("./results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL("match-all.json", dir), `${JSON.stringify(report, null, 2)}\n`);
  console.log("\nwrote bench/results/match-all.json");
} else console.log("\nscaled down: bench/results/match-all.json not written");
