/**
 * The one set of input limits of the library: records, index documents, queries, options.
 *
 * Input arrives from JSON files and HTTP bodies, so every string and list has a ceiling: a limit turns a
 * pasted database dump or a hostile body into a clear ValidationError instead of a slow index. Lengths are
 * counted in UTF-16 code units (JavaScript `string.length`). Ids have one limit everywhere (1024), so
 * anything `parseResult` accepts the index accepts, and a snapshot never holds an id a record could not.
 */
export const LIMITS = Object.freeze({
  /** Longest id of a record, an index document, a lexicon concept or a support. */
  idLength: 1024,
  /** Longest `title`. */
  titleLength: 1000,
  /** Longest `summary` (results) or `description` (demands). */
  bodyLength: 100_000,
  /** Longest `institution`, `company`, `region` or other name. */
  nameLength: 1000,
  /** Most `keywords` on one record. */
  keywordCount: 200,
  /** Longest single keyword. */
  keywordLength: 200,
  /** Most entries in `disciplines`, `industry` or `seeking`. */
  codeCount: 50,
  /** Longest single entry of `disciplines`, `industry` or `seeking`. */
  codeLength: 100,
  /** Longest `language` tag (BCP 47 tags in practice stay well below this). */
  languageLength: 35,
  /** Most records (or other items) accepted in one call. */
  recordCount: 1_000_000,
  /** Most problems listed in one ValidationError; the rest are counted in a final line. */
  problemCount: 100,
  /** Longest text of one index field (about 1 MB). */
  fieldLength: 1_048_576,
  /** Longest query text. */
  queryLength: 65_536,
  /** Most query terms considered (after analysis and merging of duplicates). */
  queryTerms: 4096,
  /** Largest `k` of an index search. */
  searchK: 100_000,
  /** Most fields of one index: each costs 4 bytes per document, and a snapshot header must not ask for millions. */
  fieldCount: 1024,
  /** Most documents in one `addAll` (checked before the array is walked, so a sparse `length: 2**32-1` is cheap). */
  batchDocuments: 1 << 24,
  /** Most expressions of one lexicon concept. */
  expressionCount: 100_000,
  /** Largest `k` of a match. */
  matchK: 100_000,
});

/** The type of {@link LIMITS}. */
export type Limits = typeof LIMITS;
