// A/B of two builds on the query-scale workloads, interleaved in one process so that machine load hits both
// alike: both builds index the same synthetic documents, then every round runs each workload on A, then on B
// (queries per CPU second, median of the rounds), and every query of B is checked against A's results.
//   node --expose-gc bench/query-scale-ab.mjs --base <dist of the baseline> [--docs 1000000] [--queries 300] [--rounds 5]
// The baseline dist is e.g. `git worktree add /tmp/base <commit> && (cd /tmp/base && npx tsup)`, or a copy of dist/.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateSyntheticCorpus } from "./corpus/synthetic.mjs";
import { memory, median, argNumber, argValue, cpuSeconds } from "./measure.mjs";

const count = argNumber("docs", 100_000);
const queryCount = argNumber("queries", 300);
const rounds = argNumber("rounds", 5);
const wordCounts = String(argValue("words", "3,30,100")).split(",").map(Number);
const builds = [
  { name: "A (base)", dist: resolve(argValue("base", "")) },
  { name: "B (this)", dist: resolve(argValue("dist", new URL("../dist", import.meta.url).pathname)) },
];

const { docs } = generateSyntheticCorpus({ count, queryCount: 0 });
for (const b of builds) {
  const lib = await import(pathToFileURL(`${b.dist}/index.js`).href);
  b.analyze = lib.analyze;
  const before = memory();
  const t = cpuSeconds();
  b.index = new lib.InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
  b.index.addAll(docs);
  b.index.search("warm up");
  b.buildSeconds = cpuSeconds() - t;
  b.bytesPerDoc = (memory() - before) / count;
}

const weightOf = (i) => (i % 3 === 0 ? 1 : 0.3);
const workloads = [];
for (const words of wordCounts) {
  const { queries } = generateSyntheticCorpus({ count: 0, queryCount, queryWords: words });
  workloads.push({ name: `${words} words`, queries: queries.map((q) => q.text) });
  const weighted = queries.map((q) => q.text.split(" ").flatMap((word, i) => builds[0].analyze(word).map((term) => ({ term, weight: weightOf(i) }))));
  workloads.push({ name: `${words} words, 2/3 at weight 0.3`, queries: weighted });
}

const rate = (index, queries) => {
  const start = cpuSeconds();
  for (const q of queries) index.search(q, { k: 10 });
  return queries.length / (cpuSeconds() - start);
};
console.log(`documents: ${count.toLocaleString("en")}; ${queryCount} queries a workload, ${rounds} rounds`);
for (const b of builds) console.log(`${b.name}: ${b.dist}; build ${b.buildSeconds.toFixed(1)} CPU s; heap ${Math.round(b.bytesPerDoc)} B/doc`);
console.log("| top-10 workload | A q/CPU s | B q/CPU s | B / A | B equal to A |\n|---|--:|--:|--:|--:|");
for (const w of workloads) {
  let equal = 0;
  for (const q of w.queries) {
    const a = builds[0].index.search(q, { k: 10 });
    const b = builds[1].index.search(q, { k: 10 });
    if (a.length === b.length && a.every((h, i) => h.id === b[i].id && h.score === b[i].score)) equal++;
  }
  const rates = builds.map(() => []);
  for (let r = 0; r < rounds; r++) builds.forEach((b, i) => rates[i].push(rate(b.index, w.queries)));
  const [a, b] = rates.map(median);
  console.log(`| ${w.name} | ${Math.round(a).toLocaleString("en")} | ${Math.round(b).toLocaleString("en")} | ${(b / a).toFixed(2)}x | ${equal}/${w.queries.length} |`);
}
