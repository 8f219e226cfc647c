import type { Problem } from "../errors/errors.js";
import type { Analyzer, AnalyzerIdentity, AnalyzerSetting } from "./analyzer.js";

const MAX_NAME_LENGTH = 200;

/** What a snapshot records about `analyzer`: its name, version ("" if none) and settings, keys sorted. */
export function analyzerIdentity(analyzer: Analyzer): AnalyzerIdentity {
  const settings: Record<string, AnalyzerSetting> = {};
  const given = analyzer.settings ?? {};
  for (const key of Object.keys(given).sort()) settings[key] = given[key];
  return { name: analyzer.name, version: analyzer.version ?? "", settings };
}

/** Whether two identities describe the same analysis (same name, version and settings). */
export function sameIdentity(a: AnalyzerIdentity, b: AnalyzerIdentity): boolean {
  return describeIdentity(a) === describeIdentity(b);
}

/** A readable, stable form such as `techbroker@1 {"hanBigrams":true,"stem":false}`. */
export function describeIdentity(identity: AnalyzerIdentity): string {
  const settings: Record<string, AnalyzerSetting> = {};
  for (const key of Object.keys(identity.settings).sort()) settings[key] = identity.settings[key];
  return `${identity.name}${identity.version ? `@${identity.version}` : ""} ${JSON.stringify(settings)}`;
}

/** Whether `value` is a JSON identity as stored in a snapshot (untrusted bytes). */
export function isIdentity(value: unknown): value is AnalyzerIdentity {
  if (typeof value !== "object" || value === null) return false;
  const { name, version, settings } = value as Record<string, unknown>;
  if (typeof name !== "string" || typeof version !== "string") return false;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) return false;
  return Object.values(settings).every((v) => v === null || ["string", "number", "boolean"].includes(typeof v));
}

/**
 * Problems with an analyzer passed as an option (at `path`): it must be an object with a name and an
 * `analyze` function. A bare function is refused with the fix, since its analysis has no identity to record.
 */
export function analyzerProblems(value: unknown, path: string): Problem[] {
  if (typeof value === "function")
    return [{ path, message: 'expected an analyzer object: declare a function with a name, e.g. { name: "my-analyzer", analyze: fn }' }];
  if (typeof value !== "object" || value === null) return [{ path, message: "expected an analyzer object { name, analyze }" }];
  const a = value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (typeof a.name !== "string" || a.name.trim() === "" || a.name.length > MAX_NAME_LENGTH)
    problems.push({ path: `${path}.name`, message: `expected a non-empty string of at most ${MAX_NAME_LENGTH} characters` });
  if (typeof a.analyze !== "function") problems.push({ path: `${path}.analyze`, message: "expected a function (text) => string[]" });
  if (a.version !== undefined && typeof a.version !== "string") problems.push({ path: `${path}.version`, message: "expected a string" });
  if (a.writeIds !== undefined && typeof a.writeIds !== "function") problems.push({ path: `${path}.writeIds`, message: "expected a function" });
  if (a.settings !== undefined) {
    const s = a.settings;
    if (typeof s !== "object" || s === null || Array.isArray(s)) problems.push({ path: `${path}.settings`, message: "expected an object" });
    else
      for (const [key, v] of Object.entries(s))
        if (!(v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))))
          problems.push({ path: `${path}.settings.${key}`, message: "expected a string, finite number, boolean or null" });
  }
  return problems;
}
