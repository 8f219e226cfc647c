// Runs ONE library on ONE corpus in this (fresh) process and prints one JSON line per finished phase on stdout,
// so that the parent keeps what was measured even if a later phase runs out of time or memory.
// Usage: node --expose-gc --max-old-space-size=<MB> bench/worker.mjs <lib|variant:<name>|variants:list> <synthetic|nfcorpus> <n> [queryBudgetMs] [minQueryMs]
import { performance } from "node:perf_hooks";
import { evaluateRun } from "./eval/ranking-quality.mjs";
import { generateSyntheticCorpus } from "./corpus/synthetic.mjs";
import { loadNfcorpus } from "./corpus/nfcorpus.mjs";
import { memory, quantile } from "./measure.mjs";

const [libName, corpusName, sizeText, budgetText = "60000", minQueryText = "1000"] = process.argv.slice(2);
const queryBudgetMs = Number(budgetText);
const minQueryMs = Number(minQueryText);

function emit(phase, data) {
  process.stdout.write(`${JSON.stringify({ phase, ...data })}\n`);
}


/** Awaits a value only if it is a promise (Orama, FlexSearch export); outside the timed query loop. */
async function settle(value) {
  return typeof value?.then === "function" ? await value : value;
}

function byteSize(serialized) {
  if (typeof serialized === "string") return Buffer.byteLength(serialized, "utf8");
  return serialized.byteLength ?? 0;
}


async function loadCorpus() {
  if (corpusName === "nfcorpus") return loadNfcorpus();
  return { ...generateSyntheticCorpus({ count: Number(sizeText) }), qrels: null };
}

/** Quality variants (bench/quality-variants.mjs) are evaluated on NFCorpus only, without speed figures. */
async function runVariant(name, corpus) {
  const hook = await import("./quality-variants.mjs");
  const variant = hook.variants.find((v) => v.name === name);
  if (!variant) throw new Error(`no quality variant named ${name}`);
  const judged = corpus.queries.filter((q) => corpus.qrels.has(q.id));
  const started = performance.now();
  const run = await settle(variant.run(corpus.docs, judged));
  emit("quality", { ...evaluateRun(run, corpus.qrels), ms: performance.now() - started });
}

async function measureQueries(adapter, queries) {
  const warmup = Math.min(queries.length, 100);
  for (let i = 0; i < warmup; i += 1) await settle(adapter.search(queries[i].text, 10));
  const latencies = [];
  const started = performance.now();
  let elapsed = 0;
  let timedOut = false;
  // Whole passes over the query set until minQueryMs has elapsed (small corpora answer in microseconds).
  passes: do {
    for (const query of queries) {
      const t0 = performance.now();
      const answer = adapter.search(query.text, 10);
      // Await only a real promise: an unconditional await would add a microtask to every synchronous library.
      if (typeof answer?.then === "function") await answer;
      latencies.push(performance.now() - t0);
      if (performance.now() - started > queryBudgetMs) {
        timedOut = true;
        break passes;
      }
    }
    elapsed = performance.now() - started;
  } while (elapsed < minQueryMs && latencies.length < queries.length * 50);
  elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    queries: latencies.length,
    queriesPerSecond: latencies.length / (elapsed / 1000),
    p50Ms: latencies.length === 0 ? null : quantile(latencies, 0.5),
    p99Ms: latencies.length === 0 ? null : quantile(latencies, 0.99),
    queryTimedOut: timedOut,
  };
}

async function main() {
  if (libName === "variants:list") {
    const hook = await import("./quality-variants.mjs");
    emit("variants", { names: (hook.variants ?? []).map((v) => v.name) });
    return;
  }
  const t0 = performance.now();
  const corpus = await loadCorpus();
  emit("corpus", { docs: corpus.docs.length, queries: corpus.queries.length, ms: performance.now() - t0 });
  if (libName.startsWith("variant:")) return runVariant(libName.slice("variant:".length), corpus);

  const adapter = await import(`./peers/${libName}.mjs`);
  emit("setup", { setup: adapter.setup, packageName: adapter.packageName });

  const before = memory();
  const buildStart = performance.now();
  await settle(adapter.build(corpus.docs));
  const buildMs = performance.now() - buildStart;
  const after = memory();
  emit("build", {
    buildMs,
    docsPerSecond: corpus.docs.length / (buildMs / 1000),
    heapBytes: after - before,
    heapBytesPerDoc: (after - before) / corpus.docs.length,
  });

  emit("query", await measureQueries(adapter, corpus.queries));

  if (corpus.qrels) {
    const run = new Map();
    for (const query of corpus.queries) {
      if (corpus.qrels.has(query.id)) run.set(query.id, await settle(adapter.search(query.text, 100)));
    }
    emit("quality", evaluateRun(run, corpus.qrels));
  }

  if (typeof adapter.serialize === "function" && typeof adapter.load === "function") {
    // A failing snapshot (e.g. JSON beyond V8's maximum string length at 1M documents) is reported, not fatal:
    // the build and query figures above still stand.
    try {
      const probe = corpus.queries[0]?.text ?? "";
      const expected = JSON.stringify(await settle(adapter.search(probe, 10)));
      const serializeStart = performance.now();
      let serialized = await settle(adapter.serialize());
      const serializeMs = performance.now() - serializeStart;
      const snapshotBytes = byteSize(serialized);
      const loadStart = performance.now();
      await settle(adapter.load(serialized));
      const loadMs = performance.now() - loadStart;
      serialized = null;
      const sameAfterLoad = JSON.stringify(await settle(adapter.search(probe, 10))) === expected;
      emit("snapshot", { snapshotBytes, serializeMs, loadMs, sameAfterLoad });
    } catch (error) {
      emit("snapshot", { snapshotError: String(error?.message ?? error).slice(0, 160) });
    }
  }
  emit("done", { totalMs: performance.now() - t0 });
}

main().catch((error) => {
  emit("error", { message: String(error?.message ?? error), importFailed: error?.code === "ERR_MODULE_NOT_FOUND" });
  process.exitCode = 1;
});
