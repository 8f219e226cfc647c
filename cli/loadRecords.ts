import { ValidationError } from "../src/errors/errors.js";
import { isPlainObject } from "../src/schema/fieldChecks.js";
import { clip } from "../src/schema/problemList.js";
import { parseResults } from "../src/schema/parseResult.js";
import { parseDemands } from "../src/schema/parseDemand.js";
import type { Demand, ResearchResult } from "../src/schema/types.js";
import { CliInputError } from "./cliInputError.js";
import { readJsonFile } from "./readJsonFile.js";

type RecordKind = "results" | "demands";

/**
 * The record array inside a parsed file: either the file is a JSON array, or an object whose
 * `results` (or `demands`) key holds the array. Other keys of such a wrapper are ignored, so one
 * file `{ "results": [...], "demands": [...] }` can feed both loaders.
 */
function recordArray(file: string, data: unknown, kind: RecordKind): unknown[] {
  if (Array.isArray(data)) return data;
  const expected = `expected a JSON array of ${kind} or an object { "${kind}": [...] }`;
  if (!isPlainObject(data)) throw new CliInputError(file, [`${expected}, got ${data === null ? "null" : typeof data}`]);
  if (!Object.prototype.hasOwnProperty.call(data, kind)) {
    const other: RecordKind = kind === "results" ? "demands" : "results";
    const hint = Object.prototype.hasOwnProperty.call(data, other) ? ` (it has "${other}": is this a file of ${other}?)` : "";
    throw new CliInputError(file, [`${expected}, got an object without "${kind}"${hint}`]);
  }
  const inner = data[kind];
  if (!Array.isArray(inner)) throw new CliInputError(file, [`"${kind}": expected an array, got ${inner === null ? "null" : typeof inner}`]);
  return inner;
}

/** The id of raw record `index` for messages, when it has a usable string id. */
function rawId(records: readonly unknown[], index: number): string | undefined {
  const record = records[index];
  const id = isPlainObject(record) && Object.prototype.hasOwnProperty.call(record, "id") ? record.id : undefined;
  if (typeof id !== "string" || id.trim() === "") return undefined;
  return JSON.stringify(clip(id));
}

/**
 * Rewrite a list-level problem path such as `[3].trl` into CLI words:
 * `record 3 (id "r9"): trl: ...`. Record numbers are the 0-based array positions used in paths.
 */
function describeProblem(records: readonly unknown[], path: string, message: string): string {
  const match = /^\[(\d+)\]\.?(.*)$/.exec(path);
  if (!match) return path ? `${path}: ${message}` : message;
  const index = Number(match[1]);
  const id = rawId(records, index);
  const record = `record ${index}${id ? ` (id ${id})` : ""}`;
  return match[2] ? `${record}: ${match[2]}: ${message}` : `${record}: ${message}`;
}

function load<T>(file: string, kind: RecordKind, parse: (xs: unknown) => T[]): T[] {
  const records = recordArray(file, readJsonFile(file), kind);
  try {
    return parse(records);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new CliInputError(file, error.problems.map((p) => describeProblem(records, p.path, p.message)));
  }
}

/**
 * Load research results from a JSON file: an array of results, or `{ "results": [...] }`.
 * All or nothing: any problem throws one CliInputError whose lines name the file, the record
 * (index, and id when known) and the field, e.g.
 * `bad.json: record 3 (id "r9"): trl: expected an integer from 1 to 9, got "high"`.
 */
export function loadResults(file: string): ResearchResult[] {
  return load(file, "results", parseResults);
}

/** Load demands from a JSON file: an array of demands, or `{ "demands": [...] }`; errors as in {@link loadResults}. */
export function loadDemands(file: string): Demand[] {
  return load(file, "demands", parseDemands);
}
