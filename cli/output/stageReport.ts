import { analyzePortfolio, firstInvestmentShortlist, type Demand, type Matcher, type PortfolioAnalysis, type ResearchResult, type ShortlistEntry, type Support } from "techbroker";
import { terminalLine } from "./terminalText.js";

// Terminal columns: CJK characters take two cells, so labels such as "lab (实验室)" still line up.
const cells = (s: string): number => [...s].reduce((w, c) => w + (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/.test(c) ? 2 : 1), 0);
const pad = (s: string | number, n: number): string => `${s}${" ".repeat(Math.max(1, n - cells(String(s))))}`;

/** The stage view as text: results and supports per stage, the funding gap, stalls, and the shortlist. */
export function portfolioText(analysis: PortfolioAnalysis, shortlist: readonly ShortlistEntry[]): string {
  const out = ["", "Where results stall (stage-gap analysis)", "=======================================", ""];
  out.push(`${pad("stage", 34)}${pad("results", 9)}${pad("share", 8)}supports`);
  for (const s of analysis.stages) {
    const cov = analysis.coverage.find((c) => c.band.id === s.band.id);
    out.push(`${pad(terminalLine(s.band.label), 34)}${pad(s.count, 9)}${pad(`${(s.share * 100).toFixed(1)}%`, 8)}${cov?.supportIds.length ?? 0}`);
  }
  const uncovered = analysis.uncoveredStages.map((g) => `${g.stage} (TRL ${g.levels.join(", ")})`).join("; ");
  out.push("", `Funding gap (no support covers): ${terminalLine(uncovered) || "none"}`);
  out.push(`Stalled longer than the threshold: ${analysis.stalled.length} results`);
  out.push("", "First-investment shortlist (middle stage, strongest industrial pull)");
  for (const e of shortlist) {
    out.push(`  ${e.rank}. ${terminalLine(e.id)}  TRL ${e.trl}  ${terminalLine(e.title)}`);
    for (const reason of e.reasons) out.push(`       - ${terminalLine(reason)}`);
  }
  return out.join("\n");
}

/**
 * The middle-stage view of the demo: results and supports per stage, the funding gap, stalls, and the
 * first-investment shortlist. The pull threshold (strength 0.2, top 20) is the one examples/stage.ts explains.
 */
export function stageReport(matcher: Matcher, results: ResearchResult[], demands: Demand[], supports: Support[], now: string): string {
  const analysis = analyzePortfolio(results, { supports, demands, matcher, now, pullK: 20, pullMinStrength: 0.2 });
  return portfolioText(analysis, firstInvestmentShortlist(analysis, { limit: 5 }));
}
