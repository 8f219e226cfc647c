import { SCHEMA_LIMITS } from "./schemaLimits.js";
import { indexPath, keyPath, showValue, typeName, type ProblemList } from "./problemList.js";

/**
 * Small field readers shared by parseResult and parseDemand. Each one reads a key of the object
 * in `scope`, reports every problem it finds to `scope.problems`, and returns the clean value or
 * undefined. Conventions (documented in the parsers' TSDoc):
 * - an optional key that is missing, `undefined` or `null` is absent (JSON exports write null for "unknown");
 * - nothing is trimmed or converted: `"5"` is not a TRL and `"eur"` is not a currency;
 * - a string made only of whitespace counts as empty.
 */
export interface RecordScope {
  /** The object being read. */
  readonly value: Readonly<Record<string, unknown>>;
  /** Path of that object, "" at top level, `[3]` inside a list. */
  readonly base: string;
  readonly problems: ProblemList;
}

/** True for `{}`-style objects (prototype Object.prototype or null), false for arrays, dates, maps, class instances. */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** Own value of `key`, so that inherited members such as `toString` are never read as data. */
function own(scope: RecordScope, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(scope.value, key) ? scope.value[key] : undefined;
}

function report(scope: RecordScope, key: string, message: string): undefined {
  scope.problems.add(keyPath(scope.base, key), message);
  return undefined;
}

/** Check one string against emptiness and a length limit; returns an error message or undefined. */
function textProblem(x: unknown, max: number): string | undefined {
  if (typeof x !== "string") return `expected a non-empty string, got ${typeName(x)}`;
  if (x.trim().length === 0) return "expected a non-empty string";
  if (x.length > max) return `expected at most ${max} characters, got ${x.length}`;
  return undefined;
}

/** Read the record id: required, non-empty, at most `SCHEMA_LIMITS.idLength`, no surrounding whitespace. */
export function readId(scope: RecordScope): string | undefined {
  const x = own(scope, "id");
  if (x === undefined || x === null) return report(scope, "id", "required");
  const problem = textProblem(x, SCHEMA_LIMITS.idLength);
  if (problem) return report(scope, "id", problem);
  const id = x as string;
  // " r1" and "r1" would look like one record to a person but two to the index.
  if (id.trim() !== id) return report(scope, "id", `expected no leading or trailing whitespace, got ${showValue(id)}`);
  return id;
}

/** Read a string; `required` makes absence a problem. Empty or whitespace-only strings are always rejected. */
export function readText(scope: RecordScope, key: string, max: number, required: boolean): string | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return required ? report(scope, key, "required") : undefined;
  const problem = textProblem(x, max);
  return problem ? report(scope, key, problem) : (x as string);
}

/** Read a list of non-empty strings with at most `maxItems` entries of at most `maxLength` characters. */
export function readTextList(scope: RecordScope, key: string, maxItems: number, maxLength: number): string[] | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return undefined;
  if (!Array.isArray(x)) return report(scope, key, `expected an array of strings, got ${typeName(x)}`);
  // Past the count limit, item-by-item messages would only bury the real problem.
  if (x.length > maxItems) return report(scope, key, `expected at most ${maxItems} items, got ${x.length}`);
  const path = keyPath(scope.base, key);
  const out: string[] = [];
  let ok = true;
  for (let i = 0; i < x.length; i++) {
    const item: unknown = x[i];
    const problem = typeof item === "string" ? textProblem(item, maxLength) : `expected string, got ${typeName(item)}`;
    if (problem) {
      scope.problems.add(indexPath(path, i), problem);
      ok = false;
    } else out.push(item as string);
  }
  return ok ? out : undefined;
}

/** True when `x` is a technology readiness level: an integer from 1 to 9. The one TRL rule of the library. */
export function isTrl(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 1 && x <= 9;
}

/** Read a technology readiness level: an integer from 1 to 9. */
export function readLevel(scope: RecordScope, key: string): number | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return undefined;
  if (isTrl(x)) return x;
  return report(scope, key, `expected an integer from 1 to 9, got ${showValue(x)}`);
}

/** Read a string that must be one of `allowed` (exact, case-sensitive). */
export function readChoice<T extends string>(scope: RecordScope, key: string, allowed: readonly T[]): T | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return undefined;
  if (typeof x === "string" && (allowed as readonly string[]).includes(x)) return x as T;
  const list = allowed.map((a) => JSON.stringify(a)).join(", ");
  return report(scope, key, `expected one of ${list}, got ${showValue(x)}`);
}

/** Read a finite number >= 0. */
export function readAmount(scope: RecordScope, key: string): number | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return report(scope, key, "required");
  if (typeof x === "number" && Number.isFinite(x) && x >= 0) return Object.is(x, -0) ? 0 : x;
  return report(scope, key, `expected a finite number >= 0, got ${showValue(x)}`);
}

/** True for an ISO 4217-style currency code: exactly three uppercase ASCII letters. */
export function isCurrencyCode(x: unknown): x is string {
  return typeof x === "string" && /^[A-Z]{3}$/.test(x);
}

/** Read an ISO 4217-style currency code: exactly three uppercase ASCII letters. */
export function readCurrency(scope: RecordScope, key: string): string | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return report(scope, key, "required");
  if (isCurrencyCode(x)) return x;
  return report(scope, key, `expected a 3-letter uppercase currency code such as "EUR", got ${showValue(x)}`);
}

// Primary language subtag (2-3 letters) then subtags of 1-8 letters or digits: en, zh, zh-Hans-CN, en-US.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Read a BCP 47-like language tag such as `en`, `zh` or `zh-Hans-CN` (shape only, no registry lookup). */
export function readLanguage(scope: RecordScope, key: string): string | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return undefined;
  if (typeof x === "string" && x.length <= SCHEMA_LIMITS.languageLength && LANGUAGE_TAG.test(x)) return x;
  return report(scope, key, `expected a language tag such as "en" or "zh-Hans", got ${showValue(x)}`);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True when the captured parts name a real calendar day and clock time (Date.parse accepts 2025-02-30). */
function isRealMoment(parts: RegExpExecArray): boolean {
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  if (day > daysInMonth) return false;
  const clock = [parts[4], parts[5], parts[6], parts[7], parts[8]].map((p) => (p === undefined ? 0 : Number(p)));
  return clock[0] <= 23 && clock[1] <= 59 && clock[2] <= 59 && clock[3] <= 23 && clock[4] <= 59;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * True for an ISO 8601 date: `YYYY-MM-DD`, or a date-time with seconds optional and a time zone
 * (`Z` or `+hh:mm`). A date-time without a zone is rejected because its meaning would depend on
 * the machine's local zone; impossible days (2025-02-30) are rejected too.
 */
export function isIsoDate(x: unknown): x is string {
  if (typeof x !== "string" || x.length > 40) return false;
  const parts = DATE_ONLY.exec(x) ?? DATE_TIME.exec(x);
  return parts !== null && isRealMoment(parts) && Number.isFinite(Date.parse(x));
}

/** Read an ISO 8601 date (see {@link isIsoDate}). */
export function readIsoDate(scope: RecordScope, key: string): string | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return undefined;
  if (isIsoDate(x)) return x;
  return report(
    scope,
    key,
    `expected an ISO 8601 date "YYYY-MM-DD" or date-time with zone such as "2025-11-14T09:30:00Z", got ${showValue(x)}`,
  );
}

/** Read a plain object and keep it as it is (same reference, contents not inspected). */
export function readPlainObject(scope: RecordScope, key: string): Record<string, unknown> | undefined {
  const x = own(scope, key);
  if (x === undefined || x === null) return undefined;
  return isPlainObject(x) ? x : report(scope, key, `expected a plain object, got ${typeName(x)}`);
}

/**
 * Report every own key that is not in `known`. Unknown keys are errors rather than ignored
 * because a typo such as `minTRL` would otherwise silently drop data. `hints` maps keys of the
 * other record kind (e.g. `description` on a result) to the intended one.
 */
export function checkKeys(scope: RecordScope, known: readonly string[], hints: Readonly<Record<string, string>> = {}): void {
  for (const key of Object.keys(scope.value)) {
    if (known.includes(key)) continue;
    const suggestion = hintFor(key, hints) ?? closeKey(key, known);
    const tail = suggestion ? `did you mean "${suggestion}"?` : `known keys: ${known.join(", ")}`;
    scope.problems.add(keyPath(scope.base, key), `unknown key; ${tail}`);
  }
}

const fold = (s: string): string => s.toLowerCase().replace(/[_-]/g, "");

/** The hinted key for `key`, matching hint keys ignoring case, `_` and `-` (`minTRL` finds the `minTrl` hint). */
function hintFor(key: string, hints: Readonly<Record<string, string>>): string | undefined {
  const folded = fold(key);
  const match = Object.keys(hints).find((h) => fold(h) === folded);
  return match === undefined ? undefined : hints[match];
}

/** The known key equal to `key` ignoring case, `_` and `-`, or a small edit away (2 for keys of 5+ characters, 1 for 3-4). */
function closeKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 40) return undefined;
  const folded = fold(key);
  // Short keys get a tight budget: "x" is not a typo of "id".
  const budget = folded.length >= 5 ? 2 : folded.length >= 3 ? 1 : 0;
  return known.find((k) => fold(k) === folded) ?? known.find((k) => editDistance(fold(k), folded) <= budget);
}

/** Levenshtein distance (Levenshtein 1966), two-row dynamic programme; inputs here are short. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Copy of `record` without the keys whose value is undefined, so absent optional fields stay absent. */
export function dropAbsent<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}
