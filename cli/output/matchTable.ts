import { explain, type Demand, type ResearchResult, type Team } from "techbroker";
import type { QueryMatches } from "./matchRows.js";
import { terminalLine } from "./terminalText.js";

/** Wrap words to `width` columns with an indent (explanations are long single lines). */
export function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line.length + w.length + 1 > width - indent.length && line.length > 0) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}

/** `TRL 5`, `needs TRL 6` or `TRL ?`. */
export function trlOf(x: ResearchResult | Demand): string {
  return "trl" in x && x.trl !== undefined ? `TRL ${x.trl}` : "minTrl" in x && x.minTrl !== undefined ? `needs TRL ${x.minTrl}` : "TRL ?";
}

/** "  teams to call: A (0.42: r1, r2); B (…)", or "" when there is no team. Names pass {@link terminalLine}. */
export function teamsLine(teams: readonly Team[]): string {
  if (teams.length === 0) return "";
  const named = teams.map((t) => `${terminalLine(t.institution)} (${t.score.toFixed(2)}: ${t.results.map((m) => terminalLine(m.id)).join(", ")})`);
  return `  teams to call: ${named.join("; ")}`;
}

function owner(x: ResearchResult | Demand): string {
  return ("institution" in x ? x.institution : "company" in x ? x.company : undefined) ?? "?";
}

/**
 * The readable table of the `match` command for one query: a heading line, then one line per match
 * (rank, score, id, title) and its wrapped explanation. Every text from the records goes through
 * {@link terminalLine}: a title cannot steer the terminal.
 */
export function matchTableBlock(q: QueryMatches): string {
  const arrow = q.direction === "demand-to-result" ? "demand -> results" : "result -> demands";
  const out = [`[${terminalLine(q.query.id)}] ${terminalLine(q.query.title)} (${terminalLine(owner(q.query))}, ${trlOf(q.query)})  ${arrow}`];
  if (q.matches.length === 0) out.push("  no match");
  q.matches.forEach((m, i) => {
    out.push(`  ${String(q.firstRank + i).padStart(3)}. ${m.strength.toFixed(2)} ${m.explanation.band.padEnd(7)} ${m.score.toFixed(2).padStart(6)}  ${terminalLine(m.id)}  ${terminalLine(m.item.title)} (${trlOf(m.item)})`);
    out.push(wrap(terminalLine(explain(m, 4)), "           "));
  });
  const teams = teamsLine(q.teams ?? []);
  if (teams) out.push(teams);
  return `${out.join("\n")}\n`;
}
