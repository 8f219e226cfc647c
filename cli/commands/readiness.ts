import { existsSync } from "node:fs";
import { extname } from "node:path";
import { inferReadiness, type ReadinessEstimate } from "techbroker";
import type { Command, ParsedLine } from "../commandLine.js";
import { INPUT_FORMATS } from "../input/inputFormat.js";
import { loadDemands, loadResults } from "../input/loadRecords.js";
import { csvLine, UTF8_BOM } from "../output/csvText.js";
import { terminalLine, terminalSafeJson } from "../output/terminalText.js";
import { writeOutput } from "../output/writeOutput.js";

const FORMATS = ["table", "jsonl", "csv"] as const;
const KINDS = ["results", "demands"] as const;

/** One text whose readiness is read: a record's title and summary, or the text given on the command line. */
interface ReadinessRow {
  id: string;
  stated?: number;
  estimate: ReadinessEstimate;
}

function phrases(e: ReadinessEstimate): string {
  return e.evidence.map((x) => `${x.phrase} (TRL ${x.trl}${x.polarity === "achieved" ? "" : `, ${x.polarity}`})`).join("; ");
}

function rowsFor(line: ParsedLine, now: string | undefined): ReadinessRow[] {
  const arg = line.positionals[0];
  const options = now === undefined ? {} : { now };
  const isFile = existsSync(arg) || [".json", ".jsonl", ".ndjson", ".csv"].includes(extname(arg).toLowerCase());
  if (!isFile) return [{ id: "text", estimate: inferReadiness(arg, options) }];
  const format = line.has("input-format") ? line.choice("input-format", INPUT_FORMATS, "json") : undefined;
  if (line.choice("kind", KINDS, "results") === "demands") {
    return loadDemands(arg, format).map((d) => ({ id: d.id, stated: d.minTrl, estimate: inferReadiness(`${d.title}. ${d.description}`, options) }));
  }
  return loadResults(arg, format).map((r) => ({ id: r.id, stated: r.trl, estimate: inferReadiness(`${r.title}. ${r.summary}`, options) }));
}

function render(rows: readonly ReadinessRow[], line: ParsedLine): string[] {
  const format = line.choice("format", FORMATS, "table");
  if (format === "jsonl") {
    return rows.map((r) => `${terminalSafeJson(JSON.stringify({ id: r.id, stated: r.stated, ...r.estimate }))}\n`);
  }
  if (format === "csv") {
    const head = `${line.has("no-bom") ? "" : UTF8_BOM}${csvLine(["id", "stated_trl", "trl", "band", "confidence", "evidence"])}`;
    return [head, ...rows.map((r) => csvLine([r.id, r.stated, r.estimate.trl, r.estimate.band, r.estimate.confidence, phrases(r.estimate)]))];
  }
  return rows.map((r) => {
    const e = r.estimate;
    const stated = r.stated === undefined ? "" : `  stated ${r.stated}`;
    const found = e.trl === undefined ? "no readiness cue" : `TRL ${e.trl} (${e.band}), confidence ${e.confidence.toFixed(2)}`;
    return `${terminalLine(r.id)}: ${found}${stated}${e.evidence.length > 0 ? `\n    ${terminalLine(phrases(e))}` : ""}\n`;
  });
}

/** `techbroker readiness FILE|TEXT`: the TRL a text states or implies, with the phrases that say so. */
export const readinessCommand: Command = {
  name: "readiness",
  summary: "Read the technology readiness level (TRL) from a text, or from each record of a file, with the phrases that show it.",
  usage: "readiness FILE|TEXT [--kind results|demands] [--now DATE] [--format F] [--out F]",
  options: [
    { name: "kind", value: "K", help: "the file holds results (title + summary, default) or demands (title + description)" },
    { name: "now", value: "DATE", help: '"today", to tell future years ("in 2027") from past ones (default: today)' },
    { name: "format", value: "F", help: "table (default), jsonl or csv" },
    { name: "out", value: "FILE", help: "write to FILE instead of stdout" },
    { name: "input-format", value: "F", help: "json, jsonl or csv (default: by extension)" },
    { name: "no-bom", help: "CSV without the UTF-8 byte-order mark" },
  ],
  positionals: { min: 1, max: 1 },
  details: 'An argument naming an existing file, or ending in .json, .jsonl, .ndjson or .csv, is read as a file;\nanything else is the text itself: techbroker readiness "pilot line running, 中试完成"',
  run(line, io) {
    const format = line.choice("format", FORMATS, "table");
    if (format !== "csv" && line.has("no-bom")) throw line.usageError("--no-bom applies to --format csv only");
    const now = line.string("now");
    if (now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(now)) throw line.usageError(`--now must be a date YYYY-MM-DD, got "${now}"`);
    writeOutput(io, line.string("out"), render(rowsFor(line, now), line));
  },
};
