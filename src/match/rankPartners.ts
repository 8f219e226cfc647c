import { describeBridge } from "../bridge/describeBridge.js";
import type { ExpandedQuery } from "../bridge/expandQuery.js";
import { MAX_K } from "../postings/inputLimits.js";
import type { InvertedIndex } from "../postings/invertedIndex.js";
import type { Analyzer } from "../text/analyzer.js";
import { attainableScore, strengthBand, strengthCredit, strengthOf } from "./matchStrength.js";
import { PAST_MATCH_WEIGHT, type PastSupport } from "./pastMatches.js";
import type { TermContribution } from "../postings/invertedIndex.js";
import type { SpecCheck } from "../specs/compareSpecs.js";
import type { MatchedTerm, MatchExplanation, ReadinessAssessment } from "./matchTypes.js";
import { surfaceForms, type NamedText, type SurfaceForm } from "./surfaceForms.js";

/** The factors of a returned match, for its explanation. */
export interface FitParts {
  readinessFit: number;
  specFit: number;
  specs: SpecCheck[];
}

export interface RankRequest<T> {
  index: InvertedIndex;
  query: ExpandedQuery;
  k: number;
  /** Matches to skip before the `k` returned (paging); the top `k + offset` are ranked exactly. Default 0. */
  offset?: number;
  minScore: number;
  /** Drop matches of lower strength, in [0, 1]. */
  minStrength: number;
  accept?: (id: string) => boolean;
  /** The stored record behind an id. */
  item: (id: string) => T;
  /** The whole fit factor in [0, 1] of a record (readiness × specs): needed for every hit, so kept cheap. */
  fit: (item: T) => number;
  /** The fit split into its factors, with the spec checks: only built for the matches returned. Default: all readiness. */
  parts?: (item: T) => FitParts;
  /** The readiness part of the explanation: only built for the matches returned. */
  readiness: (item: T) => ReadinessAssessment;
  /** The analyzer of the index, to find where matched terms were written. */
  analyzer: Analyzer;
  /** The query's text fields, as written. */
  queryTexts: readonly NamedText[];
  /** Results backed by similar past demands (`PastMatches.supportFor`); each gains pastWeight x support x attainable. */
  pastSupport?: ReadonlyMap<string, PastSupport>;
  /** Strength of full past-match support; default PAST_MATCH_WEIGHT. */
  pastWeight?: number;
  /** A record's text fields, as written. */
  texts: (item: T) => readonly NamedText[];
}

export interface Ranked<T> {
  id: string;
  item: T;
  score: number;
  strength: number;
  explanation: MatchExplanation;
}

/**
 * Exact top-k of `text * fit`. Since fit <= 1, a document outside the first `m` text hits scores at most
 * the m-th text score; once that is below the k-th final score no unseen document can enter, otherwise
 * `m` grows fourfold. Usually one pass of 3k hits suffices.
 */
export function rankPartners<T>(req: RankRequest<T>): Ranked<T>[] {
  const { index, query, offset = 0 } = req;
  const k = req.k + offset; // rank the whole top up to the end of the page, return only the page
  let m = Math.max(30, 3 * k);
  // The index answers at most MAX_K hits. Past that (over 100,000 records whose text scores tie with the
  // k-th combined score) the top-k is taken from the best MAX_K text hits: exact in every case met so far.
  const most = Math.max(1, Math.min(index.size, MAX_K));
  const attainable = attainableScore(index, query.terms.filter((t) => t.source === "query"));
  const past = pastBoosts(req, attainable);
  for (;;) {
    m = Math.min(m, most);
    const hits = index.search(query.query, { k: m, filter: req.accept });
    const scored = hits.map((hit) => candidate(req, hit.id, hit.score, past.get(hit.id) ?? 0));
    // Results backed by past matches compete whatever their text score: they are few (the votes of a few past demands).
    const seen = new Set(hits.map((h) => h.id));
    for (const [id, boost] of past) if (!seen.has(id)) scored.push(candidate(req, id, textScore(index, id, query), boost));
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const exhausted = hits.length < m || m >= most;
    const kth = scored.length >= k ? scored[k - 1].score : -Infinity;
    // Any other record scores at most the last hit's text score (fit <= 1, no past-match boost).
    if (exhausted || hits[hits.length - 1].score < kth) {
      const origin = termOrigins(query);
      const kept = scored
        .slice(offset, k)
        .map((s) => {
          const evidence = s.text > 0 ? index.explainScore(s.id, query.query) : [];
          const credit = strengthCredit(index, query, evidence, s.text) + s.boost;
          return { ...s, evidence, strength: strengthOf(credit * s.fit, attainable) };
        })
        .filter((s) => s.score >= req.minScore && s.strength >= req.minStrength);
      if (kept.length === 0) return [];
      const queryForms = surfaceForms(req.analyzer, req.queryTexts, new Set(query.terms.filter((t) => t.source === "query").map((t) => t.term)));
      return kept.map((s) => ({
        id: s.id,
        item: s.item,
        score: s.score,
        strength: s.strength,
        explanation: explainHit(
          { query, origin, queryForms, analyzer: req.analyzer, texts: req.texts(s.item) },
          s,
          req.parts ? req.parts(s.item) : { readinessFit: s.fit, specFit: 1, specs: [] },
          req.readiness(s.item),
          req.pastSupport?.get(s.id)?.demand,
        ),
      }));
    }
    m *= 4;
  }
}

interface Candidate<T> {
  id: string;
  item: T;
  /** BM25F text score. */
  text: number;
  /** Added by past matches, in text-score units. */
  boost: number;
  fit: number;
  /** (text + boost) x fit. */
  score: number;
}

function candidate<T>(req: RankRequest<T>, id: string, text: number, boost: number): Candidate<T> {
  const item = req.item(id);
  const fit = req.fit(item);
  return { id, item, text, boost, fit, score: (text + boost) * fit };
}

/** Boost per result backed by past matches, limited to records in the index that pass the filter. */
function pastBoosts<T>(req: RankRequest<T>, attainable: number): Map<string, number> {
  const out = new Map<string, number>();
  if (!req.pastSupport || !(attainable > 0)) return out;
  for (const [id, { support }] of req.pastSupport) {
    if (!req.index.has(id) || (req.accept && !req.accept(id))) continue;
    out.set(id, (req.pastWeight ?? PAST_MATCH_WEIGHT) * support * attainable);
  }
  return out;
}

/** The text score of one record, summed in query order as search sums it. */
function textScore(index: InvertedIndex, id: string, query: ExpandedQuery): number {
  let sum = 0;
  for (const t of index.explainScore(id, query.query)) sum += t.score;
  return sum;
}

interface TermOrigin {
  source: MatchedTerm["source"];
  bridge?: string;
}

/** Where each query term came from (the user's words, or which bridge), computed once per query. */
function termOrigins(query: ExpandedQuery): Map<string, TermOrigin> {
  const origin = new Map<string, TermOrigin>();
  // Bridges never add a term the user wrote, and the first bridge listed for a term is its strongest.
  for (const t of query.terms) if (!origin.has(t.term)) origin.set(t.term, t.source === "query" ? { source: "query" } : { source: t.source, bridge: describeBridge(t) });
  return origin;
}

/** What every explanation of one query shares. */
interface QueryContext {
  query: ExpandedQuery;
  origin: Map<string, TermOrigin>;
  /** Where the query wrote each of its own terms. */
  queryForms: Map<string, SurfaceForm[]>;
  analyzer: Analyzer;
  /** The matched record's text fields. */
  texts: readonly NamedText[];
}

/** The explanation of one returned match: score parts, matched terms with fields, shares, origins and words as written. */
function explainHit(
  ctx: QueryContext,
  hit: { text: number; boost: number; strength: number; evidence: readonly TermContribution[] },
  fit: FitParts,
  readiness: ReadinessAssessment,
  pastDemand: string | undefined,
): MatchExplanation {
  const { text, evidence } = hit;
  const matchForms = surfaceForms(ctx.analyzer, ctx.texts, new Set(evidence.map((t) => t.term)));
  const terms: MatchedTerm[] = evidence.map((t) => {
    const { source, bridge } = ctx.origin.get(t.term) ?? { source: "query" as const };
    return {
      term: t.term,
      inQuery: source === "query" ? (ctx.queryForms.get(t.term) ?? []) : [],
      inMatch: matchForms.get(t.term) ?? [],
      score: t.score,
      share: text > 0 ? t.score / text : 0,
      fields: t.fields.map((f) => ({ field: f.field, score: f.score })),
      source,
      ...(source !== "query" ? { bridge } : {}),
    };
  });
  terms.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  const bridged = terms.reduce((sum, t) => (t.source === "query" ? sum : sum + t.score), 0);
  return {
    band: strengthBand(hit.strength),
    parts: { text, bridged, pastMatch: hit.boost, readinessFit: fit.readinessFit, specFit: fit.specFit },
    terms,
    readiness,
    specs: fit.specs,
    ...(hit.boost > 0 && pastDemand !== undefined ? { pastDemand } : {}),
  };
}
