// Types for the bench's evaluation module (plain .mjs so that the bench runs under Node without a build).
/** Parses a qrels TSV into qid -> (docid -> grade). */
export function parseQrels(tsv: string): Map<string, Map<string, number>>;
/** nDCG@k with linear gain and log2 discount; ideal ranking from all judged documents. */
export function ndcgAtK(rankedIds: readonly string[], judgments: Map<string, number>, k: number): number;
/** Share of relevant (grade > 0) documents found in the first k results. */
export function recallAtK(rankedIds: readonly string[], judgments: Map<string, number>, k: number): number;
/** Mean nDCG and Recall over the queries that have at least one relevant judgment. */
export function evaluateRun(
  run: Map<string, readonly string[]>,
  qrels: Map<string, Map<string, number>>,
  options?: { ndcgK?: number; recallK?: number },
): { ndcg: number; recall: number; queries: number; ndcgK: number; recallK: number };
