import { LIMITS } from "./limits.js";
import { custom, integer, string, type Shape } from "./shapes.js";

/** True when `x` is a technology readiness level: an integer from 1 to 9. The one TRL rule of the library. */
export function isTrl(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 1 && x <= 9;
}

/** A technology readiness level, an integer from 1 to 9. */
export const trlShape: Shape<number> = integer(1, 9, "Technology readiness level, an integer from 1 to 9.");

/** A record id: non-empty, at most `LIMITS.idLength`, no surrounding whitespace. */
export const idShape: Shape<string> = string({ max: LIMITS.idLength, trimmed: true, about: "Unique id, no surrounding whitespace." });

const CURRENCY = /^[A-Z]{3}$/;

/** True for an ISO 4217-style currency code: exactly three uppercase ASCII letters. */
export function isCurrencyCode(x: unknown): x is string {
  return typeof x === "string" && CURRENCY.test(x);
}

/** An ISO 4217-style currency code: exactly three uppercase ASCII letters. */
export const currencyShape: Shape<string> = string({
  max: 3, pattern: CURRENCY, patternHint: 'a 3-letter uppercase currency code such as "EUR"', about: "ISO 4217 currency code.",
});

/** A BCP 47-like language tag (shape only, no registry lookup): primary subtag of 2-3 letters, then 1-8 letters or digits. */
export const languageShape: Shape<string> = string({
  max: LIMITS.languageLength,
  pattern: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/,
  patternHint: 'a language tag such as "en" or "zh-Hans"',
  about: "BCP 47 language tag of the text.",
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True when the captured parts name a real calendar day and clock time (Date.parse accepts 2025-02-30). */
function isRealMoment(parts: RegExpExecArray): boolean {
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !leap ? 1 : 0);
  if (day > daysInMonth) return false;
  const clock = [parts[4], parts[5], parts[6], parts[7], parts[8]].map((p) => (p === undefined ? 0 : Number(p)));
  return clock[0] <= 23 && clock[1] <= 59 && clock[2] <= 59 && clock[3] <= 23 && clock[4] <= 59;
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

/** An ISO 8601 date (see {@link isIsoDate}). */
export const isoDateShape: Shape<string> = custom(
  'an ISO 8601 date "YYYY-MM-DD" or date-time with zone such as "2025-11-14T09:30:00Z"',
  isIsoDate,
  {
    type: "string",
    maxLength: 40,
    pattern: `${DATE_ONLY.source}|${DATE_TIME.source}`,
    description: "ISO 8601 date, or date-time with a zone; must be a real calendar day.",
  },
);

/** A plain object kept as it is (same reference, contents not inspected): `meta`. */
export const freeObjectShape: Shape<Record<string, unknown>> = custom(
  "a plain object",
  (x): x is Record<string, unknown> => {
    if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
    const proto: unknown = Object.getPrototypeOf(x);
    return proto === Object.prototype || proto === null;
  },
  { type: "object", description: "Free-form data, kept as it is." },
);
