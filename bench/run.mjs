// Side-by-side benchmark: techbroker against minisearch, flexsearch, @orama/orama, lunr and wink-bm25-text-search.
// Each (library, corpus) pair runs in its own fresh Node process (bench/worker.mjs) with a time cap; a library whose
// import fails is reported as skipped, and a run that exceeds its time or memory is reported as such, with
// whatever phases it finished. Writes bench/results/latest.json, latest.md and scale.svg (a --quick run: bench/results/quick/).
//
//   node bench/run.mjs [--quick] [--only techbroker,minisearch] [--sizes 10000,100000|none] [--no-nfcorpus]
//                      [--heap-mb 16384] [--timeout-min 30] [--out <dir>] [--variants|--no-variants]
// --variants / --no-variants: run the quality variants hook (default: on in full mode, off in --quick, which must stay
// under 2 minutes; learned bridges train for ~30 s).
// techbroker is always the built package (dist/): run `npm run build` first. Benchmarks never import src/.
// --scale 100000,1000000|none: query throughput at scale (bench/query-scale.mjs, one process per size, CPU time):
// 3- and 30-word queries, plain and with 2/3 of the terms at weight 0.3 (100-word ones too at 100k), with Xapian
// (Debian's python3-xapian) as the native ceiling row when it is installed, and ratios to Xapian and to the figures
// measured before block-max MaxScore (issue 17). Default: both sizes in full mode, none in --quick. Only these rows:
//   node bench/run.mjs --sizes none --no-nfcorpus --scale 100000,1000000 --out bench/results/scale/
//
// Quality variants hook: if bench/quality-variants.mjs exists, it must export
//   variants: { name: string, run(docs, queries) => Map<qid, docIds[]> | Promise<...> }[]
// where docs are NFCorpus {id, title, text} and queries the judged dev queries {id, text}; each variant is run in
// its own worker and gets a row (nDCG@10, Recall@100) in the NFCorpus quality table (e.g. "techbroker BM25F + RM3").
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { NFCORPUS_DIR } from "./corpus/nfcorpus.mjs";
import { renderMarkdown } from "./report/markdown-table.mjs";
import { updateReadmeSection } from "./report/readme-section.mjs";
import { renderScaleChart } from "./report/scale-chart.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));
const LIBRARIES = ["techbroker", "minisearch", "flexsearch", "orama", "lunr", "wink-bm25"];
const PACKAGES = ["minisearch", "flexsearch", "@orama/orama", "lunr", "wink-bm25-text-search", "wink-nlp-utils", "wink-nlp"];

function parseArgs(argv) {
  const args = { quick: false, only: null, sizes: null, nfcorpus: true, heapMb: 16384, timeoutMin: null, variants: null, out: null, scale: null };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === "--quick") args.quick = true;
    else if (flag === "--only") args.only = argv[++i].split(",").map((s) => s.trim());
    else if (flag === "--sizes") args.sizes = argv[++i] === "none" ? [] : argv[++i - 1].split(",").map(Number);
    else if (flag === "--no-nfcorpus") args.nfcorpus = false;
    else if (flag === "--variants") args.variants = true;
    else if (flag === "--out") args.out = argv[++i].replace(/\/?$/, "/");
    else if (flag === "--no-variants") args.variants = false;
    else if (flag === "--scale") args.scale = argv[++i] === "none" ? [] : argv[i].split(",").map(Number);
    else if (flag === "--heap-mb") args.heapMb = Number(argv[++i]);
    else if (flag === "--timeout-min") args.timeoutMin = Number(argv[++i]);
    else throw new Error(`unknown flag ${flag}`);
  }
  return args;
}

/**
 * Time caps per worker: quick mode must finish in under 2 minutes overall; at 1M documents a peer may take 30 min.
 * The query phase stops after its own budget (a third of the cap at most) and reports how many queries it ran.
 */
function limitsFor(args, size) {
  if (args.quick) return { timeoutMs: 25_000, queryBudgetMs: 3_000, minQueryMs: 200 };
  const timeoutMs = (args.timeoutMin ?? (size >= 1_000_000 ? 30 : size >= 100_000 ? 10 : 3)) * 60_000;
  const queryBudgetMs = Math.min(size >= 1_000_000 ? 120_000 : 60_000, Math.round(timeoutMs / 3));
  return { timeoutMs, queryBudgetMs, minQueryMs: Math.min(2_000, queryBudgetMs) };
}

/**
 * A library that failed at a smaller synthetic size, or whose build time or heap grown linearly from its largest
 * finished size would exceed this job's caps, is not started again (it would only burn the cap); the reason is
 * reported in its row instead, so the table still shows where it stops scaling.
 */
function predictRefusal(results, library, size, limits, heapMb) {
  const earlier = results.filter((r) => r.corpus === "synthetic" && r.library.startsWith(library) && r.size < size);
  // Only a failure to index or to query counts; a snapshot that ran out of time does not stop the next size.
  const failed = earlier.find((r) => !r.status.startsWith("ok") && !(r.queriesPerSecond > 0));
  if (failed) return `not run (${failed.status.split(" (")[0]} at ${failed.size.toLocaleString("en-US")})`;
  const last = earlier.sort((a, b) => b.size - a.size)[0];
  if (!last?.buildMs) return null;
  const growth = size / last.size;
  const buildMinutes = (last.buildMs * growth) / 60_000;
  if (buildMinutes * 60_000 > limits.timeoutMs) return `not run (predicted build ${duration(buildMinutes * 60_000)} > ${duration(limits.timeoutMs)} cap)`;
  const heapGb = (last.heapBytes * growth) / 1e9;
  if (heapGb * 1e9 > heapMb * 2 ** 20 * 0.9) return `not run (predicted heap ${heapGb.toFixed(1)} GB > ${(heapMb / 1024).toFixed(0)} GiB cap)`;
  return null;
}

/** "45 s" or "30 min": caps are read by people, so use the unit that fits. */
function duration(ms) {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, "utf8")).version;
  } catch {
    return "not installed";
  }
}

/** Runs one worker; resolves with the merged phases and a status (ok / timeout / out of memory / error / skipped). */
function runWorker(library, corpus, size, limits, heapMb) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      "--expose-gc", `--max-old-space-size=${heapMb}`, `${here}worker.mjs`,
      library, corpus, String(size), String(limits.queryBudgetMs), String(limits.minQueryMs),
    ], { stdio: ["ignore", "pipe", "pipe"] });
    const result = { library, corpus, size };
    let lastPhase = "start";
    let buffered = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk) => {
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (!line.startsWith("{")) continue;
        const { phase, ...data } = JSON.parse(line);
        lastPhase = phase;
        if (phase === "corpus") Object.assign(result, { docs: data.docs, queryCount: data.queries });
        else if (phase === "error") result.error = data;
        else if (phase === "variants") result.names = data.names;
        else if (phase !== "done") Object.assign(result, data);
      }
    });
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limits.timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const afterQuery = corpus === "nfcorpus" ? "evaluating" : "snapshotting";
      const next = { corpus: "indexing", setup: "indexing", build: "querying", query: afterQuery, quality: "snapshotting", snapshot: "snapshotting" }[lastPhase] ?? lastPhase;
      if (result.error?.importFailed) result.status = "skipped (import failed)";
      else if (timedOut) result.status = `timeout (>${duration(limits.timeoutMs)}, while ${next})`;
      else if (/heap out of memory|Allocation failed|Invalid array length|Invalid string length/.test(stderr + (result.error?.message ?? "")))
        result.status = `out of memory (while ${next})`;
      else if (result.error) result.status = `error: ${result.error.message.slice(0, 120)}`;
      else if (signal === "SIGKILL") result.status = `killed by the system (likely out of memory, while ${next})`;
      else if (code !== 0) result.status = `crashed (${signal ?? `exit ${code}`}, while ${next})`;
      else if (result.queryTimedOut) result.status = `ok (query phase capped at ${limits.queryBudgetMs / 1000} s)`;
      else result.status = "ok";
      if (code !== 0 && stderr) result.stderrTail = stderr.slice(-600);
      resolve(result);
    });
  });
}

/** Query-scale workloads per size: 100-word queries only where they finish in minutes. */
const scaleSetup = (size) => (size >= 1_000_000 ? { queries: 200, words: "3,30" } : { queries: 500, words: "3,30,100" });

/** One bench/query-scale.mjs process (with its Xapian row); resolves with its JSON figures or a failure status. */
function runScale(size, heapMb, timeoutMin) {
  const { queries, words } = scaleSetup(size);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      "--expose-gc", `--max-old-space-size=${heapMb}`, `${here}query-scale.mjs`,
      "--docs", String(size), "--queries", String(queries), "--words", words, "--json",
    ], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), (timeoutMin ?? 60) * 60_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const lines = stdout.trim().split("\n");
      const json = lines.at(-1)?.startsWith("{") ? JSON.parse(lines.at(-1)) : null;
      const notes = lines.filter((line) => line.startsWith("xapian"));
      if (json) resolve({ size, status: "ok", notes, ...json });
      else resolve({ size, status: signal === "SIGKILL" ? "timeout" : `failed (${signal ?? `exit ${code}`}): ${stderr.trim().split("\n").at(-1) ?? ""}`, notes, workloads: [] });
    });
  });
}

/** Variants may import TypeScript sources (before dist/ has them), so their workers run under tsx when it is installed. */
const VARIANT_FLAGS = existsSync(`${root}node_modules/tsx/package.json`) ? ["--import", "tsx"] : [];

/** Names of the quality variants, listed in a worker so that a broken hook cannot take the harness down. */
async function loadVariantNames(args, problems) {
  if (!existsSync(`${here}quality-variants.mjs`)) return [];
  const listing = await runWorker("variants:list", "nfcorpus", 0, limitsFor({ ...args, quick: false, timeoutMin: 2 }, 0), args.heapMb);
  if (!listing.names) {
    problems.push(`bench/quality-variants.mjs could not be loaded: ${listing.status}`);
    console.error(problems.at(-1));
  }
  return listing.names ?? [];
}

function describe(r) {
  const parts = [`${r.library.padEnd(11)} ${r.corpus} ${r.size || ""}`.padEnd(36), r.status];
  if (r.docsPerSecond) parts.push(`build ${Math.round(r.docsPerSecond)} docs/s`);
  if (r.queriesPerSecond) parts.push(`${Math.round(r.queriesPerSecond)} q/s`);
  if (r.heapBytesPerDoc) parts.push(`${Math.round(r.heapBytesPerDoc)} B/doc`);
  if (r.ndcg !== undefined) parts.push(`nDCG@10 ${r.ndcg.toFixed(4)}`);
  return parts.join("  ");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const libraries = args.only ?? LIBRARIES;
  const sizes = args.sizes ?? (args.quick ? [10_000] : [10_000, 100_000, 1_000_000]);
  const jobs = sizes.map((size) => ({ corpus: "synthetic", size }));
  // NFCorpus lives beside the repository (../shared), not in it: without it the run goes on and says so.
  const nfcorpusMissing = args.nfcorpus && !existsSync(`${NFCORPUS_DIR}docs.jsonl`);
  if (nfcorpusMissing) {
    args.nfcorpus = false;
    console.log(`NFCorpus not found at ${NFCORPUS_DIR}: quality rows skipped`);
  }
  if (args.nfcorpus) jobs.push({ corpus: "nfcorpus", size: 0 });

  const started = Date.now();
  const results = [];
  const skipped = new Set();
  const setups = {};
  for (const job of jobs) {
    for (const library of libraries) {
      if (skipped.has(library)) continue;
      const limits = limitsFor(args, job.size);
      const refusal = job.corpus === "synthetic" ? predictRefusal(results, library, job.size, limits, args.heapMb) : null;
      if (refusal) {
        results.push({ library: results.find((r) => r.library.startsWith(library))?.library ?? library, corpus: job.corpus, size: job.size, status: refusal });
        console.log(describe(results.at(-1)));
        continue;
      }
      const r = await runWorker(library, job.corpus, job.size, limits, args.heapMb);
      if (r.status.startsWith("skipped")) {
        skipped.add(library);
        console.log(`${library}: skipped, import failed: ${r.error.message}`);
        continue;
      }
      if (r.setup) setups[r.library] = r.setup;
      results.push(r);
      console.log(describe(r));
    }
  }

  const variants = [];
  const problems = nfcorpusMissing ? [`NFCorpus not found at ${NFCORPUS_DIR}: speed and quality rows for it skipped`] : [];
  const runVariants = args.variants ?? !args.quick;
  if (args.nfcorpus && !runVariants && existsSync(`${here}quality-variants.mjs`)) {
    problems.push("quality variants (bench/quality-variants.mjs) not run in this mode; add --variants");
  }
  if (args.nfcorpus && runVariants) {
    const names = await loadVariantNames(args, problems);
    for (const name of names) {
      const r = await runWorker(`variant:${name}`, "nfcorpus", 0, limitsFor({ ...args, quick: false, timeoutMin: args.quick ? 5 : 30 }, 0), args.heapMb);
      r.library = name;
      variants.push(r);
      console.log(describe(r));
    }
  }

  const scale = [];
  const scaleSizes = args.scale ?? (args.quick ? [] : [100_000, 1_000_000]);
  if (args.scale === null && args.quick) problems.push("query-scale rows (with the Xapian ceiling) not run in --quick mode; add --scale 100000");
  for (const size of scaleSizes) {
    const r = await runScale(size, args.heapMb, args.timeoutMin);
    scale.push(r);
    for (const note of r.notes) console.log(note);
    console.log(`query-scale ${size.toLocaleString("en-US")}: ${r.status}${r.workloads.map((w) => `; ${w.name} ${Math.round(w.qps)} q/CPU s${w.xapianQps ? ` (xapian ${Math.round(w.xapianQps)})` : ""}`).join("")}`);
  }

  const cpus = os.cpus();
  const packages = { techbroker: JSON.parse(readFileSync(`${root}package.json`, "utf8")).version };
  for (const name of PACKAGES) packages[name] = packageVersion(name);
  const report = {
    generatedAt: new Date().toISOString(),
    mode: args.quick ? "quick" : "full",
    wallSeconds: (Date.now() - started) / 1000,
    machine: { cpuModel: cpus[0]?.model ?? "unknown", cores: cpus.length, totalMemBytes: os.totalmem(), platform: os.platform(), release: os.release(), arch: os.arch() },
    node: process.version,
    packages,
    setups,
    skipped: [
      ...[...skipped].map((library) => `${library}: import failed (${library === "techbroker" ? "run \`npm run build\` to create dist/" : "package missing"})`),
      ...problems,
    ],
    results,
    variants,
    scale,
  };
  // A quick run never overwrites the full run's files, which the README quotes.
  const out = args.out ?? (args.quick ? `${here}results/quick/` : `${here}results/`);
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}latest.json`, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  writeFileSync(`${out}latest.md`, markdown);
  writeFileSync(`${out}scale.svg`, renderScaleChart(report));
  console.log(`\nwrote ${out}latest.json, latest.md, scale.svg in ${report.wallSeconds.toFixed(0)} s`);
  // Only a full run on the default output speaks for the README; quick and partial runs stay in their files.
  const fullRun = !args.quick && !args.out && !args.only && !args.sizes && args.nfcorpus && args.scale === null;
  if (fullRun && updateReadmeSection(`${root}README.md`, markdown, "bench/results/scale.svg")) console.log("updated README.md");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
