import { parseLexicon, type Lexicon } from "./lexicon.js";
import { analyze } from "../text/analyzer.js";
import { compoundParts } from "../text/compoundTerms.js";
import type { TermAnalyzer } from "./bridgeTypes.js";

/** A lexicon concept that a query triggered, and the terms it bridges to. */
export interface LexiconHit {
  readonly conceptId: string;
  readonly conceptLabel: string;
  /** The expression found in the query (its original text) and the query terms that matched it. */
  readonly matchedText: string;
  readonly matchedTerms: readonly string[];
  /** Analysed terms of the concept's other expressions that the query lacks, with their lexicon weight in (0, 1]. */
  readonly targets: readonly { readonly term: string; readonly weight: number; readonly text: string }[];
}

interface CompiledExpression {
  readonly text: string;
  readonly terms: readonly string[];
  /** What the expression adds as a bridge (see `bridgeTargets`). */
  readonly targets: readonly string[];
  readonly weight: number;
}

interface CompiledConcept {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  readonly expressions: readonly CompiledExpression[];
}

/**
 * A lexicon whose phrases have been run through the same analyzer as the index, with a lookup from each
 * term to the expressions that contain it. Phrases match when all their terms occur in the query (in any
 * order), because analysis (stop words, lemmas, Chinese bigrams) does not keep reliable positions.
 */
export class LexiconIndex {
  private readonly concepts: CompiledConcept[] = [];
  private readonly byTerm = new Map<string, { concept: number; expression: number }[]>();

  /**
   * Validate (as `parseLexicon`, so raw JSON is fine) and compile `lexicon` with `analyzer` (default: the
   * library's `analyze`; use the index's analyzer so that terms agree). Throws ValidationError with paths.
   */
  constructor(lexicon: Lexicon, analyzer: TermAnalyzer = analyze) {
    for (const concept of parseLexicon(lexicon).concepts) {
      const expressions: CompiledExpression[] = [];
      for (const e of concept.expressions) {
        const terms = [...new Set(analyzer(e.text))];
        // An expression made only of stop words cannot be recognised; it simply takes no part.
        if (terms.length === 0) continue;
        expressions.push({ text: e.text, terms, targets: bridgeTargets(terms), weight: e.weight ?? 1 });
      }
      const index = this.concepts.length;
      this.concepts.push({ id: concept.id, label: concept.label ?? concept.id, weight: concept.weight ?? 1, expressions });
      expressions.forEach((e, expression) => {
        for (const term of e.terms) {
          let list = this.byTerm.get(term);
          if (!list) this.byTerm.set(term, (list = []));
          list.push({ concept: index, expression });
        }
      });
    }
  }

  /** Number of concepts compiled. */
  get conceptCount(): number {
    return this.concepts.length;
  }

  /** Concepts triggered by the analysed query terms, in lexicon order (deterministic). */
  lookup(queryTerms: readonly string[]): LexiconHit[] {
    const present = new Set(queryTerms);
    const matched = new Map<number, Set<number>>();
    for (const term of present) {
      for (const ref of this.byTerm.get(term) ?? []) {
        const e = this.concepts[ref.concept].expressions[ref.expression];
        if (!e.terms.every((t) => present.has(t))) continue;
        let set = matched.get(ref.concept);
        if (!set) matched.set(ref.concept, (set = new Set()));
        set.add(ref.expression);
      }
    }
    const hits: LexiconHit[] = [];
    for (const conceptIndex of [...matched.keys()].sort((a, b) => a - b)) {
      const concept = this.concepts[conceptIndex];
      const found = [...matched.get(conceptIndex)!].sort((a, b) => a - b);
      // The strongest matching expression stands for the concept; ties go to the longer (more specific) one.
      let best = concept.expressions[found[0]];
      for (const i of found) {
        const e = concept.expressions[i];
        if (e.weight > best.weight || (e.weight === best.weight && e.terms.length > best.terms.length)) best = e;
      }
      const targets = new Map<string, { weight: number; text: string }>();
      concept.expressions.forEach((e, i) => {
        if (found.includes(i)) return;
        const w = concept.weight * best.weight * e.weight;
        for (const term of e.targets) {
          if (present.has(term)) continue;
          if (w > (targets.get(term)?.weight ?? 0)) targets.set(term, { weight: w, text: e.text });
        }
      });
      if (targets.size === 0) continue;
      hits.push({
        conceptId: concept.id,
        conceptLabel: concept.label,
        matchedText: best.text,
        matchedTerms: best.terms,
        targets: [...targets].map(([term, t]) => ({ term, weight: t.weight, text: t.text })),
      });
    }
    return hits;
  }
}

/**
 * The terms an expression adds as a bridge: the parts of a compound that is itself a term are left out
 * ("diamond-like carbon" adds diamond-like and carbon, not the common word "like"). The analyzer emits
 * the parts so that "lithium ion" meets "lithium-ion" in text; as bridge targets they would only add noise.
 */
function bridgeTargets(terms: readonly string[]): string[] {
  const parts = compoundParts(terms);
  return terms.filter((t) => !parts.has(t));
}
