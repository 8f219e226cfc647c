// Bridge variants for the NFCorpus quality table: plain BM25F, + RM3 feedback, + learned bridges, all combined.
// Hook contract (bench harness): export `variants: { name, run(docs, queries) -> Map<qid, ids[]> }[]`.
// Learned bridges are trained on the TRAIN split's judged pairs only (train.queries.jsonl + train.qrels.tsv);
// the evaluation queries are never seen in training. Weights below were chosen on train (nfcorpus-bridges-train-grid.mjs).
import { loadSplit, NFCORPUS_DIR } from "./corpus/nfcorpus.mjs";

/**
 * Loads the library: the built package if it exports the bridges, else the sources (works only under `npx tsx`).
 * Returns null when neither is available, so the harness can list the variants as skipped instead of crashing.
 */
async function loadLibrary() {
  try {
    const dist = await import("../dist/index.js");
    if (dist.expandQuery && dist.TranslationModel && dist.relevanceModelTerms && dist.LexiconIndex && dist.InvertedIndex && dist.analyze && dist.createAnalyzer)
      return { lib: dist, from: "dist" };
  } catch {
    // fall through to the sources
  }
  try {
    const lib = {
      ...(await import("../src/bridge/expandQuery.ts")),
      ...(await import("../src/bridge/translationModel.ts")),
      ...(await import("../src/bridge/relevanceFeedback.ts")),
      ...(await import("../src/bridge/lexicon.ts")),
      ...(await import("../src/bridge/lexiconIndex.ts")),
      ...(await import("../src/text/analyzer.ts")),
      ...(await import("../src/postings/invertedIndex.ts")),
    };
    return { lib, from: "src" };
  } catch {
    return null;
  }
}

const loaded = await loadLibrary();
/** The loaded library (dist or sources); empty when unavailable. */
export const lib = loaded?.lib ?? {};
const from = loaded?.from ?? "nowhere";
/** Why the variants list is empty, if it is. */
export const skipReason = loaded ? undefined : "techbroker bridges not found in dist/ (build and export them) nor loadable from src/ (run under tsx)";

/** The library's default analyzer (the same one the index uses for its fields). */
export const analyze = lib.analyze;
export const libraryInfo = `bridges, analyzer and InvertedIndex from ${from}`;

/** Build the index under test over NFCorpus docs (default analyzer unless one is given). */
export function buildIndex(docs, analyzer) {
  const index = new lib.InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } }, ...(analyzer ? { analyzer } : {}) });
  index.addAll(docs);
  return index;
}

/** Training history: (train query terms, judged doc terms, grade) from the TRAIN split only. */
export function trainingPairs(docs, dir = NFCORPUS_DIR) {
  const train = loadSplit("train", dir);
  const queries = new Map(train.queries.map((q) => [q.id, analyze(q.text)]));
  const qrels = train.qrels;
  const docTerms = new Map(docs.map((d) => [d.id, analyze(`${d.title} ${d.text}`)]));
  const pairs = [];
  for (const [qid, judged] of qrels) {
    const source = queries.get(qid);
    if (!source) continue;
    for (const [docid, grade] of judged) {
      const target = docTerms.get(docid);
      if (grade > 0 && target) pairs.push({ source, target, weight: grade });
    }
  }
  return pairs;
}

/**
 * Chosen on TRAIN by 2-fold cross-fitting (bench/nfcorpus-bridges-train-grid.mjs); dev chose nothing. The former
 * values (learned 0.25 / 30 terms / share 2, 30 translations, RM3 10 docs / 10 terms) had been tuned on dev.
 */
export const tuned = {
  training: { iterations: 5, backgroundWeight: 0.9, maxTargetTerms: 200, minTargetPairs: 2, maxTranslations: 120, minProbability: 0.001 },
  learned: { learnedWeight: 0.4, maxLearnedTerms: 100, maxBridgeShare: 1 },
  feedback: { docs: 20, terms: 40, feedbackWeight: 0.3 },
};

let cache;
/** Train once per docs array; returns {model, trainMs, pairs}. */
export function trainedModel(docs, trainingOptions = tuned.training) {
  if (cache && cache.docs === docs && cache.options === trainingOptions) return cache;
  const pairs = trainingPairs(docs);
  const start = performance.now();
  const model = lib.TranslationModel.train(pairs, trainingOptions);
  cache = { docs, options: trainingOptions, model, trainMs: performance.now() - start, pairs: pairs.length };
  return cache;
}

/** Run one configuration over the queries; returns qid -> ranked ids (top 100). */
export function runConfig(index, docs, queries, config) {
  const docTermsCache = new Map();
  const termsOf = (id) => {
    if (!docTermsCache.has(id)) {
      const d = config.docsById.get(id);
      docTermsCache.set(id, analyze(`${d.title} ${d.text}`));
    }
    return docTermsCache.get(id);
  };
  const run = new Map();
  for (const q of queries) {
    const terms = analyze(q.text);
    const options = {};
    if (config.model) Object.assign(options, { model: config.model }, config.learned);
    if (config.feedback) {
      const first = index.search(lib.expandQuery(terms, options).query, { k: config.feedback.docs });
      options.feedback = lib.relevanceModelTerms(first, termsOf, { ...config.feedback, exclude: new Set(terms) });
      options.feedbackWeight = config.feedback.feedbackWeight;
    }
    const hits = terms.length === 0 ? [] : index.search(lib.expandQuery(terms, options).query, { k: 100 });
    run.set(q.id, hits.map((h) => h.id));
  }
  return run;
}

function makeVariant(name, useLearned, useFeedback) {
  return {
    name,
    run(docs, queries) {
      const index = buildIndex(docs);
      const docsById = new Map(docs.map((d) => [d.id, d]));
      const model = useLearned ? trainedModel(docs).model : undefined;
      return runConfig(index, docs, queries, {
        docsById,
        model,
        learned: tuned.learned,
        feedback: useFeedback ? tuned.feedback : undefined,
      });
    },
  };
}

/**
 * Plain BM25F with the analyzer's former default: wink-nlp lemmas instead of Porter2 stems
 * (createAnalyzer({ stem: false })). Same fields and weights as buildIndex.
 */
const lemmaVariant = {
  name: "techbroker BM25F, lemmas (stem: false)",
  run(docs, queries) {
    const index = buildIndex(docs, lib.createAnalyzer({ stem: false }));
    return new Map(queries.map((q) => [q.id, index.search(q.text, { k: 100 }).map((h) => h.id)]));
  },
};

export const variants = !loaded ? [] : [
  makeVariant("techbroker BM25F", false, false),
  lemmaVariant,
  makeVariant("techbroker BM25F + RM3", false, true),
  makeVariant("techbroker BM25F + learned bridges", true, false),
  makeVariant("techbroker BM25F + learned bridges + RM3", true, true),
];
