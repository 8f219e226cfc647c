// How the expansion settings of the NFCorpus bridged variants were chosen: on TRAIN only, by 2-fold
// cross-fitting (learned bridges trained on one half of the train queries' judged pairs, the other half
// ranked with them; the mean of both halves decides). Index-level, like bench/quality-variants.mjs.
//
//   node bench/nfcorpus-bridges-train-grid.mjs            (after npm run build; about 5 minutes)
//   node bench/nfcorpus-bridges-train-grid.mjs --dev      (also reads dev for the chosen rows)
//
// The chosen values are `tuned` in bench/quality-variants.mjs and the constants of bench/nfcorpus-history.mjs.
import { InvertedIndex, TranslationModel, analyze, expandQuery, relevanceModelTerms } from "../dist/index.js";
import { loadNfcorpus, loadSplit } from "./corpus/nfcorpus.mjs";
import { evaluateRun } from "./eval/ranking-quality.mjs";

const { docs, queries: devQueries, qrels: devQrels } = loadNfcorpus();
const train = loadSplit("train");
const index = new InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
index.addAll(docs);
const docTerms = new Map(docs.map((d) => [d.id, analyze(`${d.title} ${d.text}`)]));
const judged = train.queries.filter((q) => train.qrels.has(q.id));
const halves = [judged.filter((_, i) => i % 2 === 0), judged.filter((_, i) => i % 2 === 1)];

function pairs(queries) {
  const out = [];
  for (const q of queries) {
    const source = analyze(q.text);
    for (const [d, grade] of train.qrels.get(q.id) ?? []) if (grade > 0 && docTerms.has(d)) out.push({ source, target: docTerms.get(d), weight: grade });
  }
  return out;
}

const training = (maxTranslations) => ({ iterations: 5, backgroundWeight: 0.9, maxTargetTerms: 200, minTargetPairs: 2, maxTranslations, minProbability: 0.001 });
const models = new Map();
function halfModels(maxTranslations) {
  if (!models.has(maxTranslations)) models.set(maxTranslations, [TranslationModel.train(pairs(halves[1]), training(maxTranslations)), TranslationModel.train(pairs(halves[0]), training(maxTranslations))]);
  return models.get(maxTranslations);
}

function rank(q, model, c) {
  const terms = analyze(q.text);
  if (terms.length === 0) return [];
  const options = model && c.learned ? { model, ...c.learned } : {};
  if (c.feedback) {
    const first = index.search(expandQuery(terms, options).query, { k: c.feedback.docs });
    options.feedback = relevanceModelTerms(first, (id) => docTerms.get(id), { ...c.feedback, exclude: new Set(terms) });
    options.feedbackWeight = c.feedback.feedbackWeight;
  }
  return index.search(expandQuery(terms, options).query, { k: 100 }).map((h) => h.id);
}

function trainScore(c) {
  const pair = halfModels(c.maxTranslations ?? 30);
  let sum = 0;
  halves.forEach((half, i) => {
    const run = new Map(half.map((q) => [q.id, rank(q, pair[i], c)]));
    sum += evaluateRun(run, new Map(half.map((q) => [q.id, train.qrels.get(q.id)]))).ndcg * half.length;
  });
  return sum / judged.length;
}

const f = (x) => x.toFixed(4);
const rows = [];
const show = (name, c) => {
  rows.push([name, c, trainScore(c)]);
  console.error(`${name}: train ${f(rows.at(-1)[2])}`);
};
const bench = { learnedWeight: 0.25, maxLearnedTerms: 30, maxBridgeShare: 2 };
show("former settings (tuned on dev): learned 0.25 / 30 terms / share 2", { learned: bench });
show("former settings + RM3 10 docs / 10 terms / 0.3", { learned: bench, feedback: { docs: 10, terms: 10, feedbackWeight: 0.3 } });
for (const learnedWeight of [0.15, 0.25, 0.4]) for (const maxLearnedTerms of [30, 60, 100]) for (const maxBridgeShare of [1, 2, 4])
  show(`learned ${learnedWeight} / ${maxLearnedTerms} terms / share ${maxBridgeShare}`, { learned: { learnedWeight, maxLearnedTerms, maxBridgeShare } });
const learned = rows.slice(2).reduce((a, b) => (b[2] > a[2] ? b : a))[1].learned;
for (const maxTranslations of [30, 60, 120]) show(`learned (best) with ${maxTranslations} translations per word`, { learned, maxTranslations });
const maxTranslations = rows.slice(-3).reduce((a, b) => (b[2] > a[2] ? b : a))[1].maxTranslations;
const start = rows.length;
for (const docsN of [3, 5, 10, 20]) for (const terms of [10, 20, 40, 80]) for (const feedbackWeight of [0.3, 0.5])
  show(`+ RM3 ${docsN} docs / ${terms} terms / ${feedbackWeight}`, { learned, maxTranslations, feedback: { docs: docsN, terms, feedbackWeight } });
const best = rows.slice(start).reduce((a, b) => (b[2] > a[2] ? b : a));

console.log("| setting (chosen on train) | train nDCG@10, 2-fold cross-fitted |\n|---|--:|");
for (const [name, , score] of rows) console.log(`| ${name} | ${f(score)} |`);
console.log(`\nchosen: ${JSON.stringify(best[1])}`);
if (process.argv.includes("--dev")) {
  const full = TranslationModel.train(pairs(judged), training(maxTranslations));
  for (const [name, c] of [["learned (chosen)", { learned }], ["learned + RM3 (chosen)", best[1]]]) {
    const run = new Map(devQueries.map((q) => [q.id, rank(q, full, c)]));
    console.log(`dev, ${name}: nDCG@10 ${f(evaluateRun(run, devQrels).ndcg)}`);
  }
}
