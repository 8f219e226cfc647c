// Built-in bridges: what they cost a fresh process, retrieval quality on the sets in bench/data/bridges/ and on
// NFCorpus dev, and what they cost per query. Imports only the built package (dist/), as a user would.
// Run: node bench/bridges-builtin.mjs [--no-cold] [--no-nfcorpus]    (npm run bench:bridges runs it after the NFCorpus table)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Matcher } from "../dist/index.js";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const load = (name) => JSON.parse(readFileSync(here(`./data/bridges/${name}.json`), "utf8"));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Variants, all with the Matcher of the main entry (`techbroker`): plain BM25F; the built-in lexicon and
 * acronyms without the dictionary (what `techbroker/core` gives by default); the default (with the dictionary).
 */
const variants = [
  { name: "plain", bridges: { builtin: false } },
  { name: "built-in, no dictionary", bridges: { dictionary: false } },
  { name: "default (built-in + zh-en)", bridges: {} },
];

// Cold cost, one fresh process per figure (bench/bridges-first-query.mjs), variants alternated, 5 rounds, medians.
if (!process.argv.includes("--no-cold")) {
  const names = ["plain", "no-dictionary", "default", "core"];
  const runs = new Map(names.map((n) => [n, []]));
  for (let round = 0; round < 5; round++) {
    for (const n of names) runs.get(n).push(JSON.parse(execFileSync(process.execPath, ["--expose-gc", here("./bridges-first-query.mjs"), n], { encoding: "utf8" })));
  }
  const fields = { importMs: "import ms", buildMs: "new Matcher ms", firstMs: "1st query ms (zh)", firstEnglishMs: "1st English query ms", againMs: "zh query again ms", heapMiB: "heap kept MiB" };
  console.log("Cold cost in a fresh process, CPU time (process.cpuUsage), median of 5 alternated runs; first query loads the bridges:");
  console.table(names.map((n) => ({ variant: n === "core" ? "techbroker/core default" : n, ...Object.fromEntries(Object.entries(fields).map(([f, label]) => [label, median(runs.get(n).map((r) => r[f])).toFixed(1)])) })));
}

const sets = [
  { name: "zh -> en (cross-language)", results: "results-en", demands: "cross-zh-demands" },
  { name: "en -> zh (cross-language)", results: "results-zh", demands: "cross-en-demands" },
  { name: "business en", results: "results-en", demands: "business-en-demands" },
  { name: "business zh", results: "results-zh", demands: "business-zh-demands" },
];

function evaluate(matcher, demands) {
  let recall = 0;
  let rr = 0;
  let zero = 0;
  for (const d of demands) {
    const truth = new Set(d.relevant);
    const ranked = matcher.matchDemand({ id: d.id, title: d.title, description: d.description }, { k: 10 }).map((m) => m.item.id);
    if (ranked.length === 0) zero += 1;
    recall += ranked.filter((id) => truth.has(id)).length / truth.size;
    const first = ranked.findIndex((id) => truth.has(id));
    if (first >= 0) rr += 1 / (first + 1);
  }
  return { "R@10": (recall / demands.length).toFixed(3), MRR: (rr / demands.length).toFixed(3), "zero-hit": `${zero}/${demands.length}` };
}

// The built-in lexicon was written by the author of these sets, so it is near the ceiling here; the dictionary alone
// (no lexicon, no acronyms) shows what generalises to wording the lexicon has never seen.
const dictionaryOnly = { name: "dictionary only (builtin: false + zh-en)", bridges: { builtin: false, dictionary: Matcher.defaultDictionary } };
const rows = [];
for (const set of sets) {
  const results = load(set.results);
  const demands = load(set.demands);
  for (const v of [...variants, dictionaryOnly]) {
    const matcher = new Matcher({ bridges: v.bridges });
    matcher.addResults(results);
    rows.push({ set: set.name, variant: v.name, ...evaluate(matcher, demands) });
  }
}
console.log("Independent bridge sets (bench/data/bridges), demand -> result, top 10:");
console.table(rows);

// Query cost on these small sets (40 results), where the expansion is most of the work: CPU time, the variants
// alternated demand by demand, 20 passes, total against plain.
{
  const costRows = [];
  for (const set of sets) {
    const demands = load(set.demands).map((d) => ({ id: d.id, title: d.title, description: d.description }));
    const matchers = variants.map((v) => {
      const m = new Matcher({ bridges: v.bridges });
      m.addResults(load(set.results));
      for (const d of demands) m.matchDemand(d, { k: 10 }); // warm: bridges loaded, postings frozen
      return m;
    });
    const totals = variants.map(() => 0);
    for (let pass = 0; pass < 20; pass++) {
      for (const d of demands) {
        matchers.forEach((m, i) => {
          const t = cpu();
          m.matchDemand(d, { k: 10 });
          totals[i] += cpu() - t;
        });
      }
    }
    const per = (i) => totals[i] / (20 * demands.length);
    costRows.push({ set: set.name, ...Object.fromEntries(variants.map((v, i) => [`${v.name} ms`, per(i).toFixed(3)])), "default vs plain": (totals[2] / totals[0]).toFixed(2) });
  }
  console.log("Query cost on the bridge sets (40 results each), CPU ms per query, 20 alternated passes:");
  console.table(costRows);
}

// NFCorpus dev: nDCG@10 with the built-ins on against plain BM25F, and the query cost ratio.
if (!process.argv.includes("--no-nfcorpus")) {
  const { loadNfcorpus } = await import("./corpus/nfcorpus.mjs");
  const { evaluateRun } = await import("./eval/ranking-quality.mjs");
  const { docs, queries, qrels } = loadNfcorpus();
  const results = docs.map((d) => ({ id: d.id, title: d.title || d.text.slice(0, 80) || d.id, summary: d.text || d.title || d.id }));
  const demands = queries.map((q) => ({ id: `q${q.id}`, title: q.text, description: q.text }));
  const matchers = variants.map((v) => {
    const start = cpu();
    const m = new Matcher({ bridges: v.bridges });
    const constructMs = cpu() - start;
    m.addResults(results);
    m.matchDemand(demands[0], { k: 10 }); // freeze postings
    return { v, m, constructMs };
  });
  const times = matchers.map(() => []);
  const runs = matchers.map(() => new Map());
  // Alternate the contenders query by query so that machine noise hits all of them alike; CPU time per query.
  for (let rep = 0; rep < 3; rep++) {
    for (const q of demands) {
      matchers.forEach(({ m }, i) => {
        const t = cpu();
        const ranked = m.matchDemand(q, { k: 100 });
        times[i].push(cpu() - t);
        if (rep === 0) runs[i].set(q.id.slice(1), ranked.map((r) => r.item.id));
      });
    }
  }
  const total = (xs) => xs.reduce((s, x) => s + x, 0);
  const base = total(times[0]);
  console.log(`NFCorpus dev: ${docs.length} docs, ${queries.length} queries (matchDemand, k = 100, 3 alternated passes, CPU time):`);
  console.table(
    matchers.map(({ v, constructMs }, i) => {
      const { ndcg, recall } = evaluateRun(runs[i], qrels);
      return {
        variant: v.name,
        "nDCG@10": ndcg.toFixed(4),
        "Recall@100": recall.toFixed(4),
        "new Matcher ms": constructMs.toFixed(1),
        "median query ms": median(times[i]).toFixed(3),
        "mean query ms": (total(times[i]) / times[i].length).toFixed(3),
        "cost vs plain": (total(times[i]) / base).toFixed(2),
      };
    }),
  );
}
