import { LIMITS, type Matcher } from "techbroker";
import type { Command, CliIo, ParsedLine } from "../commandLine.js";
import { csvLine, UTF8_BOM } from "../output/csvText.js";
import { CSV_COLUMNS, csvCells, jsonRecord, type QueryMatches } from "../output/matchRows.js";
import { matchTableBlock } from "../output/matchTable.js";
import { ProgressBar } from "../output/progressBar.js";
import { terminalSafeJson } from "../output/terminalText.js";
import { writeOutput } from "../output/writeOutput.js";
import { buildMatcher, MATCHER_INPUT_OPTIONS } from "./matcherInput.js";
import { loadSnapshot } from "../input/loadSnapshot.js";

const DIRECTIONS = ["demand-to-result", "result-to-demand", "both"] as const;
const FORMATS = ["table", "jsonl", "csv"] as const;

function readMatcher(line: ParsedLine): Matcher {
  const snapshot = line.string("snapshot");
  if (snapshot === undefined) {
    if (line.positionals.length !== 2) throw line.usageError('"match" needs a results file and a demands file (or --snapshot FILE)');
    return buildMatcher(line);
  }
  if (line.positionals.length > 0) throw line.usageError("give either RESULTS DEMANDS or --snapshot FILE, not both");
  for (const option of ["lexicon", "history", "input-format"]) {
    if (line.has(option)) throw line.usageError(`--${option} does not apply to --snapshot: the snapshot holds its records and bridges (see techbroker index)`);
  }
  return loadSnapshot(snapshot);
}

/** `--min-strength`: a number from 0 to 1. */
function strengthOption(line: ParsedLine): number | undefined {
  const v = line.number("min-strength");
  if (v !== undefined && !(v >= 0 && v <= 1)) throw line.usageError(`--min-strength must be a number from 0 to 1, got "${line.string("min-strength")}"`);
  return v;
}

/** `--k` and `--offset`: a page of each record's ranked list; k + offset stays within the library's limit. */
function pageOptions(line: ParsedLine): { k: number; offset: number } {
  const k = line.integer("k", 1, LIMITS.matchK, 10);
  const offset = line.integer("offset", 0, LIMITS.matchK - 1, 0);
  if (k + offset > LIMITS.matchK) throw line.usageError(`--k plus --offset must be at most ${LIMITS.matchK}, got ${k + offset}`);
  return { k, offset };
}

/** Match every query record of the chosen direction(s), with a progress bar on a terminal's stderr. */
function matchEverything(matcher: Matcher, line: ParsedLine, io: CliIo, withTeams: boolean): QueryMatches[] {
  const demands = matcher.allDemands();
  const results = matcher.allResults();
  const direction = line.choice("direction", DIRECTIONS, "both");
  const minScore = line.number("min-score");
  const minStrength = strengthOption(line);
  const options = { ...pageOptions(line), ...(minScore === undefined ? {} : { minScore }), ...(minStrength === undefined ? {} : { minStrength }) };
  const forDemands = direction !== "result-to-demand";
  const forResults = direction !== "demand-to-result";
  const total = (forDemands ? demands.length : 0) + (forResults ? results.length : 0);
  const bar = new ProgressBar(io.stderrIsTty ? io.err : undefined, "matching", total, io.stderrColumns);
  const out: QueryMatches[] = [];
  if (forDemands) {
    for (const d of demands) {
      const teams = withTeams ? matcher.matchInstitutions(d.id, { k: 3 }) : undefined;
      out.push({ direction: "demand-to-result", query: d, firstRank: options.offset + 1, matches: matcher.matchDemand(d.id, options), teams });
      bar.update(out.length);
    }
  }
  if (forResults) {
    for (const r of results) {
      out.push({ direction: "result-to-demand", query: r, firstRank: options.offset + 1, matches: matcher.matchResult(r.id, options) });
      bar.update(out.length);
    }
  }
  bar.finish();
  return out;
}

function render(all: readonly QueryMatches[], line: ParsedLine, format: (typeof FORMATS)[number]): string[] {
  if (format === "table") return all.map(matchTableBlock);
  if (format === "jsonl") return all.flatMap((q) => q.matches.map((m, i) => `${terminalSafeJson(JSON.stringify(jsonRecord(q, m, q.firstRank + i)))}\n`));
  const head = `${line.has("no-bom") ? "" : UTF8_BOM}${csvLine(CSV_COLUMNS)}`;
  return [head, ...all.flatMap((q) => q.matches.map((m, i) => csvLine(csvCells(q, m, q.firstRank + i))))];
}

/** `techbroker match RESULTS DEMANDS`: every record, one or both directions, as a table, JSON Lines or CSV. */
export const matchCommand: Command = {
  name: "match",
  summary: "Match every demand to research results and every result to demands, with score parts and explanations.",
  usage: "match RESULTS DEMANDS [--direction D] [--k N] [--offset N] [--min-strength S] [--lexicon F] [--history F] [--format F] [--out F]\n       techbroker match --snapshot FILE [--direction D] [--k N] [--offset N] [--min-strength S] [--format F] [--out F]",
  options: [
    { name: "direction", value: "D", help: "demand-to-result, result-to-demand or both (default both)" },
    { name: "k", value: "N", help: `matches per record, 1-${LIMITS.matchK} (default 10)` },
    { name: "offset", value: "N", help: "skip the first N matches of each record (the next page: --offset 10 --k 10 gives ranks 11-20)" },
    { name: "min-strength", value: "S", help: "drop matches weaker than S, from 0 to 1 (0.2 partial, 0.4 strong)" },
    { name: "min-score", value: "X", help: "drop matches scoring below X (raw scores have no fixed scale: prefer --min-strength)" },
    { name: "snapshot", value: "FILE", help: "load a saved Matcher (from `techbroker index`) instead of RESULTS DEMANDS" },
    { name: "format", value: "F", help: "table (default), jsonl or csv" },
    { name: "out", value: "FILE", help: "write to FILE instead of stdout" },
    ...MATCHER_INPUT_OPTIONS,
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
    pageOptions(line);
    line.number("min-score");
    strengthOption(line);
    writeOutput(io, line.string("out"), render(matchEverything(readMatcher(line), line, io, format === "table"), line, format));
  },
};
