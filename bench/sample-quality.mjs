// Matching quality on the bundled sample data: precision@5 and recall@20 of matchDemand against
// examples/data/labels.json, with and without bridges. Also times matchAll on the sample.
// Run: npm run bench:sample
import { performance } from "node:perf_hooks";
import { Matcher, parseLexicon } from "../dist/index.js";
import { loadSample } from "./corpus/sample.mjs";

const results = loadSample("results");
const demands = loadSample("demands");
const labels = loadSample("labels");
const lexicon = parseLexicon(loadSample("lexicon"));

// `{}` would be the built-in bridges (on by default since issue 13's round): "no bridges" is `{ builtin: false }`.
const variants = [
  ["BM25F, no bridges", { builtin: false }],
  ["+ built-in bridges (the default)", {}],
  ["+ lexicon (examples/data/lexicon.json)", { builtin: false, lexicon }],
  ["+ RM3 feedback", { builtin: false, feedback: true }],
  ["+ lexicon + RM3", { builtin: false, lexicon, feedback: true }],
  ["+ built-in + lexicon + RM3", { lexicon, feedback: true }],
];

export function sampleQuality() {
  const rows = [];
  for (const [name, bridges] of variants) {
    const matcher = new Matcher({ bridges });
    matcher.addResults(results);
    matcher.addDemands(demands);
    const start = performance.now();
    const all = matcher.matchAll({ k: 20 });
    const ms = performance.now() - start;
    let p5 = 0;
    let r20 = 0;
    for (const [id, matches] of all) {
      const relevant = new Set(labels[id] ?? []);
      p5 += matches.slice(0, 5).filter((m) => relevant.has(m.id)).length / 5;
      r20 += relevant.size === 0 ? 0 : matches.filter((m) => relevant.has(m.id)).length / relevant.size;
    }
    rows.push({ variant: name, p5: p5 / all.size, r20: r20 / all.size, matchAllMs: ms });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`sample: ${results.length} results, ${demands.length} demands, ${Object.values(labels).flat().length} labelled pairs\n`);
  console.log("| variant | P@5 | R@20 | matchAll (k=20) |\n|---|---|---|---|");
  for (const r of sampleQuality()) console.log(`| ${r.variant} | ${r.p5.toFixed(3)} | ${r.r20.toFixed(3)} | ${r.matchAllMs.toFixed(0)} ms |`);
}
