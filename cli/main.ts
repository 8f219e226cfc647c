// `techbroker demo [results.json demands.json] [--lexicon file] [--supports file] [--now date] [--json] [--k N] [--demands id,id] [--results id,id]`
// Node-only command line around the library; everything it matches with comes from src/index.ts.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Matcher, parseLexicon, TechbrokerError, type Support } from "../src/index.js";
import { matchToJson, textReport } from "./demoReport.js";
import { stageReport } from "./stageReport.js";
import { loadDemands, loadResults } from "./loadRecords.js";
import { readJsonFile } from "./readJsonFile.js";

const USAGE = `usage: techbroker demo [results.json demands.json] [--lexicon lexicon.json] [--supports supports.json] [--now YYYY-MM-DD]
                       [--json] [--k N] [--demands id,id] [--results id,id]
  Without files it uses the sample data in examples/data/ (present in a clone of the repository), and its
  supports.json for the stage analysis. --now sets "today" for stall ages (default: today).`;

interface Args {
  files: string[];
  json: boolean;
  k: number;
  lexicon?: string;
  supports?: string;
  now: string;
  demands?: string[];
  results?: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false, k: 3, now: new Date().toISOString().slice(0, 10) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--json") args.json = true;
    else if (a === "--k") args.k = Number(value());
    else if (a === "--lexicon") args.lexicon = value();
    else if (a === "--supports") args.supports = value();
    else if (a === "--now") args.now = value();
    else if (a === "--demands") args.demands = value().split(",");
    else if (a === "--results") args.results = value().split(",");
    else if (a === "--help" || a === "-h") throw new Error(USAGE);
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else args.files.push(a);
  }
  if (!Number.isInteger(args.k) || args.k < 1 || args.k > 100) throw new Error(`--k must be an integer from 1 to 100\n${USAGE}`);
  if (args.files.length !== 0 && args.files.length !== 2) throw new Error(`give both a results file and a demands file, or neither\n${USAGE}`);
  return args;
}

function sampleFiles(): [string, string, string] {
  for (const dir of [join(process.cwd(), "examples", "data"), join(__dirname, "..", "examples", "data")]) {
    const r = join(dir, "results.json");
    const d = join(dir, "demands.json");
    if (existsSync(r) && existsSync(d)) return [r, d, join(dir, "supports.json")];
  }
  throw new Error(`no files given and the sample data (examples/data/) is not here: it ships with the repository, not the npm package\n${USAGE}`);
}

function pick(given: string[] | undefined, fallback: string[], known: (id: string) => boolean, what: string): string[] {
  const ids = given ?? fallback;
  const unknown = ids.filter((id) => !known(id));
  if (unknown.length > 0) throw new Error(`unknown ${what} id(s): ${unknown.join(", ")}`);
  return ids;
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command !== "demo") throw new Error(USAGE);
  const args = parseArgs(rest);
  const [resultsFile, demandsFile, sampleSupports] = args.files.length === 2 ? [args.files[0], args.files[1], undefined] : sampleFiles();
  const supportsFile = args.supports ?? (sampleSupports && existsSync(sampleSupports) ? sampleSupports : undefined);
  const results = loadResults(resultsFile);
  const demands = loadDemands(demandsFile);
  const matcher = new Matcher(args.lexicon ? { bridges: { lexicon: parseLexicon(readJsonFile(resolve(args.lexicon))) } } : {});
  matcher.addResults(results);
  matcher.addDemands(demands);
  // A few demands and results to show: the first ones, plus the first Chinese one of each if any.
  const firstZh = <T extends { id: string; language?: string }>(xs: T[]): string[] => xs.filter((x) => x.language === "zh").slice(0, 1).map((x) => x.id);
  const demandIds = pick(args.demands, [...new Set([...demands.slice(0, 2).map((d) => d.id), ...firstZh(demands)])], (id) => matcher.getDemand(id) !== undefined, "demand");
  const resultIds = pick(args.results, [...new Set([...results.slice(0, 1).map((r) => r.id), ...firstZh(results)])], (id) => matcher.getResult(id) !== undefined, "result");
  if (args.json) {
    const report = {
      results: results.length,
      demands: demands.length,
      demandToResults: demandIds.map((id) => ({ demand: id, matches: matcher.matchDemand(id, { k: args.k }).map(matchToJson) })),
      resultToDemands: resultIds.map((id) => ({ result: id, matches: matcher.matchResult(id, { k: args.k }).map(matchToJson) })),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(`${textReport(matcher, demandIds, resultIds, args.k)}\n`);
    if (supportsFile) {
      const supports = readJsonFile(resolve(supportsFile)) as Support[]; // analyzePortfolio validates them
      process.stdout.write(`${stageReport(matcher, results, demands, supports, args.now)}\n`);
    }
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof TechbrokerError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`techbroker: ${message}\n`);
  process.exitCode = 1;
}
