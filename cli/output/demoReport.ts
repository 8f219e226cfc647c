import { explain, type Demand, type Match, type Matcher, type ResearchResult } from "techbroker";
import { teamsLine, trlOf, wrap } from "./matchTable.js";

/** Plain data for `--json`: what a program needs to render a match. */
export function matchToJson(m: Match<ResearchResult | Demand>): object {
  return {
    id: m.id,
    title: m.item.title,
    score: m.score,
    parts: m.explanation.parts,
    terms: m.explanation.terms.map((t) => ({ term: t.term, share: t.share, fields: t.fields.map((f) => f.field), source: t.source, bridge: t.bridge })),
    readiness: m.explanation.readiness,
    explanation: explain(m),
  };
}

const rule = (title: string): string => `\n${title}\n${"=".repeat(Math.min(100, title.length))}`;

/** A readable terminal report of matches both ways. */
export function textReport(matcher: Matcher, demandIds: string[], resultIds: string[], k: number): string {
  const out: string[] = [];
  out.push(`techbroker demo: ${matcher.resultCount} research results, ${matcher.demandCount} demands`);
  const section = (heading: string, matches: Match<ResearchResult | Demand>[]): void => {
    out.push(heading);
    for (const m of matches) {
      out.push(`  ${m.score.toFixed(2).padStart(6)}  ${m.id}  ${m.item.title} (${trlOf(m.item)})`);
      out.push(wrap(explain(m, 4), "          "));
    }
  };
  out.push(rule("Demand -> research results (production after ordering)"));
  for (const id of demandIds) {
    const d = matcher.getDemand(id)!;
    section(`\n[${d.id}] ${d.title} (${d.company ?? "?"}, ${trlOf(d)})`, matcher.matchDemand(id, { k }));
    const teams = teamsLine(matcher.matchInstitutions(id, { k: 3 }));
    if (teams) out.push(teams);
  }
  out.push(rule("Research result -> demands (a lab looking for buyers)"));
  for (const id of resultIds) {
    const r = matcher.getResult(id)!;
    section(`\n[${r.id}] ${r.title} (${r.institution ?? "?"}, ${trlOf(r)})`, matcher.matchResult(id, { k }));
  }
  return out.join("\n");
}
