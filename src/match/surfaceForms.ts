import { type Analyzer, type TermWithOffsets } from "../text/analyzer.js";

/** Where an index term was written: the words as typed, the field and the span in that field's text. */
export interface SurfaceForm {
  /** The text as written, e.g. "Batteries" for the stem "batteri". */
  text: string;
  /** Field of the record, e.g. "title", "summary" or "keywords[2]". */
  field: string;
  /** UTF-16 offsets into that field's original text, end exclusive. */
  start: number;
  end: number;
}

/** One text field of a record, by the name an explanation shows. */
export interface NamedText {
  field: string;
  text: string;
}

/** Occurrences kept per term and side: enough to read, bounded on long texts. */
const MAX_FORMS_PER_TERM = 3;

// Custom analyzers may have no analyzeWithOffsets: analyse each word alone and keep the ones that yield a
// term. Exact for word-by-word analyzers; a word that only forms a term with its neighbours is missed.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-_/.'\u2019+#][\p{L}\p{M}\p{N}]+)*/gu;
function wordByWord(analyzer: Analyzer, text: string): TermWithOffsets[] {
  const out: TermWithOffsets[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    for (const term of analyzer.analyze(m[0])) out.push({ term, start, end: start + m[0].length });
  }
  return out;
}

/**
 * The surface forms of `wanted` terms in `texts`: for each term, the first few places it was written,
 * in field order. Only called for the matches returned, so the extra analysis is bounded by k.
 */
export function surfaceForms(analyzer: Analyzer, texts: readonly NamedText[], wanted: ReadonlySet<string>): Map<string, SurfaceForm[]> {
  const withOffsets = analyzer.analyzeWithOffsets?.bind(analyzer) ?? ((text: string) => wordByWord(analyzer, text));
  const out = new Map<string, SurfaceForm[]>();
  for (const { field, text } of texts) {
    if (text.length === 0) continue;
    for (const t of withOffsets(text)) {
      if (!wanted.has(t.term)) continue;
      let forms = out.get(t.term);
      if (forms === undefined) out.set(t.term, (forms = []));
      // A hyphenated compound yields the whole and its parts at overlapping spans: keep each span once.
      if (forms.length < MAX_FORMS_PER_TERM && !forms.some((f) => f.field === field && f.start === t.start && f.end === t.end)) {
        forms.push({ text: text.slice(t.start, t.end), field, start: t.start, end: t.end });
      }
    }
  }
  return out;
}
