import { analyzePortfolio, ValidationError, type Support } from "techbroker";
import { closest } from "../didYouMean.js";
import { CliInputError } from "./cliInputError.js";
import type { InputFormat } from "./inputFormat.js";
import { describeProblem, describeRecord, readRawRecords } from "./loadRecords.js";
import { SUPPORT_COLUMNS } from "./recordColumns.js";

const SUPPORT_KEYS = ["id", "name", "kind", "minTrl", "maxTrl", "budget", "region"];
const BUDGET_KEYS = ["amount", "currency"];

/** Unknown keys of one support (and of its budget), each with did-you-mean: `budgett` is a typo, not data. */
function unknownKeys(record: unknown): string[] {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return [];
  const problems: string[] = [];
  const check = (o: object, known: readonly string[], prefix: string): void => {
    for (const key of Object.keys(o)) {
      if (known.includes(key)) continue;
      const hint = closest(key, known);
      problems.push(`${prefix}${key}: unknown field${hint ? ` (did you mean "${prefix}${hint}"?)` : `; known fields: ${known.join(", ")}`}`);
    }
  };
  check(record, SUPPORT_KEYS, "");
  const budget = (record as { budget?: unknown }).budget;
  if (typeof budget === "object" && budget !== null && !Array.isArray(budget)) check(budget, BUDGET_KEYS, "budget.");
  return problems;
}

/**
 * Load supports (funds, programmes, pilot bases) from JSON, JSON Lines or CSV and check them completely
 * before any work starts: unknown fields (with did-you-mean), then the library's own rules, run through
 * `analyzePortfolio` on no results. Every problem names the file, the record and the field.
 */
export function loadSupports(file: string, format?: InputFormat): Support[] {
  const raw = readRawRecords(file, "supports", SUPPORT_COLUMNS, format);
  const problems: string[] = [];
  raw.records.forEach((record, i) => {
    for (const p of unknownKeys(record)) problems.push(`${describeRecord(raw, i)}: ${p}`);
  });
  if (problems.length > 0) throw new CliInputError(file, problems);
  try {
    analyzePortfolio([], { supports: raw.records as Support[] });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const lines = error.problems.map((p) => describeProblem(raw, p.path.replace(/^(?:options\.)?supports/, ""), p.message));
    throw new CliInputError(file, lines);
  }
  return raw.records as Support[];
}
