// Query throughput at scale (issue "Fast at a million documents"): one synthetic index, then top-10
// queries of 3 words and of a demand's length (30 words), plain and with bridged-like weights
// (two thirds of the terms at weight 0.3, as bridged and feedback terms are). Every workload is
// checked against exhaustive scoring on its first queries: ids and scores must be identical.
// Run: npm run bench:scale                        (100k documents)
//      npm run bench:scale -- --docs 1000000 --queries 500
//      node --expose-gc bench/query-scale.mjs --dist /tmp/old/dist   (compare another build)
// With Debian's python3-xapian installed, Xapian (C++) runs the same documents and queries in its own
// process (bench/peers/xapian_peer.py) as the native ceiling; --no-xapian skips it. --words 3,30,100 adds
// 100-word queries; --json ends the output with one line of JSON figures (bench/run.mjs reads it).
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateSyntheticCorpus } from "./corpus/synthetic.mjs";
import { memory, median, argNumber, argValue, cpuSeconds } from "./measure.mjs";

// Throughput is counted in CPU time of this process (user + system), not wall time: this machine is
// shared, and CPU time keeps the ratio between two builds, or against Xapian, stable under load.
const count = argNumber("docs", 100_000);
const queryCount = argNumber("queries", 1000);
const wordCounts = String(argValue("words", "3,30")).split(",").map(Number);
const dist = resolve(argValue("dist", new URL("../dist", import.meta.url).pathname));
const { InvertedIndex, analyze } = await import(pathToFileURL(`${dist}/index.js`).href);

const { docs } = generateSyntheticCorpus({ count, queryCount: 0 });
const base = memory();
let t = cpuSeconds();
const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
index.addAll(docs);
index.search("warm up");
const buildMs = (cpuSeconds() - t) * 1000;
const heap = memory() - base;

const workloads = [];
for (const words of wordCounts) {
  const { queries } = generateSyntheticCorpus({ count: 0, queryCount, queryWords: words });
  workloads.push({ name: `${words} words`, queries: queries.map((q) => q.text) });
  // Bridged-like: the same words as weighted terms, all but every third one at weight 0.3.
  const weightOf = (i) => (i % 3 === 0 ? 1 : 0.3);
  const weighted = queries.map((q) => q.text.split(" ").flatMap((word, i) => analyze(word).map((term) => ({ term, weight: weightOf(i) }))));
  const forXapian = queries.map((q) => ({ terms: q.text.split(" ").map((word, i) => [word, weightOf(i)]) }));
  workloads.push({ name: `${words} words, 2/3 at weight 0.3`, queries: weighted, forXapian });
  workloads.at(-2).forXapian = queries.map((q) => ({ text: q.text }));
}

const rows = [];
for (const w of workloads) {
  const checked = Math.min(200, w.queries.length);
  let mismatches = 0;
  for (const q of w.queries.slice(0, checked)) {
    const a = index.search(q, { k: 10 });
    const b = index.searchExhaustive(q, { k: 10 });
    if (a.length !== b.length || a.some((h, i) => h.id !== b[i].id || h.score !== b[i].score)) mismatches++;
  }
  const run = () => {
    const start = cpuSeconds();
    for (const q of w.queries) index.search(q, { k: 10 });
    return w.queries.length / (cpuSeconds() - start);
  };
  run(); // warm-up: JIT and cached bounds
  const qps = median([run(), run(), run()]);
  rows.push([w.name, `${Math.round(qps).toLocaleString("en")} q/s`, `${checked - mismatches}/${checked}`]);
  w.qps = qps;
  console.log(`techbroker ${w.name}: ${Math.round(qps)} q/CPU s, ${checked - mismatches}/${checked} equal to exhaustive`);
  w.equal = `${checked - mismatches}/${checked}`;
}

const xapian = process.argv.includes("--no-xapian") ? null : runXapian();
if (xapian?.workloads) xapian.workloads.forEach((x, i) => rows[i].push(`${Math.round(x.qps).toLocaleString("en")} q/s`, `${(parseFloat(rows[i][1].replace(/,/g, "")) / x.qps).toFixed(2)}x`));

/** Xapian on the same documents and queries, or null when python3-xapian is not installed. */
function runXapian() {
  const python = "/usr/bin/python3";
  if (spawnSync(python, ["-c", "import xapian"]).status !== 0) {
    console.log("xapian: python3-xapian not installed (apt-get install python3-xapian), row skipped");
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), "techbroker-xapian-"));
  try {
    // In slices: a million documents as one string would exceed V8's largest string.
    const docsFile = join(dir, "docs.jsonl");
    writeFileSync(docsFile, "");
    for (let i = 0; i < docs.length; i += 10_000) appendFileSync(docsFile, docs.slice(i, i + 10_000).map((d) => `${JSON.stringify(d)}\n`).join(""));
    const files = workloads.map((w, i) => {
      const file = join(dir, `queries-${i}.jsonl`);
      writeFileSync(file, w.forXapian.map((q) => JSON.stringify(q)).join("\n"));
      return file;
    });
    const run = spawnSync(python, [new URL("./peers/xapian_peer.py", import.meta.url).pathname, join(dir, "docs.jsonl"), ...files], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (run.status !== 0) {
      console.log(`xapian: failed (${run.stderr.trim().split("\n").at(-1)})`);
      return null;
    }
    const result = JSON.parse(run.stdout);
    console.log(`${result.engine}: build ${result.buildSeconds.toFixed(1)} s (${Math.round(result.docs / result.buildSeconds).toLocaleString("en")} docs/s)`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`dist: ${dist}`);
console.log(`documents: ${count.toLocaleString("en")}; build ${(buildMs / 1000).toFixed(1)} CPU s (${Math.round(count / (buildMs / 1000)).toLocaleString("en")} docs/s); heap ${Math.round(heap / count)} B/doc`);
const header = xapian?.workloads ? " xapian | techbroker / xapian |" : "";
console.log(`| top-10 workload | queries per CPU second | equal to exhaustive |${header}\n|---|--:|--:|${xapian?.workloads ? "--:|--:|" : ""}`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
if (process.argv.includes("--json")) {
  const figures = {
    docs: count,
    buildCpuSeconds: buildMs / 1000,
    heapBytesPerDoc: heap / count,
    xapian: xapian ? { engine: xapian.engine, buildSeconds: xapian.buildSeconds } : null,
    workloads: workloads.map((w, i) => ({ name: w.name, queries: w.queries.length, qps: w.qps, equal: w.equal, xapianQps: xapian?.workloads?.[i]?.qps ?? null })),
  };
  console.log(JSON.stringify(figures));
}
