// Analyzer throughput in MB/s (UTF-8 bytes of input per second), English and Chinese.
//
//   npm run build && node --expose-gc bench/analyzer.mjs
//
// Each corpus is analysed RUNS times with the contenders alternated; the table shows medians.
// The first pass over a corpus fills the per-word cache (cold); later passes hit it (warm).
// Figures on a shared machine are indicative only; never fail CI on them.

import { bytesOf, corpora } from "./corpus/analyzerCorpora.mjs";
import { median } from "./measure.mjs";

const { createAnalyzer } = await import("../dist/index.js");

const RUNS = 5;

const contenders = [
  ["default", () => createAnalyzer()],
  ["no segmenter", () => createAnalyzer({ segmenter: false })],
];

const results = new Map();
for (const [corpusName, text] of corpora) {
  const bytes = bytesOf(text);
  const analyzers = contenders.map(([name, make]) => [name, make()]);
  const times = new Map(analyzers.map(([name]) => [name, []]));
  const cold = new Map();
  for (let run = 0; run < RUNS + 1; run++) {
    // Alternate the order so neither contender always runs on a warmer machine.
    const order = run % 2 === 0 ? analyzers : [...analyzers].reverse();
    for (const [name, analyzer] of order) {
      globalThis.gc?.();
      const start = performance.now();
      // Analyzers are objects since the analyzer identity change; older builds returned a function.
      const terms = typeof analyzer === "function" ? analyzer(text) : analyzer.analyze(text);
      const seconds = (performance.now() - start) / 1000;
      if (terms.length === 0) throw new Error(`no terms for ${corpusName}`);
      if (run === 0) cold.set(name, bytes / 1e6 / seconds);
      else times.get(name).push(bytes / 1e6 / seconds);
    }
  }
  for (const [name] of analyzers) {
    results.set(`${corpusName} | ${name}`, { corpusName, name, mb: bytes / 1e6, cold: cold.get(name), warm: median(times.get(name)) });
  }
}

console.log(`analyzer throughput, median of ${RUNS} warm runs (node ${process.version})\n`);
console.log("| corpus        | analyzer      |   MB | cold MB/s | warm MB/s |");
console.log("|---------------|---------------|-----:|----------:|----------:|");
for (const r of results.values()) {
  console.log(`| ${r.corpusName.padEnd(13)} | ${r.name.padEnd(13)} | ${r.mb.toFixed(1).padStart(4)} | ${r.cold.toFixed(1).padStart(9)} | ${r.warm.toFixed(1).padStart(9)} |`);
}
