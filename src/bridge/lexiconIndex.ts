import { parseLexicon, type Lexicon } from "./lexicon.js";
import { analyze } from "../text/analyzer.js";
import { compoundParts } from "../text/compoundTerms.js";
import type { TermAnalyzer } from "./bridgeTypes.js";
import { findHanPhrases, isHanPhrase, normalizeForPhrases, type TextFold } from "./hanPhrases.js";

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

/** Options of a compiled lexicon. */
export interface LexiconIndexOptions {
  /** Script fold applied to Chinese text before phrase matching (e.g. Traditional -> Simplified); default none. */
  readonly fold?: TextFold;
}

interface CompiledExpression {
  readonly text: string;
  readonly terms: readonly string[];
  /** The sequence that must occur contiguously in the query's terms (see `matchSequence`). */
  readonly sequence: readonly string[];
  /** Normalised text when the expression is all Han: matched against the query text, not its terms. */
  readonly han?: string;
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

interface Ref {
  readonly concept: number;
  readonly expression: number;
}

const JOINED = /[-\u2010_/]/;

/**
 * A lexicon whose phrases have been run through the same analyzer as the index. An expression matches
 * where it stands in the query as a phrase: its analysed terms as a contiguous run of the query's terms,
 * or, for an all-Chinese expression when the query text is given, its characters as a contiguous span of
 * the text (with word boundaries around one- and two-character expressions; see hanPhrases.ts).
 */
export class LexiconIndex {
  private readonly lexicon: Lexicon;
  private readonly analyzer: TermAnalyzer;
  private readonly fold?: TextFold;
  private compiled?: CompiledLexicon;

  /**
   * Validate (as `parseLexicon`, so raw JSON is fine) `lexicon`, to be compiled with `analyzer` (default: the
   * library's `analyze`; use the index's analyzer so that terms agree). Throws ValidationError with paths.
   * Compiling (analysing every expression) waits for the first lookup, so building a Matcher stays cheap.
   */
  constructor(lexicon: Lexicon, analyzer: TermAnalyzer = analyze, options: LexiconIndexOptions = {}) {
    this.lexicon = parseLexicon(lexicon);
    this.analyzer = analyzer;
    this.fold = options.fold;
  }

  /** Number of concepts compiled. */
  get conceptCount(): number {
    return this.lexicon.concepts.length;
  }

  /**
   * Concepts triggered by the analysed query terms (in query order), in lexicon order (deterministic).
   * Pass the query `text` too so that Chinese expressions match as character spans on word boundaries;
   * without it they match as runs of analysed terms.
   */
  lookup(queryTerms: readonly string[], text?: string): LexiconHit[] {
    this.compiled ??= compileLexicon(this.lexicon, this.analyzer, this.fold);
    return lookupCompiled(this.compiled, queryTerms, text, this.fold);
  }
}

/** A lexicon with every expression analysed, indexed by first term and by Han text. */
interface CompiledLexicon {
  readonly concepts: CompiledConcept[];
  /** Expressions by the first term of their sequence. */
  readonly byFirstTerm: Map<string, Ref[]>;
  /** All-Han expressions by their normalised text. */
  readonly byHan: Map<string, Ref[]>;
  maxHanLength: number;
}

function compileLexicon(lexicon: Lexicon, analyzer: TermAnalyzer, fold: TextFold | undefined): CompiledLexicon {
  const compiled: CompiledLexicon = { concepts: [], byFirstTerm: new Map(), byHan: new Map(), maxHanLength: 0 };
  for (const concept of lexicon.concepts) {
    const expressions: CompiledExpression[] = [];
    for (const e of concept.expressions) {
      const terms = analyzer(e.text);
      const trimmed = normalizeForPhrases(e.text.trim(), fold);
      const han = isHanPhrase(trimmed) ? trimmed : undefined;
      // An expression made only of stop words cannot be recognised; it simply takes no part.
      if (terms.length === 0 && han === undefined) continue;
      const unique = [...new Set(terms)];
      expressions.push({ text: e.text, terms: unique, sequence: matchSequence(terms), han, targets: bridgeTargets(unique), weight: e.weight ?? 1 });
    }
    const index = compiled.concepts.length;
    compiled.concepts.push({ id: concept.id, label: concept.label ?? concept.id, weight: concept.weight ?? 1, expressions });
    expressions.forEach((e, expression) => {
      const ref = { concept: index, expression };
      if (e.han !== undefined) {
        push(compiled.byHan, e.han, ref);
        compiled.maxHanLength = Math.max(compiled.maxHanLength, e.han.length);
      }
      if (e.sequence.length > 0) push(compiled.byFirstTerm, e.sequence[0], ref);
    });
  }
  return compiled;
}

function lookupCompiled(lexicon: CompiledLexicon, queryTerms: readonly string[], text: string | undefined, fold: TextFold | undefined): LexiconHit[] {
  const present = new Set(queryTerms);
  const matched = new Map<number, Set<number>>();
  const mark = (ref: Ref): void => {
    let set = matched.get(ref.concept);
    if (!set) matched.set(ref.concept, (set = new Set()));
    set.add(ref.expression);
  };
  const sequence = matchSequence(queryTerms);
  for (let i = 0; i < sequence.length; i++) {
    for (const ref of lexicon.byFirstTerm.get(sequence[i]) ?? []) {
      const e = lexicon.concepts[ref.concept].expressions[ref.expression];
      if (text !== undefined && e.han !== undefined) continue;
      if (runsAt(sequence, i, e.sequence)) mark(ref);
    }
  }
  if (text !== undefined && lexicon.byHan.size > 0) {
    for (const hit of findHanPhrases(normalizeForPhrases(text, fold), lexicon.byHan, lexicon.maxHanLength)) {
      for (const ref of lexicon.byHan.get(hit.phrase) ?? []) mark(ref);
    }
  }
  const hits: LexiconHit[] = [];
  for (const conceptIndex of [...matched.keys()].sort((a, b) => a - b)) {
    const concept = lexicon.concepts[conceptIndex];
    const found = matched.get(conceptIndex)!;
    // The strongest matching expression stands for the concept; ties go to the longer (more specific) one.
    let best: CompiledExpression | undefined;
    for (const i of [...found].sort((a, b) => a - b)) {
      const e = concept.expressions[i];
      if (!best || e.weight > best.weight || (e.weight === best.weight && e.terms.length > best.terms.length)) best = e;
    }
    const targets = new Map<string, { weight: number; text: string }>();
    concept.expressions.forEach((e, i) => {
      if (found.has(i)) return;
      const w = concept.weight * best!.weight * e.weight;
      for (const term of e.targets) {
        if (present.has(term)) continue;
        if (w > (targets.get(term)?.weight ?? 0)) targets.set(term, { weight: w, text: e.text });
      }
    });
    if (targets.size === 0) continue;
    hits.push({
      conceptId: concept.id,
      conceptLabel: concept.label,
      matchedText: best!.text,
      matchedTerms: best!.terms,
      targets: [...targets].map(([term, t]) => ({ term, weight: t.weight, text: t.text })),
    });
  }
  return hits;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when `needle` occurs in `haystack` starting at `at`. */
function runsAt(haystack: readonly string[], at: number, needle: readonly string[]): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let j = 0; j < needle.length; j++) if (haystack[at + j] !== needle[j]) return false;
  return true;
}

/**
 * The terms compared as a phrase: a hyphenated whole ("lithium-ion") is left out when its parts follow it,
 * so "lithium ion" and "lithium-ion" give the same run (lithium, ion) on both sides.
 */
function matchSequence(terms: readonly string[]): string[] {
  const parts = terms.filter((t) => !JOINED.test(t));
  return parts.length > 0 ? parts : [...terms];
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
