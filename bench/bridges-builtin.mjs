// Built-in bridges: retrieval quality on the independent sets in bench/data/bridges/ and on NFCorpus dev,
// and what they cost per query. Imports only the built package (dist/), with the options a user would pass.
// Run: node bench/bridges-builtin.mjs [--no-nfcorpus]    (npm run bench:bridges runs it after the NFCorpus table)
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Matcher, analyze } from "../dist/index.js";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const load = (name) => JSON.parse(readFileSync(here(`./data/bridges/${name}.json`), "utf8"));
let zhEn;
if (existsSync(here("../dist/bridges/zh-en.js"))) zhEn = (await import("../dist/bridges/zh-en.js")).zhEnDictionary;

/** Variants: plain BM25F; the default built-ins (core); the default plus the zh-en dictionary entry point. */
const variants = [
  { name: "plain", bridges: { builtin: false } },
  { name: "built-in", bridges: {} },
  ...(zhEn ? [{ name: "built-in + zh-en", bridges: { dictionary: zhEn } }] : []),
];

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

// Build cost, in this fresh process: the analyzer's model is loaded first so that it is not counted.
{
  analyze("warm up the analyzer");
  const time = (f) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const probe = { id: "p", title: "碳化硅 power modules overheat", description: "电池冬天续航短 and the line stops without warning" };
  const plainMs = time(() => new Matcher({ bridges: { builtin: false } }));
  const coldMs = time(() => new Matcher());
  const warmMs = time(() => new Matcher());
  const build = [
    { what: "new Matcher({ bridges: { builtin: false } })", ms: plainMs.toFixed(2) },
    { what: "new Matcher() first (compiles the built-in lexicon)", ms: coldMs.toFixed(2) },
    { what: "new Matcher() again (compiled lexicon shared per analyzer)", ms: warmMs.toFixed(2) },
  ];
  if (zhEn) {
    const m = new Matcher({ bridges: { dictionary: zhEn } });
    m.addResults([{ id: "a", title: "x", summary: "y" }]);
    build.push({ what: "zh-en: first query (parses the dictionary once per Matcher)", ms: time(() => m.matchDemand(probe)).toFixed(1) });
    build.push({ what: "zh-en: second query", ms: time(() => m.matchDemand(probe)).toFixed(2) });
  }
  console.log("Build cost of the built-in bridges (one run, noisy machine: compare rows, not absolutes):");
  console.table(build);
}

const rows = [];
for (const set of sets) {
  const results = load(set.results);
  const demands = load(set.demands);
  for (const v of variants) {
    const matcher = new Matcher({ bridges: v.bridges });
    matcher.addResults(results);
    rows.push({ set: set.name, variant: v.name, ...evaluate(matcher, demands) });
  }
}
console.log("Independent bridge sets (bench/data/bridges), demand -> result, top 10:");
console.table(rows);

// NFCorpus dev: nDCG@10 with the built-ins on against plain BM25F, and the query cost ratio.
if (!process.argv.includes("--no-nfcorpus")) {
  const { loadNfcorpus } = await import("./corpus/nfcorpus.mjs");
  const { evaluateRun } = await import("./eval/ranking-quality.mjs");
  const { docs, queries, qrels } = loadNfcorpus();
  const results = docs.map((d) => ({ id: d.id, title: d.title || d.text.slice(0, 80) || d.id, summary: d.text || d.title || d.id }));
  const demands = queries.map((q) => ({ id: `q${q.id}`, title: q.text, description: q.text }));
  const matchers = variants.map((v) => {
    const start = performance.now();
    const m = new Matcher({ bridges: v.bridges });
    const constructMs = performance.now() - start;
    m.addResults(results);
    m.matchDemand(demands[0], { k: 10 }); // freeze postings
    return { v, m, constructMs };
  });
  const times = matchers.map(() => []);
  const runs = matchers.map(() => new Map());
  // Alternate the contenders query by query so that machine noise hits all of them alike.
  for (let rep = 0; rep < 3; rep++) {
    for (const q of demands) {
      matchers.forEach(({ m }, i) => {
        const t = performance.now();
        const ranked = m.matchDemand(q, { k: 100 });
        times[i].push(performance.now() - t);
        if (rep === 0) runs[i].set(q.id.slice(1), ranked.map((r) => r.item.id));
      });
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const total = (xs) => xs.reduce((s, x) => s + x, 0);
  const base = total(times[0]);
  console.log(`NFCorpus dev: ${docs.length} docs, ${queries.length} queries (matchDemand, k = 100, 3 alternated passes):`);
  console.table(
    matchers.map(({ v, constructMs }, i) => {
      const { ndcg, recall } = evaluateRun(runs[i], qrels);
      return {
        variant: v.name,
        "nDCG@10": ndcg.toFixed(4),
        "Recall@100": recall.toFixed(4),
        "new Matcher ms": constructMs.toFixed(1),
        "median query ms": median(times[i]).toFixed(3),
        "cost vs plain": (total(times[i]) / base).toFixed(2),
      };
    }),
  );
}
