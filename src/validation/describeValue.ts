const MAX_SHOWN = 40;

/** Cut a string for display so that a 100 MB value does not end up in an error message. */
export function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}...`;
}

/**
 * What a value is, for "expected X, got Y" messages: its type and, for scalars, its value, so that
 * `"5"` (a string) is never shown as `5` (a number). Examples: `the string "5"`, `the number -1`, `NaN`,
 * `true`, `null`, `an array`, `a function`, `an object`, `a Date`.
 */
export function describeValue(x: unknown): string {
  switch (typeof x) {
    case "string":
      return `the string ${JSON.stringify(clip(x))}`;
    case "number":
      if (Number.isNaN(x)) return "NaN";
      if (!Number.isFinite(x)) return String(x);
      return `the number ${Object.is(x, -0) ? "0" : String(x)}`;
    case "boolean":
      return String(x);
    case "undefined":
      return "undefined";
    case "bigint":
      return `the bigint ${clip(String(x))}`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return describeObject(x as object | null);
  }
}

function describeObject(x: object | null): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  const proto: unknown = Object.getPrototypeOf(x);
  if (proto === Object.prototype || proto === null) return "an object";
  // Class instances are named by their constructor (a Date, a Map) because "an object" would hide the mistake.
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name}` : "an object";
}

/** True for `{}`-style objects (prototype Object.prototype or null), false for arrays, dates, maps, class instances. */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
