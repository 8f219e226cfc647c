import { validate } from "../validation/checkShape.js";
import { aFunction, custom, integer, object, optional } from "../validation/shapes.js";
import type { ResearchResult } from "../schema/types.js";
import type { Match, ResultFilter } from "./matchTypes.js";

/** Options of `Matcher.matchInstitutions`. */
export interface TeamOptions {
  /** How many teams, 1..1000. Default 10. */
  k?: number;
  /** How many top results are read as evidence, 1..1000. Default 100. */
  depth?: number;
  /** How many of a team's results count towards its score and are shown, 1..100. Default 3. */
  perTeam?: number;
  filter?: ResultFilter;
  /** The team a result belongs to. Default: its `institution` (trimmed); results without one are left out. */
  key?: (result: ResearchResult) => string | undefined;
}

/** An institution (or whatever `key` groups by) with the evidence for calling it. */
export interface Team {
  /** The group key: the institution's name by default. */
  institution: string;
  /** Its share of the evidence in [0, 1]: the sum of p(result | demand) over its best `perTeam` results. */
  score: number;
  /** How many of its results are among the `depth` results read. */
  resultCount: number;
  /** Its best results (at most `perTeam`), best first, each with its explanation. */
  results: Match<ResearchResult>[];
}

export interface ResolvedTeamOptions {
  k: number;
  depth: number;
  perTeam: number;
  key: (result: ResearchResult) => string | undefined;
}

const defaultKey = (r: ResearchResult): string | undefined => {
  const name = r.institution?.trim();
  return name ? name : undefined;
};

/** The description of `matchInstitutions` options; the filter's own keys are checked by the match itself. */
export const teamOptionsShape = object(
  {
    k: optional(integer(1, 1000, "How many teams. Default 10.")),
    depth: optional(integer(1, 1000, "How many top results are read as evidence. Default 100.")),
    perTeam: optional(integer(1, 100, "How many of a team's results count and are shown. Default 3.")),
    filter: optional(custom("a filter object", (x): x is object => typeof x === "object" && x !== null)),
    key: optional(aFunction),
  },
  { expected: "an options object" },
);

/** Validate team options (unknown keys rejected, with did-you-mean). */
export function resolveTeamOptions(options: TeamOptions): ResolvedTeamOptions {
  const clean = validate(teamOptionsShape, options, { root: "", context: "matchInstitutions" });
  const key = (clean.key as TeamOptions["key"] | undefined) ?? defaultKey;
  return { k: clean.k ?? 10, depth: clean.depth ?? 100, perTeam: clean.perTeam ?? 3, key };
}

/**
 * Rank teams by the evidence of their results, after the document-centric expert-finding model of
 * Balog, Azzopardi and de Rijke (2006, "Model 2"): score(team) = Σ p(d | q) · p(team | d) over the top
 * results d, with p(d | q) = score(d) / Σ score over the `depth` results read, and p(team | d) = 1 for the
 * result's own team. Only a team's best `perTeam` results count (a capped sum), so a team is not lifted
 * by a long tail of weak results. Ties break by name.
 */
export function rankTeams(matches: readonly Match<ResearchResult>[], options: ResolvedTeamOptions): Team[] {
  const total = matches.reduce((sum, m) => sum + (m.score > 0 ? m.score : 0), 0);
  const teams = new Map<string, Team>();
  for (const m of matches) {
    const name = options.key(m.item);
    if (typeof name !== "string" || name === "") continue;
    let team = teams.get(name);
    if (team === undefined) {
      team = { institution: name, score: 0, resultCount: 0, results: [] };
      teams.set(name, team);
    }
    team.resultCount++;
    // Matches arrive best first, so the first `perTeam` of a team are its best.
    if (team.results.length < options.perTeam) {
      team.results.push(m);
      if (total > 0 && m.score > 0) team.score += m.score / total;
    }
  }
  return [...teams.values()]
    .sort((a, b) => b.score - a.score || (a.institution < b.institution ? -1 : a.institution > b.institution ? 1 : 0))
    .slice(0, options.k);
}
