import type { MatchHistoryEntry } from "techbroker";
import { closest } from "../didYouMean.js";
import { CliInputError } from "./cliInputError.js";
import type { InputFormat } from "./inputFormat.js";
import { describeRecord, readRawRecords } from "./loadRecords.js";
import { HISTORY_COLUMNS } from "./recordColumns.js";

const KEYS = ["demand", "result", "weight"];

/** Problems of one past match `{ demand, result, weight? }`, in field words. */
function entryProblems(entry: unknown): string[] {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return ["expected an object { demand, result, weight? }"];
  const e = entry as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(e)) {
    if (KEYS.includes(key)) continue;
    const hint = closest(key, KEYS);
    problems.push(`${key}: unknown field${hint ? ` (did you mean "${hint}"?)` : `; known fields: ${KEYS.join(", ")}`}`);
  }
  for (const key of ["demand", "result"]) {
    if (typeof e[key] !== "string" || (e[key] as string).trim() === "") problems.push(`${key}: expected the text of the ${key}, a non-empty string`);
  }
  if (e.weight !== undefined && !(typeof e.weight === "number" && Number.isFinite(e.weight) && e.weight > 0)) {
    problems.push(`weight: expected a finite number > 0, got ${JSON.stringify(e.weight)}`);
  }
  return problems;
}

/**
 * Load a history of past successful matches (`{ demand, result, weight? }`: the texts of both sides) from
 * JSON, JSON Lines or CSV, for `learnBridges`. Every problem names the file, the record and the field.
 */
export function loadHistory(file: string, format?: InputFormat): MatchHistoryEntry[] {
  const raw = readRawRecords(file, "history", HISTORY_COLUMNS, format);
  const problems: string[] = [];
  raw.records.forEach((entry, i) => {
    for (const p of entryProblems(entry)) problems.push(`${describeRecord(raw, i)}: ${p}`);
  });
  if (problems.length > 0) throw new CliInputError(file, problems);
  return raw.records as MatchHistoryEntry[];
}
