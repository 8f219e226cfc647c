import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Matcher, type Support } from "techbroker";
import type { Command, ParsedLine } from "../commandLine.js";
import { loadLexicon } from "../input/loadLexicon.js";
import { loadDemands, loadResults } from "../input/loadRecords.js";
import { loadSupports } from "../input/loadSupports.js";
import { matchToJson, textReport } from "../output/demoReport.js";
import { stageReport } from "../output/stageReport.js";
import { terminalBlock, terminalSafeJson } from "../output/terminalText.js";

function sampleFiles(line: ParsedLine): [string, string, string] {
  for (const dir of [join(process.cwd(), "examples", "data"), join(__dirname, "..", "examples", "data")]) {
    const r = join(dir, "results.json");
    const d = join(dir, "demands.json");
    if (existsSync(r) && existsSync(d)) return [r, d, join(dir, "supports.json")];
  }
  throw line.usageError("no files given and the sample data (examples/data/) is not here: it ships with the repository, not the npm package");
}

function pick(line: ParsedLine, given: string | undefined, fallback: string[], known: (id: string) => boolean, what: string): string[] {
  const ids = given === undefined ? fallback : given.split(",");
  const unknown = ids.filter((id) => !known(id));
  if (unknown.length > 0) throw line.usageError(`unknown ${what} id(s): ${unknown.join(", ")}`);
  return ids;
}

/** `techbroker demo`: a short tour of the sample data (a few matches both ways, then the stage analysis). */
export const demoCommand: Command = {
  name: "demo",
  summary: "A short tour: a few matches both ways with explanations, then the stage-gap analysis.",
  usage: "demo [RESULTS DEMANDS] [--lexicon F] [--supports F] [--now YYYY-MM-DD] [--json] [--k N] [--demands id,id] [--results id,id]",
  options: [
    { name: "lexicon", value: "FILE", help: "lexicon JSON: business-to-lab bridges" },
    { name: "supports", value: "FILE", help: "supports (funds, programmes, pilot bases) for the stage analysis" },
    { name: "now", value: "DATE", help: '"today" for stall ages (default: today)' },
    { name: "json", help: "machine-readable matches instead of the report" },
    { name: "k", value: "N", help: "matches shown per record, 1-100 (default 3)" },
    { name: "demands", value: "IDS", help: "comma-separated demand ids to show" },
    { name: "results", value: "IDS", help: "comma-separated result ids to show" },
  ],
  positionals: { min: 0, max: 2 },
  details: "Without files it uses the sample data in examples/data/ (present in a clone of the repository), and its\nsupports.json for the stage analysis. For all records, use `techbroker match`.",
  run(line, io) {
    const k = line.integer("k", 1, 100, 3);
    if (line.positionals.length === 1) throw line.usageError("give both a results file and a demands file, or neither");
    const [resultsFile, demandsFile, sampleSupports] =
      line.positionals.length === 2 ? [line.positionals[0], line.positionals[1], undefined] : sampleFiles(line);
    const supportsArg = line.string("supports");
    const supportsFile = supportsArg ?? (sampleSupports && existsSync(sampleSupports) ? sampleSupports : undefined);
    const now = line.string("now") ?? new Date().toISOString().slice(0, 10);
    // Every input is read and checked before anything is printed.
    const results = loadResults(resultsFile);
    const demands = loadDemands(demandsFile);
    const lexiconFile = line.string("lexicon");
    const matcher = new Matcher(lexiconFile ? { bridges: { lexicon: loadLexicon(resolve(lexiconFile)) } } : {});
    const supports: Support[] | undefined = supportsFile && !line.has("json") ? loadSupports(supportsFile) : undefined;
    matcher.addResults(results);
    matcher.addDemands(demands);
    // A few demands and results to show: the first ones, plus the first Chinese one of each if any.
    const firstZh = <T extends { id: string; language?: string }>(xs: T[]): string[] => xs.filter((x) => x.language === "zh").slice(0, 1).map((x) => x.id);
    const demandIds = pick(line, line.string("demands"), [...new Set([...demands.slice(0, 2).map((d) => d.id), ...firstZh(demands)])], (id) => matcher.getDemand(id) !== undefined, "demand");
    const resultIds = pick(line, line.string("results"), [...new Set([...results.slice(0, 1).map((r) => r.id), ...firstZh(results)])], (id) => matcher.getResult(id) !== undefined, "result");
    if (line.has("json")) {
      const report = {
        results: results.length,
        demands: demands.length,
        demandToResults: demandIds.map((id) => ({ demand: id, matches: matcher.matchDemand(id, { k }).map(matchToJson) })),
        resultToDemands: resultIds.map((id) => ({ result: id, matches: matcher.matchResult(id, { k }).map(matchToJson) })),
      };
      io.out(`${terminalSafeJson(JSON.stringify(report, null, 2))}\n`);
      return;
    }
    let text = textReport(matcher, demandIds, resultIds, k);
    if (supports) text += `\n${stageReport(matcher, results, demands, supports, now)}`;
    io.out(`${terminalBlock(text)}\n`);
  },
};
