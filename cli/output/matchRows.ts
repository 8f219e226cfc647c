import { explain, type Demand, type Match, type ResearchResult, type Team } from "techbroker";

/** The matches of one query record (a demand, or a result), as the `match` command prints them. */
export interface QueryMatches {
  readonly direction: "demand-to-result" | "result-to-demand";
  readonly query: ResearchResult | Demand;
  /** Rank of the first match (1, or the page's offset + 1). */
  readonly firstRank: number;
  readonly matches: readonly Match<ResearchResult | Demand>[];
  /** For a demand in the table format: the institutions to call (`Matcher.matchInstitutions`). */
  readonly teams?: readonly Team[];
}

/** Matched terms in one cell, as the matched record wrote them: `brakes 31% title; heat sink 12% summary (lexicon)`. */
function termsText(m: Match<unknown>): string {
  return m.explanation.terms
    .map((t) => {
      const word = t.inMatch[0]?.text ?? t.term; // the index term is a stem ("replac"): show the words people wrote
      return `${word} ${(t.share * 100).toFixed(0)}% ${t.fields.map((f) => f.field).join("+")}${t.source === "query" ? "" : ` (${t.source})`}`;
    })
    .join("; ");
}

/** Column names of the CSV output, in order. */
export const CSV_COLUMNS = [
  "direction", "query_id", "query_title", "rank", "match_id", "match_title", "strength", "band", "score", "text_score", "bridged_score",
  "readiness_fit", "spec_fit", "readiness", "trl_levels_short", "terms", "explanation",
] as const;

/** The CSV cells of one match, in {@link CSV_COLUMNS} order. Scores keep full precision. */
export function csvCells(q: QueryMatches, m: Match<ResearchResult | Demand>, rank: number): (string | number)[] {
  const { parts, readiness } = m.explanation;
  return [
    q.direction, q.query.id, q.query.title, rank, m.id, m.item.title, m.strength, m.explanation.band, m.score, parts.text, parts.bridged,
    parts.readinessFit, parts.specFit, readiness.status, readiness.levelsShort, termsText(m), explain(m),
  ];
}

/** One JSON Lines object per match: every score part, the matched terms and the explanation. */
export function jsonRecord(q: QueryMatches, m: Match<ResearchResult | Demand>, rank: number): object {
  return {
    direction: q.direction,
    query: { id: q.query.id, title: q.query.title },
    rank,
    id: m.id,
    title: m.item.title,
    strength: m.strength,
    band: m.explanation.band,
    score: m.score,
    parts: m.explanation.parts,
    readiness: m.explanation.readiness,
    specs: m.explanation.specs,
    terms: m.explanation.terms.map((t) => ({
      term: t.term,
      written: t.inMatch[0]?.text,
      share: t.share,
      fields: t.fields.map((f) => f.field),
      source: t.source,
      bridge: t.bridge,
    })),
    explanation: explain(m),
  };
}
