// A/B analyzer throughput between two builds, in MB per CPU second (process.cpuUsage, user + system), so that other
// processes on a shared machine disturb the figures less than wall-clock time would.
//
//   node --expose-gc bench/analyzer-ab.mjs [A-entry] [B-entry]
//   e.g. node --expose-gc bench/analyzer-ab.mjs /work/wt/base/dist/index.js ./dist/index.js
//   AB_OPTIONS_A, AB_OPTIONS (e.g. {"quantities":true}): analyzer options for A and B (default none); AB_CORPORA=en  English corpora only;
//   AB_ROUNDS=7  rounds.
//
// Each round makes a fresh analyzer per contender and analyses each corpus twice: cold (the per-word cache fills)
// and warm (it hits). Contenders alternate order every round; the table shows medians and the B/A ratio.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { bytesOf, corpora } from "./corpus/analyzerCorpora.mjs";
import { median, cpuSecondsOf } from "./measure.mjs";

const [entryA = "/work/wt/base/dist/index.js", entryB = "./dist/index.js"] = process.argv.slice(2);
const optionsA = JSON.parse(process.env.AB_OPTIONS_A ?? "{}");
const optionsB = JSON.parse(process.env.AB_OPTIONS ?? "{}");
const rounds = Number(process.env.AB_ROUNDS ?? 7);
const onlyEnglish = process.env.AB_CORPORA === "en";
const load = async (entry) => (await import(pathToFileURL(resolve(entry)).href)).createAnalyzer;
const contenders = [
  ["A", await load(entryA), optionsA],
  ["B", await load(entryB), optionsB],
];

console.log(`A = ${entryA} ${JSON.stringify(optionsA)}\nB = ${entryB} ${JSON.stringify(optionsB)}\n${rounds} rounds, MB per CPU second, medians (node ${process.version})\n`);
console.log("| corpus | MB | A cold | B cold | B/A cold | A warm | B warm | B/A warm |\n|---|---:|---:|---:|---:|---:|---:|---:|");
for (const [name, text] of corpora.filter(([n]) => !onlyEnglish || /en/.test(n) && !/zh/.test(n))) {
  const mb = bytesOf(text) / 1e6;
  const figures = new Map(contenders.map(([label]) => [label, { cold: [], warm: [] }]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const [label, createAnalyzer, options] of order) {
      const made = createAnalyzer(options);
      // Builds before the analyzer identity change (8616f2e) returned a function.
      const analyze = typeof made === "function" ? made : made.analyze;
      figures.get(label).cold.push(mb / cpuSecondsOf(() => analyze(text)));
      figures.get(label).warm.push(mb / cpuSecondsOf(() => analyze(text)));
    }
  }
  const a = figures.get("A");
  const b = figures.get("B");
  const f = (x) => x.toFixed(1);
  const [ac, bc, aw, bw] = [median(a.cold), median(b.cold), median(a.warm), median(b.warm)];
  console.log(`| ${name} | ${mb.toFixed(1)} | ${f(ac)} | ${f(bc)} | ${(bc / ac).toFixed(2)} | ${f(aw)} | ${f(bw)} | ${(bw / aw).toFixed(2)} |`);
}
