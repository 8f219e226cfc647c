/** Text -> analysed index terms; structurally the same as the analyzer contract in `src/text/`. */
export type TermAnalyzer = (text: string) => string[];

/** An analysed term with a query weight; structurally identical to the index's `QueryTerm`. */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/** Where a term of an expanded query came from. */
export type BridgeSource = "query" | "lexicon" | "learned" | "feedback";

/** A term of an expanded query together with the reason it is there (for explanations). */
export interface BridgedTerm extends WeightedTerm {
  readonly source: BridgeSource;
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
}
