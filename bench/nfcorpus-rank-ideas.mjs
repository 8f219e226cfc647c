// Ideas for plain ranking on NFCorpus that were measured and NOT kept: per-field b, BM25+ (Lv and Zhai 2011),
// counting repeated query words, and term proximity as a re-rank of the top 100 (BM25TP of Rasolofo and Savoy
// 2003; the neighbour-pair form of Buettcher, Clarke and Lushman 2006; adjacent pairs only, as in the
// sequential dependence model's ordered window, Metzler and Croft 2005). Every idea is chosen on TRAIN and
// read on DEV. Proximity also reports its cost: CPU time per query of search + re-rank against search alone.
//
//   npm run bench:rank-ideas          (builds, then about 2 minutes)
//
// The re-rank re-analyses the title and text of the top 100 candidates (the index stores no positions), as a
// Matcher could from its stored records. The analysed candidates are cached across queries here, which
// favours proximity's cost; it still does not pay (README, "Plain BM25F on NFCorpus").
import { InvertedIndex, analyze } from "../dist/index.js";
import { loadNfcorpus, loadSplit } from "./corpus/nfcorpus.mjs";
import { evaluateRun } from "./eval/ranking-quality.mjs";
import { cpuSeconds } from "./measure.mjs";

const { docs, queries: devQueries, qrels: devQrels } = loadNfcorpus();
const splits = { train: loadSplit("train"), dev: { queries: devQueries, qrels: devQrels } };
const f = (x) => x.toFixed(4);
function indexWith({ titleWeight = 2, k1 = 1.2, b = 0.75, titleB, textB } = {}) {
  const index = new InvertedIndex({
    fields: { title: { weight: titleWeight, ...(titleB === undefined ? {} : { b: titleB }) }, text: { weight: 1, ...(textB === undefined ? {} : { b: textB }) } },
    k1,
    b,
  });
  index.addAll(docs);
  return index;
}

function evaluate(split, rank) {
  const { queries, qrels } = splits[split];
  return evaluateRun(new Map(queries.filter((q) => qrels.has(q.id)).map((q) => [q.id, rank(q)])), qrels);
}

const rows = [];
function row(idea, setting, rank) {
  const t = evaluate("train", rank);
  const d = evaluate("dev", rank);
  rows.push(`| ${idea} | ${setting} | ${f(t.ndcg)} | ${f(d.ndcg)} |`);
  console.error(rows.at(-1));
  return t.ndcg;
}

const base = indexWith();
const plain = (index) => (q) => index.search(q.text, { k: 100 }).map((h) => h.id);
row("BM25F as shipped", "title 2, k1 1.2, b 0.75", plain(base));
row("each query word once", "weights 1, not counts", (q) => base.search([...new Set(analyze(q.text))].map((term) => ({ term, weight: 1 })), { k: 100 }).map((h) => h.id));
for (const titleB of [0.3, 0.5, 0.9]) row("title b", String(titleB), plain(indexWith({ titleB })));
for (const textB of [0.6, 0.85, 1]) row("text b", String(textB), plain(indexWith({ textB })));

// BM25+ needs a lower bound delta inside the sum, which the index's scorer does not have: a plain scorer here.
{
  const N = docs.length;
  const postings = new Map();
  const lengths = docs.map((d, i) => {
    const title = analyze(d.title);
    const text = analyze(d.text);
    const counts = new Map();
    for (const w of title) (counts.get(w) ?? counts.set(w, [0, 0]).get(w))[0]++;
    for (const w of text) (counts.get(w) ?? counts.set(w, [0, 0]).get(w))[1]++;
    for (const [w, [a, c]] of counts) (postings.get(w) ?? postings.set(w, []).get(w)).push(i, a, c);
    return [title.length, text.length];
  });
  const avg = [0, 1].map((field) => lengths.reduce((s, l) => s + l[field], 0) / N);
  const bm25plus = (delta) => (q) => {
    const score = new Float64Array(N);
    for (const term of new Set(analyze(q.text))) {
      const p = postings.get(term);
      if (!p) continue;
      const df = p.length / 3;
      const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
      for (let j = 0; j < p.length; j += 3) {
        const d = p[j];
        const tf = (2 * p[j + 1]) / (0.25 + (0.75 * lengths[d][0]) / avg[0]) + p[j + 2] / (0.25 + (0.75 * lengths[d][1]) / avg[1]);
        score[d] += idf * ((2.2 * tf) / (1.2 + tf) + delta);
      }
    }
    const ids = [];
    for (let d = 0; d < N; d++) if (score[d] > 0) ids.push(d);
    ids.sort((a, c) => score[c] - score[a] || (docs[a].id < docs[c].id ? -1 : 1));
    return ids.slice(0, 100).map((d) => docs[d].id);
  };
  for (const delta of [0, 0.25, 0.5, 1]) row("BM25+ (plain scorer)", `delta ${delta}`, bm25plus(delta));
}

// Proximity re-rank of the top 100.
const byId = new Map(docs.map((d) => [d.id, d]));
const analysed = new Map();
const fieldsOf = (id) => analysed.get(id) ?? analysed.set(id, [analyze(byId.get(id).title), analyze(byId.get(id).text)]).get(id);
const N = docs.length;
let avgLength = 0;
for (const d of docs) avgLength += fieldsOf(d.id)[0].length + fieldsOf(d.id)[1].length;
avgLength /= N;
const K1 = 1.2;
const B = 0.75;
const idfOf = (term) => {
  const df = base.docFrequency(term);
  return Math.log(1 + (N - df + 0.5) / (df + 0.5));
};
const saturated = (acc, length) => (acc * (K1 + 1)) / (acc + K1 * (1 - B + (B * length) / avgLength));

/** BM25TP: pairs of distinct query words within `window` positions, each adding 1/d^2 (title x2); min idf of the pair. */
function pairBonus(words, fields, window) {
  const weight = new Map(words.map((w) => [w, idfOf(w)]));
  const acc = new Map();
  let length = 0;
  fields.forEach((terms, field) => {
    length += terms.length;
    const at = [];
    for (let p = 0; p < terms.length; p++) if (weight.has(terms[p])) at.push(p);
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length && at[j] - at[i] <= window; j++) {
        const [a, c] = [terms[at[i]], terms[at[j]]];
        if (a === c) continue;
        const key = a < c ? `${a} ${c}` : `${c} ${a}`;
        acc.set(key, (acc.get(key) ?? 0) + (field === 0 ? 2 : 1) / (at[j] - at[i]) ** 2);
      }
  });
  let sum = 0;
  for (const [key, a] of acc) {
    const [x, y] = key.split(" ");
    sum += Math.min(weight.get(x), weight.get(y)) * saturated(a, length);
  }
  return sum;
}

/** Buettcher et al.: each occurrence and the previous occurrence of another query word; acc(t) += idf(other) / d^2. */
function neighbourBonus(words, fields) {
  const weight = new Map(words.map((w) => [w, idfOf(w)]));
  const acc = new Map();
  let length = 0;
  fields.forEach((terms, field) => {
    length += terms.length;
    let previous = null;
    let previousAt = -1;
    for (let p = 0; p < terms.length; p++) {
      const t = terms[p];
      if (!weight.has(t)) continue;
      if (previous !== null && previous !== t) {
        const x = (field === 0 ? 2 : 1) / (p - previousAt) ** 2;
        acc.set(t, (acc.get(t) ?? 0) + x * weight.get(previous));
        acc.set(previous, (acc.get(previous) ?? 0) + x * weight.get(t));
      }
      previous = t;
      previousAt = p;
    }
  });
  let sum = 0;
  for (const [t, a] of acc) sum += Math.min(1, weight.get(t)) * saturated(a, length);
  return sum;
}

function reranked(bonus, lambda) {
  return (q) => {
    const hits = base.search(q.text, { k: 100 });
    const words = [...new Set(analyze(q.text))];
    if (words.length < 2) return hits.map((h) => h.id);
    return hits
      .map((h) => ({ id: h.id, score: h.score + lambda * bonus(words, fieldsOf(h.id)) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .map((h) => h.id);
  };
}

const proximity = {
  "BM25TP pairs within 5": (w, fields) => pairBonus(w, fields, 5),
  "adjacent pairs (ordered window 1)": (w, fields) => pairBonus(w, fields, 1),
  "neighbour pairs (Buettcher)": neighbourBonus,
};
for (const [name, bonus] of Object.entries(proximity)) {
  let best = { train: -1 };
  for (const lambda of [0.1, 0.25, 0.5, 1]) {
    const t = evaluate("train", reranked(bonus, lambda)).ndcg;
    if (t > best.train) best = { train: t, lambda };
  }
  row(`proximity: ${name}`, `weight ${best.lambda} (best on train)`, reranked(bonus, best.lambda));
}

// Cost: CPU seconds for the dev queries, search alone vs search + re-rank with fresh analysis of the candidates.
{
  const queries = splits.dev.queries;
  const time = (fn) => {
    const start = cpuSeconds();
    for (const q of queries) fn(q);
    return cpuSeconds() - start;
  };
  const fresh = (q) => {
    const hits = base.search(q.text, { k: 100 });
    const words = [...new Set(analyze(q.text))];
    for (const h of hits) pairBonus(words, [analyze(byId.get(h.id).title), analyze(byId.get(h.id).text)], 5);
  };
  const alone = (q) => base.search(q.text, { k: 100 });
  time(alone);
  time(fresh);
  const a = [];
  const r = [];
  for (let i = 0; i < 3; i++) {
    a.push(time(alone));
    r.push(time(fresh));
  }
  a.sort();
  r.sort();
  rows.push(`| proximity cost | dev queries per CPU second, search top 100 alone vs + re-rank (candidates analysed afresh) | ${Math.round(queries.length / a[1])} | ${Math.round(queries.length / r[1])} |`);
}

console.log("| idea | setting | train nDCG@10 | dev nDCG@10 |\n|---|---|--:|--:|");
for (const r of rows) console.log(r);
