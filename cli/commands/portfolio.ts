import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { analyzePortfolio, firstInvestmentShortlist, Matcher, shortlistChartSvg, valleyChartSvg, type Demand, type Support } from "techbroker";
import type { Command } from "../commandLine.js";
import { CliInputError } from "../input/cliInputError.js";
import { INPUT_FORMATS } from "../input/inputFormat.js";
import { loadDemands, loadResults } from "../input/loadRecords.js";
import { loadSupports } from "../input/loadSupports.js";
import { portfolioText } from "../output/stageReport.js";
import { terminalSafeJson } from "../output/terminalText.js";
import { writeOutput } from "../output/writeOutput.js";

const FORMATS = ["table", "json"] as const;

/** `techbroker portfolio RESULTS [DEMANDS]`: where results stall, the funding gap, the shortlist, and SVG charts. */
export const portfolioCommand: Command = {
  name: "portfolio",
  summary: "Stage-gap analysis of a portfolio: results per stage, supports, the funding gap, stalls, the first-investment shortlist, SVG charts.",
  usage: "portfolio RESULTS [DEMANDS] [--supports F] [--svg-dir DIR] [--now DATE] [--limit N] [--format table|json] [--out F]",
  options: [
    { name: "supports", value: "FILE", help: "funds, programmes, pilot bases { id, name, kind, minTrl, maxTrl, budget?, region? }" },
    { name: "svg-dir", value: "DIR", help: "write valley.svg and shortlist.svg into DIR (created if missing)" },
    { name: "now", value: "DATE", help: '"today" for stall ages, YYYY-MM-DD (default: today)' },
    { name: "limit", value: "N", help: "shortlist length, 1-100 (default 10)" },
    { name: "pull-min-strength", value: "S", help: "weakest match (strength 0-1) that counts as demand pull (default 0.2, partial)" },
    { name: "format", value: "F", help: "table (default) or json" },
    { name: "out", value: "FILE", help: "write to FILE instead of stdout" },
    { name: "input-format", value: "F", help: "json, jsonl or csv for the input files (default: by extension)" },
  ],
  positionals: { min: 1, max: 2 },
  details: "With DEMANDS, each result's demand pull (its matches among the demands) ranks the shortlist.",
  run(line, io) {
    const format = line.choice("format", FORMATS, "table");
    const limit = line.integer("limit", 1, 100, 10);
    const pullMinStrength = line.number("pull-min-strength") ?? 0.2;
    if (!(pullMinStrength >= 0 && pullMinStrength <= 1)) throw line.usageError(`--pull-min-strength must be a number from 0 to 1, got ${pullMinStrength}`);
    const now = line.string("now") ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(now)) throw line.usageError(`--now must be a date YYYY-MM-DD, got "${now}"`);
    const inputFormat = line.has("input-format") ? line.choice("input-format", INPUT_FORMATS, "json") : undefined;
    // Every input is read and checked before any analysis or output.
    const results = loadResults(line.positionals[0], inputFormat);
    const demands: Demand[] | undefined = line.positionals[1] === undefined ? undefined : loadDemands(line.positionals[1], inputFormat);
    const supportsFile = line.string("supports");
    const supports: Support[] = supportsFile === undefined ? [] : loadSupports(supportsFile, inputFormat);
    let pull = {};
    if (demands !== undefined) {
      const matcher = new Matcher();
      matcher.addResults(results);
      matcher.addDemands(demands);
      pull = { demands, matcher, pullK: 20, pullMinStrength };
    }
    const analysis = analyzePortfolio(results, { supports, now, ...pull });
    const shortlist = firstInvestmentShortlist(analysis, { limit });
    const svgDir = line.string("svg-dir");
    if (svgDir !== undefined) {
      const files: [string, string][] = [
        ["valley.svg", valleyChartSvg(analysis)],
        ["shortlist.svg", shortlistChartSvg(shortlist)],
      ];
      try {
        mkdirSync(svgDir, { recursive: true });
      } catch {
        throw new CliInputError(svgDir, ["cannot create the folder for the charts"]);
      }
      for (const [name, svg] of files) writeOutput(io, join(svgDir, name), [svg]);
    }
    const text =
      format === "json"
        ? `${terminalSafeJson(JSON.stringify({ analysis, shortlist }, null, 2))}\n`
        : `${portfolioText(analysis, shortlist).replace(/^\n/, "")}\n${svgDir === undefined ? "" : `\nCharts: ${join(svgDir, "valley.svg")}, ${join(svgDir, "shortlist.svg")}\n`}`;
    writeOutput(io, line.string("out"), [text]);
  },
};
