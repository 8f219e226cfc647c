// Bridge variants for the NFCorpus quality table: plain BM25F, + RM3 feedback, + learned bridges, all combined.
// Hook contract (bench harness): export `variants: { name, run(docs, queries) -> Map<qid, ids[]> }[]`.
// Every variant calls only the built package (dist/), as a user would: the plain rows an InvertedIndex, the
// bridged rows a Matcher with its own `bridges` options (`feedback` is the Matcher's RM3, `model` its learned
// bridges). Learned bridges are trained on the TRAIN split's judged pairs only (train.queries.jsonl +
// train.qrels.tsv); the evaluation queries are never seen in training. Weights below were tuned on dev
// (see bridges-nfcorpus.mjs --tune).
import { loadSplit, NFCORPUS_DIR } from "./corpus/nfcorpus.mjs";

/** The built package, or null when dist/ is missing (the harness then lists the variants as skipped). */
async function loadLibrary() {
  try {
    return await import("../dist/index.js");
  } catch {
    return null;
  }
}

const loaded = await loadLibrary();
/** The built package; empty when unavailable. */
export const lib = loaded ?? {};
/** Why the variants list is empty, if it is. */
export const skipReason = loaded ? undefined : "dist/index.js not found: run `npx tsup` (or `npm run build`) first";

/** The library's default analyzer (the one the index and the Matcher use). */
export const analyze = lib.analyze;
export const libraryInfo = "InvertedIndex and Matcher from dist/";

/** Build the plain index under test over NFCorpus docs (default analyzer unless one is given). */
export function buildIndex(docs, analyzer) {
  const index = new lib.InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } }, ...(analyzer ? { analyzer } : {}) });
  index.addAll(docs);
  return index;
}

/** NFCorpus docs as research results: the title (or the start of the text when it has none) and the text as summary. */
export const asResults = (docs) => docs.map((d) => ({ id: d.id, title: d.title || d.text.slice(0, 80) || d.id, summary: d.text || d.title || d.id }));

/**
 * An NFCorpus query as a demand. A query has one text: it is the title. A demand's description must not be
 * blank, and "." analyses to no term, so the query's terms are counted once, as in the plain rows.
 */
export const asDemand = (q) => ({ id: `q${q.id}`, title: q.text, description: "." });

/**
 * A Matcher over NFCorpus docs, with no built-in bridges and no spec fit, so that the rows differ only in the
 * bridges under test (readiness fit is 1: the demands state no TRL). Bridges are set per variant with setBridges.
 */
export function buildMatcher(docs) {
  const matcher = new lib.Matcher({ bridges: { builtin: false }, specs: false });
  matcher.addResults(asResults(docs));
  return matcher;
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

/** Tuned on dev (bridges-nfcorpus.mjs --tune): `training` for TranslationModel.train, the rest are Matcher bridge options. */
export const tuned = {
  training: { iterations: 5, backgroundWeight: 0.9, maxTargetTerms: 200, minTargetPairs: 2, maxTranslations: 30, minProbability: 0.001 },
  learned: { learnedWeight: 0.25, maxLearnedTerms: 30, maxBridgeShare: 2 },
  feedback: { docs: 10, terms: 10 },
  feedbackWeight: 0.3,
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

/**
 * The Matcher's `bridges` option for a configuration: `model` (learned bridges, with `learned` weights) and/or
 * `feedback` ({ docs, terms }, with `feedbackWeight`); always without the built-in lexicon.
 */
export function bridgesFor({ model, learned = tuned.learned, feedback, feedbackWeight = tuned.feedbackWeight } = {}) {
  return {
    builtin: false,
    ...(model ? { model } : {}),
    ...(feedback ? { feedback } : {}),
    weights: { ...(model ? learned : {}), ...(feedback ? { feedbackWeight } : {}) },
  };
}

/** Run one configuration over the queries with `matcher.matchDemand`; returns qid -> ranked ids (top 100). */
export function runMatcher(matcher, queries, config) {
  matcher.setBridges(bridgesFor(config));
  return new Map(queries.map((q) => [q.id, matcher.matchDemand(asDemand(q), { k: 100 }).map((m) => m.id)]));
}

function matcherVariant(name, useLearned, useFeedback) {
  return {
    name,
    run(docs, queries) {
      const model = useLearned ? trainedModel(docs).model : undefined;
      return runMatcher(buildMatcher(docs), queries, { model, feedback: useFeedback ? tuned.feedback : undefined });
    },
  };
}

/** Plain BM25F through the InvertedIndex, with the default analyzer or another one. */
function indexVariant(name, analyzerOptions) {
  return {
    name,
    run(docs, queries) {
      const index = buildIndex(docs, analyzerOptions ? lib.createAnalyzer(analyzerOptions) : undefined);
      return new Map(queries.map((q) => [q.id, index.search(q.text, { k: 100 }).map((h) => h.id)]));
    },
  };
}

export const variants = !loaded ? [] : [
  indexVariant("techbroker BM25F"),
  indexVariant("techbroker BM25F, lemmas (stem: false)", { stem: false }),
  matcherVariant("techbroker Matcher, no bridges", false, false),
  matcherVariant("techbroker Matcher + RM3", false, true),
  matcherVariant("techbroker Matcher + learned bridges", true, false),
  matcherVariant("techbroker Matcher + learned bridges + RM3", true, true),
];
