/**
 * Stage-gap analysis on the sample data: where results stall between lab and production, which stages the
 * region's supports leave uncovered, and which middle-stage results a first-investment fund should look at first.
 *
 *   npm run example -- stage          # or, after `npx tsup`: npx tsx examples/stage.ts
 *
 * Prints tables and writes examples/out/valley.svg and examples/out/shortlist.svg.
 * Demand pull comes from the Matcher: it satisfies the DemandPullSource interface the portfolio analysis asks for.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  analyzePortfolio,
  firstInvestmentShortlist,
  inferReadiness,
  Matcher,
  shortlistChartSvg,
  stageGap,
  valleyChartSvg,
  type Demand,
  type ResearchResult,
  type Support,
} from "techbroker";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, "data");
const outDir = join(here, "out");

const load = <T>(name: string): T => JSON.parse(readFileSync(join(dataDir, `${name}.json`), "utf8")) as T;

// Terminal columns: CJK characters take two cells, so labels such as "lab (实验室)" still line up.
const cells = (s: string): number => [...s].reduce((w, c) => w + (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/.test(c) ? 2 : 1), 0);
function pad(s: string | number, n: number): string {
  const str = String(s);
  return `${str}${" ".repeat(Math.max(1, n - cells(str)))}`;
}

const results = load<ResearchResult[]>("results");
const demands = load<Demand[]>("demands");
const supports = load<Support[]>("supports");
const now = "2026-11-23";
console.log(`${results.length} results, ${demands.length} demands, ${supports.length} supports (now = ${now})\n`);

// 1. Inference on one record, to show the evidence.
const sample = results.find((r) => r.language === "zh") ?? results[0];
if (sample) {
  const est = inferReadiness(`${sample.title}. ${sample.summary}`, { now });
  console.log(`inferReadiness(${sample.id}): TRL ${est.trl} (${est.band}), confidence ${est.confidence}, label TRL ${sample.trl}`);
  for (const e of est.evidence) console.log(`  [${e.start}-${e.end}] "${e.phrase}" -> TRL ${e.trl} ${e.polarity}${e.explicit ? " (stated)" : ""}`);
  console.log("");
}

// 2. One stage gap.
if (results.length > 0 && demands.length > 0) {
  const r = results.find((x) => x.trl === 4) ?? results[0];
  const d = demands.find((x) => (x.minTrl ?? 0) >= 7) ?? demands[0];
  const move = stageGap(r, d);
  console.log(`stageGap(${r.id} TRL ${r.trl} -> ${d.id} minTrl ${d.minTrl}): ${move.levels} levels, crosses [${move.stagesCrossed.join(", ")}], middle crossed: ${move.crossesMiddle}`);
  console.log(`  support needed: ${move.supportNeeded.map((k) => k.id).join(", ")}\n`);
}

// 3. Portfolio.
const matcher = new Matcher();
matcher.addResults(results);
matcher.addDemands(demands);
// Match strength is on a fixed scale in [0, 1]; 0.2 (the default) is the lower limit of a "partial" match, the bar for
// "a demand pulls on this result" (README, "Match strength", has the precision per band on labelled pairs).
const analysis = analyzePortfolio(results, { supports, demands, matcher, now, pullK: 20, pullMinStrength: 0.2 });
console.log("stage                           results  share  supports  uncovered TRL");
for (const s of analysis.stages) {
  const cov = analysis.coverage.find((c) => c.band.id === s.band.id)!;
  console.log(`${pad(s.band.label, 32)}${pad(s.count, 9)}${pad((s.share * 100).toFixed(1) + "%", 7)}${pad(cov.supportIds.length, 10)}${cov.uncoveredLevels.join(", ") || "-"}`);
}
console.log(`\nresults per TRL 1-9:  ${analysis.resultsPerLevel.join(" ")}`);
console.log(`supports per TRL 1-9: ${analysis.supportsPerLevel.join(" ")}`);
console.log(`funding gap: ${analysis.uncoveredStages.map((g) => `${g.stage} (TRL ${g.levels.join(", ")})`).join("; ") || "none"}`);
console.log(`stalled (> threshold in one stage): ${analysis.stalled.length}; longest: ${analysis.stalled.slice(0, 5).map((s) => `${s.id} ${s.stage} ${s.daysInStage}d`).join(", ")}`);

// 4. Shortlist.
const shortlist = firstInvestmentShortlist(analysis, { limit: 10 });
console.log("\nFirst-investment shortlist");
for (const e of shortlist) {
  console.log(`${pad(e.rank, 3)}${pad(e.id, 6)}${pad(e.score.toFixed(3), 7)}TRL ${e.trl}  ${e.title}`);
  for (const reason of e.reasons) console.log(`          - ${reason}`);
}

// 5. Charts.
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "valley.svg"), valleyChartSvg(analysis));
writeFileSync(join(outDir, "shortlist.svg"), shortlistChartSvg(shortlist));
console.log(`\nwrote ${join("examples", "out", "valley.svg")} and ${join("examples", "out", "shortlist.svg")}`);
