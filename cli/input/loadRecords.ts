import { parseDemands, parseResults, ValidationError, type Demand, type ResearchResult } from "techbroker";
import { CliInputError } from "./cliInputError.js";
import { inputFormatOf, type InputFormat } from "./inputFormat.js";
import { parseCsv } from "./readCsv.js";
import { parseJsonLines } from "./readJsonLines.js";
import { readJsonFile } from "./readJsonFile.js";
import { readTextFile } from "./readTextFile.js";
import { DEMAND_COLUMNS, RESULT_COLUMNS, type ColumnSet } from "./recordColumns.js";
import { recordsFromCsv } from "./recordColumns.js";

/** The plural word of a JSON wrapper object: `{ "results": [...] }`. */
export type RecordKind = "results" | "demands" | "history" | "supports";

/** Raw records read from a file, with where each came from, for messages. */
export interface RawRecords {
  readonly records: readonly unknown[];
  /** `record 3` (JSON), `line 7` (JSON Lines, CSV). */
  where(index: number): string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The record array inside a parsed JSON file: either the file is a JSON array, or an object whose
 * `results` (or `demands`, ...) key holds the array. Other keys of such a wrapper are ignored, so one
 * file `{ "results": [...], "demands": [...] }` can feed both loaders.
 */
function recordArray(file: string, data: unknown, kind: RecordKind): unknown[] {
  if (Array.isArray(data)) return data;
  const expected = `expected a JSON array of ${kind} or an object { "${kind}": [...] }`;
  if (!isObject(data)) throw new CliInputError(file, [`${expected}, got ${data === null ? "null" : Array.isArray(data) ? "array" : typeof data}`]);
  if (!has(data, kind)) {
    const other = (["results", "demands"] as const).find((k) => k !== kind && has(data, k));
    const hint = other ? ` (it has "${other}": is this a file of ${other}?)` : "";
    throw new CliInputError(file, [`${expected}, got an object without "${kind}"${hint}`]);
  }
  const inner = data[kind];
  if (!Array.isArray(inner)) throw new CliInputError(file, [`"${kind}": expected an array, got ${inner === null ? "null" : typeof inner}`]);
  return inner;
}

const COLUMNS: Partial<Record<RecordKind, ColumnSet>> = { results: RESULT_COLUMNS, demands: DEMAND_COLUMNS };

/** Read the raw records of `file` in its format (JSON, JSON Lines or CSV), without checking them. */
export function readRawRecords(file: string, kind: RecordKind, columns: ColumnSet | undefined, format?: InputFormat): RawRecords {
  const chosen = inputFormatOf(file, format);
  if (chosen === "json") {
    const records = recordArray(file, readJsonFile(file), kind);
    return { records, where: (i) => `record ${i}` };
  }
  const text = readTextFile(file);
  if (chosen === "jsonl") {
    const values = parseJsonLines(file, text);
    return { records: values.map((v) => v.value), where: (i) => `line ${values[i].line}` };
  }
  const set = columns ?? COLUMNS[kind];
  if (set === undefined) throw new CliInputError(file, [`${kind} cannot be read from CSV`]);
  const table = parseCsv(file, text);
  const records = recordsFromCsv(file, table, set);
  return { records, where: (i) => `line ${table.lines[i]}` };
}

/** `record 3 (id "r9")`: where a raw record came from, with its id when it has a usable one. */
export function describeRecord(raw: RawRecords, index: number): string {
  const record = raw.records[index];
  const id = isObject(record) && has(record, "id") ? record.id : undefined;
  const shown = typeof id === "string" && id.trim() !== "" ? ` (id ${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}...` : id)})` : "";
  return `${raw.where(index)}${shown}`;
}

/**
 * Rewrite a list-level problem path such as `[3].trl` into CLI words:
 * `record 3 (id "r9"): trl: ...` (or `line 7 (id "r9"): ...` for JSON Lines and CSV).
 */
export function describeProblem(raw: RawRecords, path: string, message: string): string {
  const match = /^(?:[a-zA-Z.]*)\[(\d+)\]\.?(.*)$/.exec(path);
  if (!match || Number(match[1]) >= raw.records.length) return path ? `${path}: ${message}` : message;
  const record = describeRecord(raw, Number(match[1]));
  const shownMessage = message.replace(/\(first at \[(\d+)\]\)/, (whole, i: string) => (Number(i) < raw.records.length ? `(first at ${raw.where(Number(i))})` : whole));
  return match[2] ? `${record}: ${match[2]}: ${shownMessage}` : `${record}: ${shownMessage}`;
}

function load<T>(file: string, kind: RecordKind, parse: (xs: unknown) => T[], format?: InputFormat): T[] {
  const raw = readRawRecords(file, kind, undefined, format);
  try {
    return parse(raw.records);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new CliInputError(file, error.problems.map((p) => describeProblem(raw, p.path, p.message)));
  }
}

/**
 * Load research results from a JSON file (an array, or `{ "results": [...] }`), a JSON Lines file or a CSV
 * file. All or nothing: any problem throws one CliInputError whose lines name the file, the record (index
 * for JSON, line for JSON Lines and CSV, and id when known) and the field, e.g.
 * `bad.json: record 3 (id "r9"): trl: expected an integer from 1 to 9, got "high"`.
 */
export function loadResults(file: string, format?: InputFormat): ResearchResult[] {
  return load(file, "results", parseResults, format);
}

/** Load demands from JSON (`[...]` or `{ "demands": [...] }`), JSON Lines or CSV; errors as in {@link loadResults}. */
export function loadDemands(file: string, format?: InputFormat): Demand[] {
  return load(file, "demands", parseDemands, format);
}
