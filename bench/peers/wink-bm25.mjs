// wink-bm25-text-search as its README recommends: defineConfig({fldWeights: {title: 2, text: 1}}) and the
// README's prep tasks from wink-nlp-utils (lower-case, tokenize, remove stop words, Porter stem,
// propagate negations); consolidate() before searching. If wink-nlp-utils is missing, a documented fallback
// tokenizer (lower-case, split on non-letters/digits) is used instead and reported in `setup`.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const bm25 = require("wink-bm25-text-search");

function loadPrepTasks() {
  try {
    const nlp = require("wink-nlp-utils");
    return {
      tasks: [nlp.string.lowerCase, nlp.string.removeExtraSpaces, nlp.string.tokenize0, nlp.tokens.propagateNegations, nlp.tokens.removeWords, nlp.tokens.stem],
      label: "wink-nlp-utils prep tasks (lowerCase, tokenize0, propagateNegations, removeWords, stem)",
    };
  } catch {
    return { tasks: [(text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)], label: "fallback tokenizer (lower-case, split on non-alphanumerics)" };
  }
}

const prep = loadPrepTasks();
export const packageName = "wink-bm25-text-search";
export const setup = `defineConfig fldWeights {title: 2, text: 1}; ${prep.label}; BM25, OR`;

let engine;

function fresh() {
  const e = bm25();
  e.defineConfig({ fldWeights: { title: 2, text: 1 } });
  e.definePrepTasks(prep.tasks);
  return e;
}

/** Indexes the documents and consolidates (wink needs at least 3 documents). */
export function build(docs) {
  engine = fresh();
  for (const doc of docs) engine.addDoc({ title: doc.title, text: doc.text }, doc.id);
  engine.consolidate();
}

/** Top-k ids, best first. */
export function search(query, k) {
  const hits = engine.search(query, k);
  const ids = new Array(hits.length);
  for (let i = 0; i < hits.length; i += 1) ids[i] = hits[i][0];
  return ids;
}

/** exportJSON(): the documented snapshot (prep tasks are functions and are not part of it). */
export function serialize() {
  return engine.exportJSON();
}

/** importJSON into an engine whose prep tasks are defined again, as the README says. */
export function load(serialized) {
  engine = bm25();
  engine.importJSON(serialized);
  engine.definePrepTasks(prep.tasks);
}
