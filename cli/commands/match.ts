import { learnBridges, Matcher, type BridgeOptions, type Demand, type ResearchResult } from "techbroker";
import type { Command, CliIo, ParsedLine } from "../commandLine.js";
import { loadHistory } from "../input/loadHistory.js";
import { loadLexicon } from "../input/loadLexicon.js";
import { loadDemands, loadResults } from "../input/loadRecords.js";
import { INPUT_FORMATS } from "../input/inputFormat.js";
import { csvLine, UTF8_BOM } from "../output/csvText.js";
import { CSV_COLUMNS, csvCells, jsonRecord, type QueryMatches } from "../output/matchRows.js";
import { matchTableBlock } from "../output/matchTable.js";
import { ProgressBar } from "../output/progressBar.js";
import { terminalSafeJson } from "../output/terminalText.js";
import { writeOutput } from "../output/writeOutput.js";
import { snapshotUnavailable } from "./snapshotSupport.js";

const DIRECTIONS = ["demand-to-result", "result-to-demand", "both"] as const;
const FORMATS = ["table", "jsonl", "csv"] as const;

/** Everything `match` needs, read and checked before any matching or printing. */
interface MatchInput {
  results: ResearchResult[];
  demands: Demand[];
  bridges: BridgeOptions;
}

function readInput(line: ParsedLine): MatchInput {
  if (line.has("snapshot")) throw line.usageError(snapshotUnavailable("--snapshot"));
  if (line.positionals.length !== 2) throw line.usageError('"match" needs a results file and a demands file');
  const format = line.has("input-format") ? line.choice("input-format", INPUT_FORMATS, "json") : undefined;
  const results = loadResults(line.positionals[0], format);
  const demands = loadDemands(line.positionals[1], format);
  const lexiconFile = line.string("lexicon");
  const historyFile = line.string("history");
  const bridges: BridgeOptions = {};
  if (lexiconFile !== undefined) bridges.lexicon = loadLexicon(lexiconFile);
  if (historyFile !== undefined) bridges.model = learnBridges(loadHistory(historyFile));
  return { results, demands, bridges };
}

/** Match every query record of the chosen direction(s), with a progress bar on a terminal's stderr. */
function matchEverything(matcher: Matcher, input: MatchInput, line: ParsedLine, io: CliIo): QueryMatches[] {
  const direction = line.choice("direction", DIRECTIONS, "both");
  const k = line.integer("k", 1, 1000, 10);
  const minScore = line.number("min-score");
  const options = minScore === undefined ? { k } : { k, minScore };
  const forDemands = direction !== "result-to-demand";
  const forResults = direction !== "demand-to-result";
  const total = (forDemands ? input.demands.length : 0) + (forResults ? input.results.length : 0);
  const bar = new ProgressBar(io.stderrIsTty ? io.err : undefined, "matching", total, io.stderrColumns);
  const out: QueryMatches[] = [];
  if (forDemands) {
    for (const d of input.demands) {
      out.push({ direction: "demand-to-result", query: d, matches: matcher.matchDemand(d.id, options) });
      bar.update(out.length);
    }
  }
  if (forResults) {
    for (const r of input.results) {
      out.push({ direction: "result-to-demand", query: r, matches: matcher.matchResult(r.id, options) });
      bar.update(out.length);
    }
  }
  bar.finish();
  return out;
}

function render(all: readonly QueryMatches[], line: ParsedLine): string[] {
  const format = line.choice("format", FORMATS, "table");
  if (format === "table") return all.map(matchTableBlock);
  if (format === "jsonl") return all.flatMap((q) => q.matches.map((m, i) => `${terminalSafeJson(JSON.stringify(jsonRecord(q, m, i + 1)))}\n`));
  const head = `${line.has("no-bom") ? "" : UTF8_BOM}${csvLine(CSV_COLUMNS)}`;
  return [head, ...all.flatMap((q) => q.matches.map((m, i) => csvLine(csvCells(q, m, i + 1))))];
}

/** `techbroker match RESULTS DEMANDS`: every record, one or both directions, as a table, JSON Lines or CSV. */
export const matchCommand: Command = {
  name: "match",
  summary: "Match every demand to research results and every result to demands, with score parts and explanations.",
  usage: "match RESULTS DEMANDS [--direction D] [--k N] [--min-score X] [--lexicon F] [--history F] [--format F] [--out F]",
  options: [
    { name: "direction", value: "D", help: "demand-to-result, result-to-demand or both (default both)" },
    { name: "k", value: "N", help: "matches per record, 1-1000 (default 10)" },
    { name: "min-score", value: "X", help: "drop matches scoring below X" },
    { name: "lexicon", value: "FILE", help: "lexicon JSON: business-to-lab bridges, used both ways" },
    { name: "history", value: "FILE", help: "past matches { demand, result, weight? } (JSON, JSON Lines or CSV): learn bridges, used demand -> result" },
    { name: "snapshot", value: "FILE", help: "load a saved Matcher (from `techbroker index`) instead of RESULTS DEMANDS" },
    { name: "format", value: "F", help: "table (default), jsonl or csv" },
    { name: "out", value: "FILE", help: "write to FILE instead of stdout" },
    { name: "input-format", value: "F", help: "json, jsonl or csv for both files (default: by extension)" },
    { name: "no-bom", help: "CSV without the UTF-8 byte-order mark (by default it has one, so Excel reads Chinese right)" },
  ],
  positionals: { min: 0, max: 2 },
  details: [
    "RESULTS and DEMANDS are .json (an array, or { \"results\": [...] }), .jsonl/.ndjson (one record per line) or .csv",
    "(a header naming the fields; lists such as keywords separated by \";\"; budget as budget.amount and budget.currency;",
    "extra columns as meta.NAME). Every file is checked before anything is matched or printed.",
    "A progress bar is drawn on stderr when stderr is a terminal.",
  ].join("\n"),
  run(line, io) {
    const format = line.choice("format", FORMATS, "table");
    if (format !== "csv" && line.has("no-bom")) throw line.usageError("--no-bom applies to --format csv only");
    line.choice("direction", DIRECTIONS, "both"); // a bad --direction fails before the files are read
    line.integer("k", 1, 1000, 10);
    line.number("min-score");
    const input = readInput(line);
    const matcher = new Matcher({ bridges: input.bridges });
    matcher.addResults(input.results);
    matcher.addDemands(input.demands);
    writeOutput(io, line.string("out"), render(matchEverything(matcher, input, line, io), line));
  },
};
