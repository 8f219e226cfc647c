/** Text -> analysed index terms; structurally the same as the analyzer contract in `src/text/`. */
export type TermAnalyzer = (text: string) => string[];

/** An analysed term with a query weight; structurally identical to the index's `QueryTerm`. */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/**
 * Where a term of an expanded query came from: the user's words, a lexicon, the bilingual dictionary,
 * the acronym table, learned bridges, feedback, or the `name` of a custom {@link BridgeSource}.
 */
export type BridgeKind = "query" | "lexicon" | "dictionary" | "acronym" | "learned" | "feedback" | (string & {});

/** What a bridge source sees of a query. */
export interface BridgeQuery {
  /** The analysed query terms, in text order (repeats kept). */
  readonly terms: readonly string[];
  /** The raw query text, for sources that match phrases in it (Chinese words); may be empty. */
  readonly text: string;
}

/** A term a bridge source proposes, before the expansion weighs and caps it. */
export interface BridgeCandidate {
  readonly term: string;
  /** Strength in (0, 1]: 1 is the source's full weight. */
  readonly strength: number;
  /** The association before any scaling (a translation probability), kept as `BridgedTerm.strength`; default `strength`. */
  readonly raw?: number;
  /** The query terms that produced it. */
  readonly from: readonly string[];
  /** The words as a person reads them: what the user wrote and what it was bridged to. */
  readonly fromText?: string;
  readonly toText?: string;
  /** A concept id and label when the source groups terms by concept. */
  readonly concept?: string;
  readonly conceptLabel?: string;
}

/**
 * One kind of bridge (lexicon, dictionary, learned, feedback, or one of your own). The expansion holds a list of
 * sources; a new kind of bridge is one object implementing this (one file: see lexiconSource.ts).
 */
export interface BridgeSource {
  /** Kind shown in explanations and in `MatchedTerm.source`, e.g. "dictionary". */
  readonly name: string;
  /** Weight in [0, 1) of a candidate of strength 1, relative to a word the user wrote (1). */
  readonly weight: number;
  /** Terms to add for this query, with their provenance. */
  expand(query: BridgeQuery): readonly BridgeCandidate[];
  /** One line for a person, e.g. `"碳化硅" -> "silicon carbide" (dictionary, 0.20)`. */
  describe(term: BridgedTerm): string;
}

/** A term of an expanded query together with the reason it is there (for explanations). */
export interface BridgedTerm extends WeightedTerm {
  readonly source: BridgeKind;
  /** The query terms (or, for feedback, nothing) that produced this term; empty for `query` terms. */
  readonly from: readonly string[];
  /** Lexicon concept id (and label in `conceptLabel`) when the source is `lexicon`. */
  readonly concept?: string;
  readonly conceptLabel?: string;
  /** For lexicon bridges: the expression the user wrote and the expression it bridged to, as written in the lexicon. */
  readonly fromText?: string;
  readonly toText?: string;
  /** Raw association strength before scaling: translation probability, lexicon weight or feedback weight. */
  readonly strength: number;
  /** The explanation written by the source that added the term (sources passed as `BridgeSource`). */
  readonly explanation?: string;
}
