// Ranking-quality measures for the bench: nDCG@k and Recall@k, defined as in trec_eval / BEIR
// (Järvelin & Kekäläinen 2002 for nDCG; Thakur et al. 2021, BEIR, for the NFCorpus protocol).
//   - gain of a judged document = its grade (trec_eval's linear gain, not 2^grade - 1);
//   - discount = log2(rank + 1) with rank starting at 1;
//   - the ideal ranking is built from ALL judged documents of the query, not only the retrieved ones;
//   - Recall@k counts documents with grade > 0 as relevant;
//   - only queries that have at least one relevant judgment are averaged; a judged query for which a
//     library returned nothing scores 0 (it is not dropped, so empty answers are not rewarded).
// Every library is scored by this one module, so differences come from the rankings, not the arithmetic.

/**
 * Parses a qrels TSV (query-id, doc-id, grade; an optional header line) into qid -> (docid -> grade).
 * @param {string} tsv
 * @returns {Map<string, Map<string, number>>}
 */
export function parseQrels(tsv) {
  const qrels = new Map();
  for (const line of tsv.split(/\r?\n/)) {
    const cells = line.trim().split(/\t|\s+/);
    if (cells.length < 3) continue;
    // BEIR files have "query-id corpus-id score"; TREC files have "qid 0 docid grade".
    const [qid, docid, gradeText] = cells.length >= 4 ? [cells[0], cells[2], cells[3]] : cells;
    const grade = Number(gradeText);
    if (!Number.isFinite(grade)) continue; // header line
    if (!qrels.has(qid)) qrels.set(qid, new Map());
    qrels.get(qid).set(docid, grade);
  }
  return qrels;
}

/** First occurrence of each id, in order: a run that repeats a document must not gain twice. */
function distinct(ids) {
  const seen = new Set();
  const out = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/**
 * nDCG@k of one ranked list against one query's graded judgments (linear gain, log2 discount).
 * @param {readonly string[]} rankedIds best first
 * @param {Map<string, number>} judgments docid -> grade
 * @param {number} k
 * @returns {number} in [0, 1]; 0 when the query has no document with a positive grade
 */
export function ndcgAtK(rankedIds, judgments, k) {
  const top = distinct(rankedIds).slice(0, k);
  let dcg = 0;
  top.forEach((id, index) => {
    const grade = judgments.get(id) ?? 0;
    if (grade > 0) dcg += grade / Math.log2(index + 2);
  });
  const idealGrades = [...judgments.values()].filter((g) => g > 0).sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  idealGrades.forEach((grade, index) => {
    idcg += grade / Math.log2(index + 2);
  });
  return idcg === 0 ? 0 : dcg / idcg;
}

/**
 * Recall@k: share of the query's relevant documents (grade > 0) found in the first k results.
 * @param {readonly string[]} rankedIds
 * @param {Map<string, number>} judgments
 * @param {number} k
 * @returns {number} in [0, 1]; 0 when the query has no relevant document
 */
export function recallAtK(rankedIds, judgments, k) {
  let relevant = 0;
  for (const grade of judgments.values()) if (grade > 0) relevant += 1;
  if (relevant === 0) return 0;
  let found = 0;
  for (const id of distinct(rankedIds).slice(0, k)) if ((judgments.get(id) ?? 0) > 0) found += 1;
  return found / relevant;
}

/**
 * Mean nDCG@ndcgK and Recall@recallK of a whole run over the queries that have relevant judgments.
 * @param {Map<string, readonly string[]>} run qid -> ranked doc ids
 * @param {Map<string, Map<string, number>>} qrels
 * @param {{ ndcgK?: number, recallK?: number }} [options]
 * @returns {{ ndcg: number, recall: number, queries: number, ndcgK: number, recallK: number }}
 */
export function evaluateRun(run, qrels, options = {}) {
  const ndcgK = options.ndcgK ?? 10;
  const recallK = options.recallK ?? 100;
  let ndcgSum = 0;
  let recallSum = 0;
  let queries = 0;
  for (const [qid, judgments] of qrels) {
    if (![...judgments.values()].some((g) => g > 0)) continue;
    const ranked = run.get(qid) ?? [];
    ndcgSum += ndcgAtK(ranked, judgments, ndcgK);
    recallSum += recallAtK(ranked, judgments, recallK);
    queries += 1;
  }
  return {
    ndcg: queries === 0 ? 0 : ndcgSum / queries,
    recall: queries === 0 ? 0 : recallSum / queries,
    queries,
    ndcgK,
    recallK,
  };
}
