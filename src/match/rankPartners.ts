import { describeBridge } from "../bridge/describeBridge.js";
import type { ExpandedQuery } from "../bridge/expandQuery.js";
import { MAX_K } from "../index/inputLimits.js";
import type { InvertedIndex } from "../index/invertedIndex.js";
import type { MatchedTerm, MatchExplanation, ReadinessAssessment } from "./matchTypes.js";

/** What ranking needs to know about one candidate besides its text score. */
export interface Candidate<T> {
  item: T;
  fit: number;
  readiness: ReadinessAssessment;
}

export interface RankRequest<T> {
  index: InvertedIndex;
  query: ExpandedQuery;
  k: number;
  minScore: number;
  accept?: (id: string) => boolean;
  candidate: (id: string) => Candidate<T>;
}

export interface Ranked<T> {
  id: string;
  item: T;
  score: number;
  explanation: MatchExplanation;
}

/**
 * Exact top-k of `text * fit`. Since fit <= 1, a document outside the first `m` text hits scores at most
 * the m-th text score; once that is below the k-th final score no unseen document can enter, otherwise
 * `m` grows. Usually one pass of 3k hits suffices.
 */
export function rankPartners<T>(req: RankRequest<T>): Ranked<T>[] {
  const { index, query, k } = req;
  let m = Math.max(30, 3 * k);
  // The index answers at most MAX_K hits. Past that (over 100,000 records whose text scores tie with the
  // k-th combined score) the top-k is taken from the best MAX_K text hits: exact in every case met so far.
  const most = Math.max(1, Math.min(index.size, MAX_K));
  for (;;) {
    m = Math.min(m, most);
    const hits = index.search(query.query, { k: m, filter: req.accept });
    const scored = hits.map((h) => ({ hit: h, c: req.candidate(h.id) })).map((x) => ({ ...x, score: x.hit.score * x.c.fit }));
    scored.sort((a, b) => b.score - a.score || (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0));
    const exhausted = hits.length < m || m >= most;
    const kth = scored.length >= k ? scored[k - 1].score : -Infinity;
    if (exhausted || hits[hits.length - 1].score < kth) {
      return scored
        .slice(0, k)
        .filter((s) => s.score >= req.minScore)
        .map((s) => ({ id: s.hit.id, item: s.c.item, score: s.score, explanation: explainHit(index, query, s.hit.id, s.hit.score, s.c) }));
    }
    m *= 4;
  }
}

function explainHit<T>(index: InvertedIndex, query: ExpandedQuery, id: string, text: number, c: Candidate<T>): MatchExplanation {
  const provenance = new Map<string, MatchedTerm["source"]>();
  const reasons = new Map<string, string>();
  for (const t of query.terms) {
    if (!provenance.has(t.term) || t.source === "query") provenance.set(t.term, t.source);
    if (t.source !== "query" && !reasons.has(t.term)) reasons.set(t.term, describeBridge(t));
  }
  const terms: MatchedTerm[] = index.explainScore(id, query.query).map((t) => {
    const source = provenance.get(t.term) ?? "query";
    return {
      term: t.term,
      score: t.score,
      share: text > 0 ? t.score / text : 0,
      fields: t.fields.map((f) => ({ field: f.field, score: f.score })),
      source,
      ...(source !== "query" ? { bridge: reasons.get(t.term) } : {}),
    };
  });
  terms.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  const bridged = terms.reduce((sum, t) => (t.source === "query" ? sum : sum + t.score), 0);
  return { parts: { text, bridged, readinessFit: c.fit }, terms, readiness: c.readiness };
}
