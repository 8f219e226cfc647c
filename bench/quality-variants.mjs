// Bridge variants for the NFCorpus quality table: plain BM25F, + RM3 feedback, + learned bridges, all combined.
// Hook contract (bench harness): export `variants: { name, run(docs, queries) -> Map<qid, ids[]> }[]`.
// Learned bridges are trained on the TRAIN split's judged pairs only (train.queries.jsonl + train.qrels.tsv);
// the evaluation queries are never seen in training. Weights below were tuned on dev (see bridges-nfcorpus.mjs).
import { readFileSync } from "node:fs";
import { NFCORPUS_DIR } from "./corpus/nfcorpus.mjs";
import { parseQrels } from "./eval/ranking-quality.mjs";

/** Loads the library: the built package if it exports the bridges, else the sources (works under `npx tsx`). */
async function loadLibrary() {
  try {
    const dist = await import("../dist/index.js");
    if (dist.expandQuery && dist.TranslationModel && dist.InvertedIndex) return { lib: dist, from: "dist" };
  } catch {
    // fall through to the sources
  }
  const lib = {
    ...(await import("../src/bridge/expandQuery.ts")),
    ...(await import("../src/bridge/translationModel.ts")),
    ...(await import("../src/bridge/relevanceFeedback.ts")),
    ...(await import("../src/bridge/lexicon.ts")),
    ...(await import("../src/bridge/lexiconIndex.ts")),
  };
  try {
    Object.assign(lib, await import("../src/text/analyzer.ts"));
  } catch {
    // analyzer not written yet: the fallback below is used
  }
  try {
    Object.assign(lib, await import("../src/index/invertedIndex.ts"));
  } catch {
    // index not written yet: the fallback scorer below is used
  }
  return { lib, from: "src" };
}

const loaded = await loadLibrary();
/** The loaded library (dist or sources). */
export const lib = loaded.lib;
const from = loaded.from;

const STOP = new Set("a an and are as at be by can do does for from how i in is it its my of on or our should than that the their this to vs was what when which who why will with you your".split(" "));
/** Fallback analyzer until src/text exists: lower-case letters/digits runs, small stop list. */
const fallbackAnalyze = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).filter((w) => !STOP.has(w));
export const analyze = lib.analyze ?? fallbackAnalyze;
export const libraryInfo = `bridges from ${from}; analyzer: ${lib.analyze ? "techbroker analyze" : "bench fallback regex"}; index: ${lib.InvertedIndex ? "techbroker InvertedIndex" : "bench fallback BM25F"}`;

/** Fallback BM25F (title x2, text x1; k1 1.2, b 0.75) used only until src/index exists. */
class FallbackIndex {
  constructor(docs) {
    this.ids = docs.map((d) => d.id);
    this.postings = new Map();
    const fields = [["title", 2], ["text", 1]];
    const lengths = fields.map(() => new Float64Array(docs.length));
    const tfs = docs.map((d, i) => {
      const tf = new Map();
      fields.forEach(([f, w], fi) => {
        const terms = analyze(d[f] ?? "");
        lengths[fi][i] = terms.length;
        for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
        for (const t of terms) {
          if (!tf.has(`${fi}:${t}`)) tf.set(`${fi}:${t}`, 0);
          tf.set(`${fi}:${t}`, tf.get(`${fi}:${t}`) + 1);
        }
      });
      return tf;
    });
    const avg = lengths.map((l) => l.reduce((s, x) => s + x, 0) / docs.length);
    tfs.forEach((tf, i) => {
      for (const [key] of tf) {
        if (key.includes(":") && /^\d:/.test(key)) continue;
        let pseudo = 0;
        fields.forEach(([, w], fi) => {
          const c = tf.get(`${fi}:${key}`) ?? 0;
          pseudo += (w * c) / (1 - 0.75 + (0.75 * lengths[fi][i]) / avg[fi]);
        });
        if (!this.postings.has(key)) this.postings.set(key, []);
        this.postings.get(key).push([i, pseudo]);
      }
    });
    this.n = docs.length;
  }
  search(query, { k }) {
    const scores = new Float64Array(this.n);
    for (const { term, weight } of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (this.n - list.length + 0.5) / (list.length + 0.5));
      for (const [i, tf] of list) scores[i] += weight * idf * ((tf * 2.2) / (tf + 1.2));
    }
    const hits = [];
    for (let i = 0; i < this.n; i++) if (scores[i] > 0) hits.push({ id: this.ids[i], score: scores[i] });
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return hits.slice(0, k);
  }
}

/** Build the index under test over NFCorpus docs. */
export function buildIndex(docs) {
  if (!lib.InvertedIndex) return new FallbackIndex(docs);
  const index = new lib.InvertedIndex({ fields: { title: { weight: 2 }, text: { weight: 1 } } });
  index.addAll(docs);
  return index;
}

function readJsonLines(path) {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
}

/** Training history: (train query terms, judged doc terms, grade) from the TRAIN split only. */
export function trainingPairs(docs, dir = NFCORPUS_DIR) {
  const queries = new Map(readJsonLines(`${dir}/train.queries.jsonl`).map((q) => [String(q.id), analyze(String(q.text))]));
  const qrels = parseQrels(readFileSync(`${dir}/train.qrels.tsv`, "utf8"));
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

/** Tuned on dev (bridges-nfcorpus.mjs --tune). */
export const tuned = {
  training: { iterations: 5, backgroundWeight: 0.9, maxTargetTerms: 200, minTargetPairs: 2, maxTranslations: 30, minProbability: 0.001 },
  learned: { learnedWeight: 0.25, maxLearnedTerms: 30, maxBridgeShare: 2 },
  feedback: { docs: 10, terms: 10, feedbackWeight: 0.3 },
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
      const first = index.search(expandQuery(terms, options).query, { k: config.feedback.docs });
      options.feedback = lib.relevanceModelTerms(first, termsOf, { ...config.feedback, exclude: new Set(terms) });
      options.feedbackWeight = config.feedback.feedbackWeight;
    }
    const hits = terms.length === 0 ? [] : index.search(lib.expandQuery(terms, options).query, { k: 100 });
    run.set(q.id, hits.map((h) => h.id));
  }
  return run;
}
const expandQuery = (terms, options) => lib.expandQuery(terms, options);

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

export const variants = [
  makeVariant("techbroker BM25F", false, false),
  makeVariant("techbroker BM25F + RM3", false, true),
  makeVariant("techbroker BM25F + learned bridges", true, false),
  makeVariant("techbroker BM25F + learned bridges + RM3", true, true),
];
