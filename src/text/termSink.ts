/**
 * Where the tokenizer puts its terms. Offsets are collected only when asked for, so the plain
 * analyzer (the hot path for indexing) pays for nothing but the terms array.
 */
export interface TermSink {
  readonly terms: string[];
  /** Start offset (in normalised text) of each term, when offsets are wanted. */
  readonly starts?: number[];
  /** End offset (exclusive) of each term, when offsets are wanted. */
  readonly ends?: number[];
}

/** Longest term kept, in UTF-16 units; longer tokens are cut so that 1 MB of "aaaa" stays cheap. */
export const MAX_TERM_LENGTH = 64;

/** Cut a term to MAX_TERM_LENGTH without splitting a surrogate pair. */
export function clipTerm(term: string): string {
  if (term.length <= MAX_TERM_LENGTH) return term;
  const code = term.charCodeAt(MAX_TERM_LENGTH - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? MAX_TERM_LENGTH - 1 : MAX_TERM_LENGTH;
  return term.slice(0, cut);
}

/** Append one term with its span. */
export function emitTerm(sink: TermSink, term: string, start: number, end: number): void {
  sink.terms.push(term);
  if (sink.starts !== undefined && sink.ends !== undefined) {
    sink.starts.push(start);
    sink.ends.push(end);
  }
}

/**
 * Gives each term a dense integer id (an index's term dictionary). `serial` tells dictionaries
 * apart, so a tokenizer can remember the ids it got from one without holding on to it.
 */
export interface TermInterner {
  readonly serial: number;
  intern(term: string): number;
}

/** Where term ids go when a tokenizer writes straight into an index: the numbering, and the list. */
export interface TermIdSink {
  readonly interner: TermInterner;
  readonly ids: { push(id: number): void };
}
