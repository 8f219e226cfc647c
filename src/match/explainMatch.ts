import { describeSpecCheck } from "../specs/formatSpec.js";
import type { Match, MatchedTerm, ReadinessAssessment } from "./matchTypes.js";

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The words as written, never the index term: the query's word, and the record's when it differs ("coating" as "coatings"). */
function describeWords(t: MatchedTerm): string {
  const asked = t.inQuery[0]?.text;
  const found = t.inMatch[0]?.text;
  if (asked === undefined) return `"${found ?? t.term}"`;
  if (found === undefined || found.toLowerCase() === asked.toLowerCase()) return `"${asked}"`;
  return `"${asked}" as "${found}"`;
}

function describeTerm(t: MatchedTerm): string {
  const where = t.fields.map((f) => f.field).join("+");
  const base = `${describeWords(t)} in ${where} (${pct(t.share)})`;
  return t.bridge ? `${base} via ${t.bridge}` : base;
}

function describeReadiness(r: ReadinessAssessment): string {
  switch (r.status) {
    case "not-required":
      return r.resultTrl === undefined ? "no readiness required" : `TRL ${r.resultTrl}, no readiness required`;
    case "unknown":
      return `readiness of the result unknown (TRL ${r.requiredTrl} required)`;
    case "meets":
      return `TRL ${r.resultTrl} meets the required TRL ${r.requiredTrl}`;
    case "below": {
      const stages = r.stagesCrossed.length > 0 ? `, through ${r.stagesCrossed.join(" -> ")}` : "";
      const middle = r.crossesMiddle ? " (crosses the middle stage)" : "";
      const support = r.supportNeeded.length > 0 ? `; needs ${r.supportNeeded.join(", ")}` : "";
      return `TRL ${r.resultTrl} is ${r.levelsShort} level${r.levelsShort === 1 ? "" : "s"} below the required TRL ${r.requiredTrl}${stages}${middle}${support}`;
    }
  }
}

/**
 * One short English paragraph that says why a match was proposed: the strength and its band, the score split,
 * the top words as the two sides wrote them (with bridges spelled out), the readiness gap and, when the demand
 * states specs, each spec checked.
 * @example explain(matcher.matchDemand("d001")[0])
 * // 'r001: strong match (strength 0.72; score 6.12 = text 6.80 x readiness 0.90). Matched "brakes" as "brake" in title (31%), ...'
 */
export function explain(match: Match<unknown>, maxTerms = 5): string {
  const { parts, terms, readiness, band, specs } = match.explanation;
  const specFactor = specs.length > 0 ? ` x specs ${parts.specFit.toFixed(2)}` : "";
  const head = `${match.id}: ${band} match (strength ${match.strength.toFixed(2)}; score ${match.score.toFixed(2)} = text ${parts.text.toFixed(2)} x readiness ${parts.readinessFit.toFixed(2)}${specFactor}).`;
  const shown = terms.slice(0, maxTerms).map(describeTerm);
  const more = terms.length > maxTerms ? ` and ${terms.length - maxTerms} more` : "";
  const bridged = parts.bridged > 0 ? ` Bridged terms bring ${pct(parts.text > 0 ? parts.bridged / parts.text : 0)} of the text score.` : "";
  const specLine = specs.length > 0 ? ` Specs: ${specs.map(describeSpecCheck).join("; ")}.` : "";
  return `${head} Matched ${shown.join(", ")}${more}.${bridged} Readiness: ${describeReadiness(readiness)}.${specLine}`;
}
