import type { Budget, Demand } from "./types.js";
import { SCHEMA_LIMITS } from "./schemaLimits.js";
import { keyPath, ProblemList, typeName } from "./problemList.js";
import { parseRecordList } from "./parseRecordList.js";
import {
  checkKeys, dropAbsent, isPlainObject, readAmount, readCurrency, readId, readIsoDate, readLanguage, readLevel,
  readPlainObject, readText, readTextList, type RecordScope,
} from "./fieldChecks.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

const L = SCHEMA_LIMITS;

/** Every key a Demand may have, in the order parseDemand writes them. */
export const DEMAND_KEYS = deepFreeze([
  "id", "title", "description", "industry", "minTrl", "budget", "region", "deadline", "company", "language", "meta",
] as const);

const BUDGET_KEYS = ["amount", "currency"] as const;

// Keys that belong to a ResearchResult: a demand carrying them was most likely written with the wrong template.
const RESULT_KEY_HINTS: Readonly<Record<string, string>> = { summary: "description", fields: "industry", trl: "minTrl" };

/** Read `budget`: a plain object with a finite `amount >= 0` and a three-letter uppercase `currency`. */
function readBudget(scope: RecordScope): Budget | undefined {
  const x = Object.prototype.hasOwnProperty.call(scope.value, "budget") ? scope.value.budget : undefined;
  if (x === undefined || x === null) return undefined;
  const base = keyPath(scope.base, "budget");
  if (!isPlainObject(x)) {
    scope.problems.add(base, `expected an object { amount, currency }, got ${typeName(x)}`);
    return undefined;
  }
  const inner: RecordScope = { value: x, base, problems: scope.problems };
  checkKeys(inner, BUDGET_KEYS);
  const amount = readAmount(inner, "amount");
  const currency = readCurrency(inner, "currency");
  return amount === undefined || currency === undefined ? undefined : { amount, currency };
}

/** Read one demand at `base`; reports problems and returns undefined if there were any. */
export function collectDemand(x: unknown, base: string, problems: ProblemList): Demand | undefined {
  if (!isPlainObject(x)) {
    problems.add(base, `expected a demand object, got ${typeName(x)}`);
    return undefined;
  }
  const before = problems.count;
  const scope: RecordScope = { value: x, base, problems };
  checkKeys(scope, DEMAND_KEYS, RESULT_KEY_HINTS);
  const demand = dropAbsent<Demand>({
    id: readId(scope) as string,
    title: readText(scope, "title", L.titleLength, true) as string,
    description: readText(scope, "description", L.bodyLength, true) as string,
    industry: readTextList(scope, "industry", L.codeCount, L.codeLength),
    minTrl: readLevel(scope, "minTrl"),
    budget: readBudget(scope),
    region: readText(scope, "region", L.nameLength, false),
    deadline: readIsoDate(scope, "deadline"),
    company: readText(scope, "company", L.nameLength, false),
    language: readLanguage(scope, "language"),
    meta: readPlainObject(scope, "meta"),
  });
  return problems.count === before ? demand : undefined;
}

/**
 * Validate an untrusted value as a Demand and return a clean copy holding only the known keys,
 * in a fixed order. Throws a ValidationError listing every problem with its path.
 *
 * Rules: `id` (non-empty, <= 256 chars, no surrounding whitespace), `title` (<= 1000) and
 * `description` (<= 100,000) are required non-blank strings; `budget` needs both `amount`
 * (finite, >= 0) and `currency` (e.g. "EUR"); nothing is trimmed or coerced; an optional key set
 * to null counts as absent; unknown keys are errors; `meta` must be a plain object and is kept as
 * the same reference. Limits are in {@link SCHEMA_LIMITS}.
 */
export function parseDemand(x: unknown): Demand {
  const problems = new ProblemList();
  const demand = collectDemand(x, "", problems);
  problems.throwIfAny();
  return demand as Demand;
}

/**
 * Validate an array of demands: every record as in {@link parseDemand}, plus unique ids.
 * Problem paths start with the index, e.g. `[3].budget.amount`; nothing is returned half-parsed.
 */
export function parseDemands(xs: unknown): Demand[] {
  return parseRecordList(xs, "demands", collectDemand);
}
