/**
 * Size limits applied by `parseResult`, `parseDemand` and their list forms.
 *
 * Records arrive from JSON files and HTTP bodies, so every string and list has a ceiling: a
 * limit turns a pasted database dump or a hostile body into a clear ValidationError instead of
 * a slow index. Lengths are counted in UTF-16 code units (JavaScript `string.length`).
 */
import { deepFreeze } from "../immutable/deepFreeze.js";

export const SCHEMA_LIMITS = deepFreeze({
  /** Longest `id`. */
  idLength: 256,
  /** Longest `title`. */
  titleLength: 1000,
  /** Longest `summary` (results) or `description` (demands). */
  bodyLength: 100_000,
  /** Longest `institution`, `company` or `region`. */
  nameLength: 1000,
  /** Most `keywords` on one record. */
  keywordCount: 200,
  /** Longest single keyword. */
  keywordLength: 200,
  /** Most entries in `fields`, `industry` or `seeking`. */
  codeCount: 50,
  /** Longest single entry of `fields`, `industry` or `seeking`. */
  codeLength: 100,
  /** Longest `language` tag (BCP 47 tags in practice stay well below this). */
  languageLength: 35,
  /** Most records accepted by `parseResults` / `parseDemands` in one call. */
  recordCount: 1_000_000,
  /** Most problems listed in one ValidationError; the rest are counted in a final line. */
  problemCount: 100,
} as const);

/** The type of {@link SCHEMA_LIMITS}. */
export type SchemaLimits = typeof SCHEMA_LIMITS;
