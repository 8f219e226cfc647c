// What a history of matches buys on NFCorpus, through the Matcher as shipped: learned bridges
// (bridges.model), past matches (bridges.pastMatches) and RM3 feedback, each chosen on TRAIN and read on DEV.
//
//   npm run bench:history                 (builds, then several minutes)
//   npm run bench:history -- --grid       (also the train-only grid that chose the settings)
//
// The train split's judged pairs are the history of successful matches. Settings are chosen on train by
// 2-fold cross-fitting: the train queries are split in two halves; each half is ranked by a Matcher whose
// history (learned model and past matches) comes from the other half only, and the mean over both halves
// decides. Dev is then ranked once with the whole train split as history. Dev never chooses anything.
// Top 10 per query (each match is explained, so k = 100 would cost ten times more): nDCG@10 only.
import { performance } from "node:perf_hooks";
import { Matcher, TranslationModel, analyze } from "../dist/index.js";
import { loadNfcorpus, loadSplit } from "./corpus/nfcorpus.mjs";
import { evaluateRun } from "./eval/ranking-quality.mjs";

const started = performance.now();
const { docs, queries: devQueries, qrels: devQrels } = loadNfcorpus();
const train = loadSplit("train");
const results = docs.map((d) => ({ id: d.id, title: d.title || "-", summary: d.text || "-" }));
const docTerms = new Map(docs.map((d) => [d.id, analyze(`${d.title} ${d.text}`)]));

/** Chosen on train: bench/nfcorpus-bridges-train-grid.mjs (learned bridges, RM3) and --grid here (past matches). */
const TRAINING = { iterations: 5, backgroundWeight: 0.9, maxTargetTerms: 200, minTargetPairs: 2, maxTranslations: 120, minProbability: 0.001 };
const LEARNED_WEIGHTS = { learnedWeight: 0.4, maxLearnedTerms: 100, maxBridgeShare: 1 };
const FEEDBACK = { docs: 20, terms: 40 };
const FEEDBACK_WEIGHT = 0.3;

/** The history of one set of queries: past matches (text, result id, grade) and the learned model. */
function historyOf(queries, qrels) {
  const pastMatches = [];
  const pairs = [];
  for (const q of queries) {
    const source = analyze(q.text);
    for (const [resultId, grade] of qrels.get(q.id) ?? []) {
      if (grade <= 0 || !docTerms.has(resultId)) continue;
      pastMatches.push({ demand: q.text, resultId, weight: grade });
      pairs.push({ source, target: docTerms.get(resultId), weight: grade });
    }
  }
  return { pastMatches, model: TranslationModel.train(pairs, TRAINING) };
}

function bridgesFor(variant, history) {
  const bridges = { builtin: false };
  const weights = {};
  if (variant.learned) Object.assign(bridges, { model: history.model }), Object.assign(weights, LEARNED_WEIGHTS);
  if (variant.past) Object.assign(bridges, { pastMatches: history.pastMatches, pastMatchWeight: variant.past });
  if (variant.feedback) Object.assign(bridges, { feedback: FEEDBACK }), Object.assign(weights, { feedbackWeight: FEEDBACK_WEIGHT });
  return { ...bridges, weights };
}

function rank(matcher, queries) {
  const run = new Map();
  for (const q of queries) run.set(q.id, matcher.matchDemand({ id: q.id, title: q.text, description: "-" }, { k: 10 }).map((m) => m.id));
  return run;
}

const judgedTrain = train.queries.filter((q) => train.qrels.has(q.id));
const halves = [judgedTrain.filter((_, i) => i % 2 === 0), judgedTrain.filter((_, i) => i % 2 === 1)];
// Each half's history is the other half.
const halfHistories = [historyOf(halves[1], train.qrels), historyOf(halves[0], train.qrels)];
let devHistory;

function trainScore(variant) {
  let ndcg = 0;
  halves.forEach((half, i) => {
    const matcher = new Matcher({ bridges: bridgesFor(variant, halfHistories[i]) });
    matcher.addResults(results);
    const e = evaluateRun(rank(matcher, half), new Map(half.map((q) => [q.id, train.qrels.get(q.id)])));
    ndcg += e.ndcg * half.length;
  });
  return { ndcg: ndcg / judgedTrain.length };
}

function devScore(variant) {
  devHistory ??= historyOf(judgedTrain, train.qrels);
  const matcher = new Matcher({ bridges: bridgesFor(variant, devHistory) });
  matcher.addResults(results);
  return evaluateRun(rank(matcher, devQueries), devQrels);
}

const f = (x) => x.toFixed(4);
const rows = [];
const report = (name, variant, withDev = true) => {
  const t = trainScore(variant);
  const d = withDev ? devScore(variant) : undefined;
  rows.push(`| ${name} | ${f(t.ndcg)} | ${d ? f(d.ndcg) : "–"} |`);
  console.error(rows.at(-1));
};

if (process.argv.includes("--grid")) {
  for (const past of [0.4, 0.6, 0.8, 1]) report(`grid: learned + past matches ${past}`, { learned: true, past }, false);
}
report("Matcher, no bridges", {});
report("+ RM3", { feedback: true });
report("+ learned bridges", { learned: true });
report("+ learned bridges + RM3", { learned: true, feedback: true });
report("+ past matches", { past: 0.6 });
report("+ learned bridges + past matches", { learned: true, past: 0.6 });
report("+ learned bridges + past matches + RM3", { learned: true, past: 0.6, feedback: true });

console.log(`NFCorpus through the Matcher; train = 2-fold cross-fitted (history from the other half), dev = whole train split as history (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
console.log("| variant | train nDCG@10 | dev nDCG@10 |\n|---|--:|--:|");
for (const r of rows) console.log(r);
