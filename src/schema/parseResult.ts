import type { IpStatus, ResearchResult } from "./types.js";
import { SCHEMA_LIMITS } from "./schemaLimits.js";
import { ProblemList, typeName } from "./problemList.js";
import { parseRecordList } from "./parseRecordList.js";
import {
  checkKeys, dropAbsent, isPlainObject, readChoice, readId, readIsoDate, readLanguage, readLevel, readPlainObject,
  readText, readTextList, type RecordScope,
} from "./fieldChecks.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

const L = SCHEMA_LIMITS;

/** Every key a ResearchResult may have, in the order parseResult writes them. */
export const RESULT_KEYS = deepFreeze([
  "id", "title", "summary", "keywords", "fields", "trl", "institution", "ipStatus", "seeking", "region",
  "language", "updatedAt", "meta",
] as const);

/** Accepted `ipStatus` values. */
export const IP_STATUSES: readonly IpStatus[] = deepFreeze(["granted", "pending", "none", "unknown"]);

// Keys that belong to a Demand: a result carrying them was most likely written with the wrong template.
const DEMAND_KEY_HINTS: Readonly<Record<string, string>> = { description: "summary", industry: "fields", minTrl: "trl" };

/** Read one result at `base`; reports problems and returns undefined if there were any. */
export function collectResult(x: unknown, base: string, problems: ProblemList): ResearchResult | undefined {
  if (!isPlainObject(x)) {
    problems.add(base, `expected a result object, got ${typeName(x)}`);
    return undefined;
  }
  const before = problems.count;
  const scope: RecordScope = { value: x, base, problems };
  checkKeys(scope, RESULT_KEYS, DEMAND_KEY_HINTS);
  const result = dropAbsent<ResearchResult>({
    id: readId(scope) as string,
    title: readText(scope, "title", L.titleLength, true) as string,
    summary: readText(scope, "summary", L.bodyLength, true) as string,
    keywords: readTextList(scope, "keywords", L.keywordCount, L.keywordLength),
    fields: readTextList(scope, "fields", L.codeCount, L.codeLength),
    trl: readLevel(scope, "trl"),
    institution: readText(scope, "institution", L.nameLength, false),
    ipStatus: readChoice(scope, "ipStatus", IP_STATUSES),
    seeking: readTextList(scope, "seeking", L.codeCount, L.codeLength),
    region: readText(scope, "region", L.nameLength, false),
    language: readLanguage(scope, "language"),
    updatedAt: readIsoDate(scope, "updatedAt"),
    meta: readPlainObject(scope, "meta"),
  });
  return problems.count === before ? result : undefined;
}

/**
 * Validate an untrusted value as a ResearchResult and return a clean copy holding only the known
 * keys, in a fixed order. Throws a ValidationError listing every problem with its path.
 *
 * Rules: `id` (non-empty, <= 256 chars, no surrounding whitespace), `title` (<= 1000) and
 * `summary` (<= 100,000) are required non-blank strings; nothing is trimmed or coerced;
 * an optional key set to null counts as absent; unknown keys are errors (a typo such as
 * `minTRL` must not silently drop data); `meta` must be a plain object and is kept as the same
 * reference. Limits are in {@link SCHEMA_LIMITS}.
 */
export function parseResult(x: unknown): ResearchResult {
  const problems = new ProblemList();
  const result = collectResult(x, "", problems);
  problems.throwIfAny();
  return result as ResearchResult;
}

/**
 * Validate an array of results: every record as in {@link parseResult}, plus unique ids.
 * Problem paths start with the index, e.g. `[3].keywords[0]`; nothing is returned half-parsed.
 */
export function parseResults(xs: unknown): ResearchResult[] {
  return parseRecordList(xs, "results", collectResult);
}
