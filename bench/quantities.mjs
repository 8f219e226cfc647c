// Quantity terms on or off (issue 11, point 4): what `createAnalyzer({ quantities })` does to ranking and speed.
//   npm run build && node --expose-gc bench/quantities.mjs        (several minutes on a shared machine)
//   QUANTITY_VARIANTS='{"stems off":{"quantities":true,"stem":false}}'  extra analyzer variants (JSON: name -> options)
// Measures, per analyzer variant (everything else default):
// - NFCorpus train and dev: nDCG@10 and R@100 of plain BM25F (title weight 2, k1 1.2, b 0.75, as bench:plain-grid);
// - the sample (examples/data): P@5 and R@20 of matchAll with built-in bridges ({}), without bridges, and with the lexicon;
// - the spec ranking pairs of bench:specs (meeting result ranked first), specs on and off;
// - the Chinese set (bench/data/chinese): MRR and R@10, full demands and titles, per script variant;
// - analyzer MB per CPU second on the English and Chinese corpora of bench:analyzer (variants alternated, medians).
import { readFileSync } from "node:fs";
import { InvertedIndex, Matcher, createAnalyzer, parseLexicon } from "../dist/index.js";
import { bytesOf, corpora } from "./corpus/analyzerCorpora.mjs";
import { quality as chineseQuality, variants as chineseVariants } from "./corpus/chinese.mjs";
import { loadNfcorpus, loadSplit } from "./corpus/nfcorpus.mjs";
import { loadSample } from "./corpus/sample.mjs";
import { evaluateRun } from "./eval/ranking-quality.mjs";
import { median, cpuSecondsOf } from "./measure.mjs";

const variants = Object.entries({ off: { quantities: false }, on: { quantities: true }, ...JSON.parse(process.env.QUANTITY_VARIANTS ?? "{}") });
const analyzers = new Map(variants.map(([name, options]) => [name, createAnalyzer(options)]));
const f = (x) => x.toFixed(4);
const table = (header, rows) => console.log(`${header}\n${header.replace(/[^|]+/g, "---")}\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);

// ---- NFCorpus ----
const { docs } = loadNfcorpus();
const splits = [["train", loadSplit("train")], ["dev", loadSplit("dev")]];
const nf = [];
for (const [name, analyzer] of analyzers) {
  const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } }, k1: 1.2, b: 0.75, analyzer });
  index.addAll(docs);
  const row = [name];
  for (const [, split] of splits) {
    const run = new Map(split.queries.map((q) => [q.id, index.search(q.text, { k: 100 }).map((h) => h.id)]));
    const e = evaluateRun(run, split.qrels);
    row.push(f(e.ndcg), f(e.recall));
  }
  nf.push(row);
}
table("| quantities | train nDCG@10 | train R@100 | dev nDCG@10 | dev R@100 |", nf);

// ---- Sample ----
const results = loadSample("results");
const demands = loadSample("demands");
const labels = loadSample("labels");
const lexicon = parseLexicon(loadSample("lexicon"));
const sampleRows = [];
for (const [bridgesName, bridges] of [["built-in ({})", {}], ["none", { builtin: false }], ["lexicon", { lexicon }]]) {
  for (const [name, analyzer] of analyzers) {
    const matcher = new Matcher({ bridges, analyzer });
    matcher.addResults(results);
    matcher.addDemands(demands);
    let p5 = 0;
    let r20 = 0;
    const all = matcher.matchAll({ k: 20 });
    for (const [id, matches] of all) {
      const relevant = new Set(labels[id] ?? []);
      p5 += matches.slice(0, 5).filter((m) => relevant.has(m.id)).length / 5;
      r20 += relevant.size === 0 ? 0 : matches.filter((m) => relevant.has(m.id)).length / relevant.size;
    }
    sampleRows.push([bridgesName, name, f(p5 / all.size), f(r20 / all.size)]);
  }
}
table("| sample bridges | quantities | P@5 | R@20 |", sampleRows);

// ---- Spec ranking pairs ----
const pairs = JSON.parse(readFileSync(new URL("data/specs/ranking.json", import.meta.url), "utf8"));
const pairRows = [];
for (const specs of [true, false]) {
  for (const [name, analyzer] of analyzers) {
    const m = new Matcher({ analyzer, bridges: { builtin: false }, ...(specs ? {} : { specs: false }) });
    m.addResults(pairs.flatMap((p) => [{ id: `${p.id}-1misses`, ...p.misses }, { id: `${p.id}-2meets`, ...p.meets }]));
    m.addDemands(pairs.map((p) => ({ id: p.id, ...p.demand })));
    const lost = [];
    for (const p of pairs) {
      const ids = m.matchDemand(p.id, { k: 100 }).map((x) => x.id);
      const a = ids.indexOf(`${p.id}-2meets`);
      const b = ids.indexOf(`${p.id}-1misses`);
      if (!(a >= 0 && (b < 0 || a < b))) lost.push(p.id);
    }
    pairRows.push([specs ? "on" : "off", name, `${pairs.length - lost.length}/${pairs.length}`, lost.join(" ") || "-"]);
  }
}
table("| specs | quantities | meeting result first | lost |", pairRows);

// ---- Chinese set ----
const zhRows = [];
for (const [variant, resultSet, demandSet] of chineseVariants) {
  for (const [name, analyzer] of analyzers) {
    const full = chineseQuality(resultSet, demandSet, analyzer);
    const titles = chineseQuality(resultSet, demandSet, analyzer, true);
    zhRows.push([variant, name, f(full.mrr), f(full.r10), f(titles.mrr), f(titles.r10)]);
  }
}
table("| Chinese variant | quantities | MRR | R@10 | MRR titles | R@10 titles |", zhRows);

// ---- Throughput (MB per CPU second, fresh analyzer per round: cold, then warm) ----
const speedRows = [];
for (const [corpus, text] of corpora) {
  const mb = bytesOf(text) / 1e6;
  const times = new Map(variants.map(([name]) => [name, { cold: [], warm: [] }]));
  for (let round = 0; round < 5; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const [name, options] of order) {
      const analyzer = createAnalyzer(options);
      times.get(name).cold.push(mb / cpuSecondsOf(() => analyzer.analyze(text)));
      times.get(name).warm.push(mb / cpuSecondsOf(() => analyzer.analyze(text)));
    }
  }
  for (const [name] of variants) speedRows.push([corpus, name, median(times.get(name).cold).toFixed(1), median(times.get(name).warm).toFixed(1)]);
}
table("| corpus | quantities | cold MB/CPU-s | warm MB/CPU-s |", speedRows);
