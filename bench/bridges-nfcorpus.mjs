// NFCorpus dev table for the bridges: nDCG@10 and Recall@100 of plain BM25F, + RM3, + learned bridges, all.
// Also: precision@5 / recall@20 on the sample data set (examples/data) with and without bridges.
// Run: node bench/bridges-nfcorpus.mjs [--sample-only] [--tune]   (imports only the built package, dist/: npx tsup first)
import { loadNfcorpus } from "./corpus/nfcorpus.mjs";
import { evaluateRun } from "./eval/ranking-quality.mjs";
import { variants, trainedModel, libraryInfo } from "./quality-variants.mjs";

const sampleOnly = process.argv.includes("--sample-only");
const { docs, queries, qrels } = loadNfcorpus();
let model;
if (!sampleOnly) {
  console.log(`NFCorpus dev: ${docs.length} docs, ${queries.length} queries; ${libraryInfo}`);
  const rows = [];
  for (const variant of variants) {
    const start = performance.now();
    const run = variant.run(docs, queries);
    const { ndcg, recall, queries: judged } = evaluateRun(run, qrels);
    rows.push({ variant: variant.name, "nDCG@10": ndcg.toFixed(4), "Recall@100": recall.toFixed(4), queries: judged, ms: Math.round(performance.now() - start) });
  }
  console.table(rows);
  const trained = trainedModel(docs);
  model = trained.model;
  console.log(`learned bridges: trained on ${trained.pairs} train pairs (train split only) in ${(trained.trainMs / 1000).toFixed(1)} s; ${model.sourceCount} demand-side terms kept`);
}

// --tune: small grid over the expansion weights on dev (training options fixed to `tuned.training`).
if (process.argv.includes("--tune") && model) {
  const { buildMatcher, runMatcher, tuned } = await import("./quality-variants.mjs");
  const matcher = buildMatcher(docs);
  const grid = [];
  const score = (name, config) => {
    const { ndcg, recall } = evaluateRun(runMatcher(matcher, queries, config), qrels);
    grid.push({ name, ndcg: ndcg.toFixed(4), recall: recall.toFixed(4) });
  };
  for (const learnedWeight of [0.15, 0.25, 0.35]) {
    score(`learned w=${learnedWeight}`, { model, learned: { ...tuned.learned, learnedWeight } });
  }
  for (const feedbackWeight of [0.2, 0.3, 0.5]) {
    for (const terms of [10, 20]) {
      const feedback = { ...tuned.feedback, terms };
      score(`rm3 w=${feedbackWeight} terms=${terms}`, { feedback, feedbackWeight });
      score(`all rm3 w=${feedbackWeight} terms=${terms}`, { model, feedback, feedbackWeight });
    }
  }
  console.table(grid);
}

// ---- Sample data set (examples/data): precision@5 and recall@20 of Matcher.matchDemand, with and without bridges.
// The lexicon is the shipped example file examples/data/lexicon.json. Learned bridges are trained by 4-fold
// cross-validation over labels.json: each demand is ranked by a model that never saw its own labels. Built-in
// bridges are off in every row, so that the rows differ only in the bridges named.
{
  const { loadSample: load } = await import("./corpus/sample.mjs");
  const { lib, analyze } = await import("./quality-variants.mjs");
  const results = load("results");
  const demands = load("demands");
  const labels = load("labels");
  const lexicon = lib.parseLexicon(load("lexicon"));
  const matcher = new lib.Matcher({ bridges: { builtin: false } });
  matcher.addResults(results);
  const resultText = new Map(results.map((r) => [r.id, analyze(`${r.title} ${(r.keywords ?? []).join(" ")} ${r.summary}`)]));
  const demandTerms = new Map(demands.map((d) => [d.id, analyze(`${d.title} ${d.description}`)]));
  const judged = demands.filter((d) => (labels[d.id] ?? []).length > 0);
  const folds = 4;
  const foldModels = [];
  for (let f = 0; f < folds; f++) {
    const pairs = [];
    judged.forEach((d, i) => {
      if (i % folds === f) return;
      for (const rid of labels[d.id]) if (resultText.has(rid)) pairs.push({ source: demandTerms.get(d.id), target: resultText.get(rid) });
    });
    foldModels.push(lib.TranslationModel.train(pairs, { backgroundWeight: 0.9 }));
  }
  /** `bridgesFor(fold)`: the Matcher's bridges for the demands of one fold. */
  const evaluate = (name, bridgesFor) => {
    let p5 = 0;
    let r20 = 0;
    for (let f = 0; f < folds; f++) {
      matcher.setBridges({ builtin: false, ...bridgesFor(f) });
      judged.forEach((d, i) => {
        if (i % folds !== f) return;
        const truth = new Set(labels[d.id]);
        const ids = matcher.matchDemand(d, { k: 20 }).map((m) => m.id);
        p5 += ids.slice(0, 5).filter((id) => truth.has(id)).length / 5;
        r20 += ids.filter((id) => truth.has(id)).length / truth.size;
      });
    }
    return { variant: name, "P@5": (p5 / judged.length).toFixed(4), "R@20": (r20 / judged.length).toFixed(4), demands: judged.length };
  };
  const learned = (f) => ({ model: foldModels[f], weights: { learnedWeight: 0.25 } });
  console.log(`\nSample data: ${results.length} results, ${demands.length} demands (${judged.length} labelled); lexicon: ${lexicon.concepts.length} concepts`);
  console.table([
    evaluate("Matcher, no bridges", () => ({})),
    evaluate("+ lexicon (examples/data/lexicon.json)", () => ({ lexicon })),
    evaluate("+ learned (4-fold CV on labels)", learned),
    evaluate("+ lexicon + learned", (f) => ({ lexicon, ...learned(f) })),
  ]);
}
