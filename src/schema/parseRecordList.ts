import { ValidationError } from "../errors/errors.js";
import { SCHEMA_LIMITS } from "./schemaLimits.js";
import { indexPath, keyPath, typeName, ProblemList } from "./problemList.js";
import { isPlainObject } from "./fieldChecks.js";

/** Reads one record at `base`, reporting problems to `problems`; returns undefined when it found any. */
export type RecordCollector<T> = (x: unknown, base: string, problems: ProblemList) => T | undefined;

/**
 * Parse an array of records with `collect`, then check that ids are unique. Either every record
 * parses and the clean array is returned, or one ValidationError lists the problems of all
 * records (paths such as `[3].keywords[0]`); nothing is returned half-parsed.
 */
export function parseRecordList<T extends { id: string }>(xs: unknown, noun: string, collect: RecordCollector<T>): T[] {
  const problems = new ProblemList();
  if (!Array.isArray(xs)) throw new ValidationError([{ path: "", message: `expected an array of ${noun}, got ${typeName(xs)}` }]);
  if (xs.length > SCHEMA_LIMITS.recordCount) {
    throw new ValidationError([{ path: "", message: `expected at most ${SCHEMA_LIMITS.recordCount} ${noun}, got ${xs.length}` }]);
  }
  const out: T[] = [];
  const firstIndexOfId = new Map<string, number>();
  for (let i = 0; i < xs.length; i++) {
    const base = indexPath("", i);
    const record = collect(xs[i], base, problems);
    if (record) out.push(record);
    // Duplicates are checked on the raw id so that they are reported even when the record has other problems.
    const item: unknown = xs[i];
    const id = isPlainObject(item) && Object.prototype.hasOwnProperty.call(item, "id") ? item.id : undefined;
    if (typeof id !== "string" || id.length === 0 || id.length > SCHEMA_LIMITS.idLength) continue;
    const first = firstIndexOfId.get(id);
    if (first === undefined) firstIndexOfId.set(id, i);
    else problems.add(keyPath(base, "id"), `duplicate id ${JSON.stringify(id)} (first at ${indexPath("", first)})`);
  }
  problems.throwIfAny();
  return out;
}
