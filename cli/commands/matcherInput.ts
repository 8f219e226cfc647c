import { learnBridges, Matcher, type BridgeOptions } from "techbroker";
import type { OptionSpec, ParsedLine } from "../commandLine.js";
import { INPUT_FORMATS } from "../input/inputFormat.js";
import { loadHistory } from "../input/loadHistory.js";
import { loadLexicon } from "../input/loadLexicon.js";
import { loadDemands, loadResults } from "../input/loadRecords.js";

/** The options that say how a Matcher is built from files (shared by `match` and `index`). */
export const MATCHER_INPUT_OPTIONS: readonly OptionSpec[] = [
  { name: "lexicon", value: "FILE", help: "lexicon JSON: business-to-lab bridges, used both ways" },
  { name: "history", value: "FILE", help: "past matches { demand, result, weight? } (JSON, JSON Lines or CSV): learn bridges, used demand -> result" },
  { name: "input-format", value: "F", help: "json, jsonl or csv for every input file (default: by extension)" },
];

/**
 * Read RESULTS and DEMANDS (the two positionals) and the bridge files, check them all, then build the
 * Matcher. Nothing is built until every file has passed, so a bad last file costs no indexing time.
 */
export function buildMatcher(line: ParsedLine): Matcher {
  const format = line.has("input-format") ? line.choice("input-format", INPUT_FORMATS, "json") : undefined;
  const results = loadResults(line.positionals[0], format);
  const demands = loadDemands(line.positionals[1], format);
  const lexiconFile = line.string("lexicon");
  const historyFile = line.string("history");
  const bridges: BridgeOptions = {};
  if (lexiconFile !== undefined) bridges.lexicon = loadLexicon(lexiconFile);
  const history = historyFile === undefined ? undefined : loadHistory(historyFile, format);
  if (history !== undefined) bridges.model = learnBridges(history);
  const matcher = new Matcher({ bridges });
  matcher.addResults(results);
  matcher.addDemands(demands);
  return matcher;
}
