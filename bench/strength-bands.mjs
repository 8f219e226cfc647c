// How match strength relates to correctness on labelled pairs: precision per strength band.
//   npm run bench:strength          (builds, then about 1 minute)
// Pairs: every match the Matcher returns in its top 20, labelled relevant or not by
// - the sample data's labels (examples/data/labels.json): matchAll over the 84 demands, without bridges, with the
//   sample lexicon only, and with the built-in bridges (the Matcher's default);
// - NFCorpus qrels (grade > 0 is relevant): each query as an ad-hoc demand against the 3,395 documents as results,
//   on the train split (where the bands were chosen) and on dev (the confirmation).
// Also prints nDCG@10 of these Matcher runs (stop words, stems, noise weights: the Matcher's defaults).
import { Matcher, parseLexicon, STRENGTH_BANDS } from "../dist/index.js";
import { loadSample } from "./corpus/sample.mjs";
import { loadNfcorpus, loadSplit } from "./corpus/nfcorpus.mjs";
import { evaluateRun } from "./eval/ranking-quality.mjs";

const K = 20;
const bands = [
  ["strong", STRENGTH_BANDS.strong, Infinity],
  ["partial", STRENGTH_BANDS.partial, STRENGTH_BANDS.strong],
  ["weak", -Infinity, STRENGTH_BANDS.partial],
];

/** Rows of the table: pairs and precision per band, and the pooled ROC AUC of strength (comparability across queries). */
function tally(name, pairs) {
  const cells = bands.map(([band, lo, hi]) => {
    const inBand = pairs.filter((p) => p.strength >= lo && p.strength < hi);
    const right = inBand.filter((p) => p.relevant).length;
    return { band, n: inBand.length, precision: inBand.length ? right / inBand.length : NaN };
  });
  const pos = pairs.filter((p) => p.relevant).map((p) => p.strength).sort((a, b) => a - b);
  const neg = pairs.filter((p) => !p.relevant).map((p) => p.strength).sort((a, b) => a - b);
  let wins = 0;
  let j = 0;
  let ties = 0;
  for (const s of pos) {
    while (j < neg.length && neg[j] < s) j++;
    ties = 0;
    for (let t = j; t < neg.length && neg[t] === s; t++) ties++;
    wins += j + ties / 2;
  }
  return { name, pairs: pairs.length, relevant: pos.length, cells, auc: wins / (pos.length * neg.length) };
}

function sampleRows() {
  const labels = loadSample("labels");
  const rows = [];
  for (const [name, bridges] of [["sample, no bridges", { builtin: false }], ["sample, sample lexicon", { builtin: false, lexicon: parseLexicon(loadSample("lexicon")) }], ["sample, built-in bridges (default)", {}]]) {
    const m = new Matcher({ bridges });
    m.addResults(loadSample("results"));
    m.addDemands(loadSample("demands"));
    const pairs = [];
    for (const [id, matches] of m.matchAll({ k: K })) for (const x of matches) pairs.push({ strength: x.strength, relevant: (labels[id] ?? []).includes(x.id) });
    rows.push(tally(name, pairs));
  }
  return rows;
}

function nfcorpusRows() {
  let docs;
  try {
    ({ docs } = loadNfcorpus());
  } catch {
    console.log("NFCorpus not found: its rows are skipped");
    return [];
  }
  const m = new Matcher({ bridges: { builtin: false } });
  m.addResults(docs.map((d) => ({ id: d.id, title: d.title || "-", summary: d.text || "-" })));
  const rows = [];
  for (const split of ["train", "dev"]) {
    const { queries, qrels } = loadSplit(split);
    const pairs = [];
    const run = new Map();
    for (const q of queries) {
      if (!qrels.has(q.id)) continue;
      const matches = m.matchDemand({ id: q.id, title: q.text, description: q.text }, { k: K });
      run.set(q.id, matches.map((x) => x.id));
      for (const x of matches) pairs.push({ strength: x.strength, relevant: (qrels.get(q.id).get(x.id) ?? 0) > 0 });
    }
    const row = tally(`NFCorpus ${split}`, pairs);
    row.ndcg10 = evaluateRun(run, qrels).ndcg;
    rows.push(row);
  }
  return rows;
}

const fmt = (c) => (c.n === 0 ? "–" : `${c.precision.toFixed(3)} (${c.n})`);
console.log(`Precision of the top-${K} matches per strength band (pairs in brackets); strong >= ${STRENGTH_BANDS.strong}, partial >= ${STRENGTH_BANDS.partial}\n`);
console.log("| labelled pairs | strong | partial | weak | pooled AUC | nDCG@10 |\n|---|--:|--:|--:|--:|--:|");
for (const r of [...sampleRows(), ...nfcorpusRows()]) {
  console.log(`| ${r.name} (${r.relevant}/${r.pairs} relevant) | ${r.cells.map(fmt).join(" | ")} | ${r.auc.toFixed(3)} | ${r.ndcg10 === undefined ? "–" : r.ndcg10.toFixed(4)} |`);
}
