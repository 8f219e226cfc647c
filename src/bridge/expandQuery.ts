import { validate } from "../validation/checkShape.js";
import { LIMITS } from "../validation/limits.js";
import { custom, integer, number, object, optional, string } from "../validation/shapes.js";
import type { BridgeCandidate, BridgedTerm, BridgeSource, WeightedTerm } from "./bridgeTypes.js";
import { FeedbackSource } from "./feedbackSource.js";
import { LearnedSource } from "./learnedSource.js";
import { LexiconSource } from "./lexiconSource.js";
import { LexiconIndex } from "./lexiconIndex.js";
import { TranslationModel } from "./translationModel.js";

/** Which bridges to use and how much each may weigh. Every weight is relative to an original query term (1). */
export interface ExpansionOptions {
  /** The raw query text: lets Chinese lexicon expressions and dictionary words match as phrases in it. */
  readonly text?: string;
  /** Further bridge sources (dictionary, acronyms, your own); each weighs its candidates with its `weight`. */
  readonly sources?: readonly BridgeSource[];
  /** Hand-made lexicon bridges (compile a `Lexicon` with `new LexiconIndex(lexicon, analyze)`). */
  readonly lexicon?: LexiconIndex;
  /** Weight of the strongest lexicon bridge, in [0, 1); default 0.5. */
  readonly lexiconWeight?: number;
  /** Learned bridges. */
  readonly model?: TranslationModel;
  /** Weight of the strongest learned bridge, in [0, 1); default 0.3. */
  readonly learnedWeight?: number;
  /** Most learned terms added; default 20. */
  readonly maxLearnedTerms?: number;
  /** Feedback terms from `relevanceModelTerms` (a first pass must have run). */
  readonly feedback?: readonly WeightedTerm[];
  /** Weight of the strongest feedback term, in [0, 1); default 0.3. */
  readonly feedbackWeight?: number;
  /** Cap on the summed weight of all bridged terms, as a multiple of the number of query terms; default 1. */
  readonly maxBridgeShare?: number;
  /** No bridged term may weigh more than this (strictly below an original term's 1); default 0.8. */
  readonly maxBridgedTermWeight?: number;
}

/** An expanded query: terms for the index, plus the provenance of every term for explanations. */
export interface ExpandedQuery {
  /** Merged weighted terms, the user's own first (weight 1), then bridges by weight; deterministic order. */
  readonly query: WeightedTerm[];
  /** One entry per (term, source); a term reached by two bridges appears twice here and once in `query`. */
  readonly terms: BridgedTerm[];
}

const byTerm = (a: { term: string }, b: { term: string }): number => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

function toBridged(c: BridgeCandidate, source: string, weight: number): BridgedTerm {
  return {
    term: c.term,
    weight,
    source,
    from: [...c.from],
    strength: c.raw ?? c.strength,
    ...(c.concept !== undefined ? { concept: c.concept, conceptLabel: c.conceptLabel } : {}),
    ...(c.fromText !== undefined ? { fromText: c.fromText, toText: c.toText } : {}),
  };
}

/** Expansion weights and caps with their defaults applied. */
export type ResolvedExpansion = Required<Pick<ExpansionOptions, "lexiconWeight" | "learnedWeight" | "feedbackWeight" | "maxBridgeShare" | "maxBridgedTermWeight" | "maxLearnedTerms">>;

const bridgeWeight = optional(number({ min: 0, max: 1, maxExclusive: true }));

/** The weights and caps of an expansion; `bridges.weights` of the Matcher uses the same description. */
export const expansionWeightKeys = {
  lexiconWeight: bridgeWeight,
  learnedWeight: bridgeWeight,
  feedbackWeight: bridgeWeight,
  maxBridgeShare: optional(number({ min: 0 })),
  maxBridgedTermWeight: bridgeWeight,
  maxLearnedTerms: optional(integer(0, LIMITS.queryTerms)),
};

const expansionOptionsShape = object({
  ...expansionWeightKeys,
  text: optional(string({ max: LIMITS.queryLength, blank: true })),
  sources: optional(custom("an array of bridge sources", (x): x is BridgeSource[] => Array.isArray(x))),
  lexicon: optional(custom("a LexiconIndex", (x): x is LexiconIndex => x instanceof LexiconIndex)),
  model: optional(custom("a TranslationModel", (x): x is TranslationModel => x instanceof TranslationModel)),
  feedback: optional(custom("an array of { term, weight }", (x): x is WeightedTerm[] => Array.isArray(x))),
});

/** Apply the defaults to the expansion weights and caps; throws one ValidationError naming every bad one. */
export function resolveExpansionOptions(options: ExpansionOptions = {}, context = "expandQuery"): ResolvedExpansion {
  const checked = validate(expansionOptionsShape, options, { context });
  return {
    lexiconWeight: checked.lexiconWeight ?? 0.5,
    learnedWeight: checked.learnedWeight ?? 0.3,
    feedbackWeight: checked.feedbackWeight ?? 0.3,
    maxBridgeShare: checked.maxBridgeShare ?? 1,
    maxBridgedTermWeight: checked.maxBridgedTermWeight ?? 0.8,
    maxLearnedTerms: checked.maxLearnedTerms ?? 20,
  };
}

/**
 * Expand analysed query terms with lexicon, learned and feedback bridges. The user's terms keep weight 1;
 * each bridged term stays strictly below that, and the bridges together weigh at most `maxBridgeShare`
 * times the query's own mass, so bridges can add recall but never drown what the user wrote.
 * With no bridges configured (or an empty model) the result is exactly the user's terms.
 */
export function expandQuery(queryTerms: readonly string[], options: ExpansionOptions = {}): ExpandedQuery {
  return expandChecked(queryTerms, options, resolveExpansionOptions(options));
}

/**
 * {@link expandQuery} for options already checked once, with their weights resolved (the Matcher checks its
 * bridge options when they are set, so its queries skip the check).
 */
export function expandChecked(queryTerms: readonly string[], options: ExpansionOptions, weights: ResolvedExpansion): ExpandedQuery {
  const { lexiconWeight, learnedWeight, feedbackWeight, maxBridgeShare: maxShare, maxBridgedTermWeight: maxTermWeight, maxLearnedTerms: maxLearned } = weights;

  const unique = [...new Set(queryTerms)];
  const present = new Set(unique);
  const original: BridgedTerm[] = unique.map((term) => ({ term, weight: 1, source: "query", from: [], strength: 1 }));

  // Every kind of bridge is a source, in this order: the lexicon, the caller's sources (the dictionary among
  // them), learned bridges, feedback. Each candidate weighs its strength times its source's weight.
  const sources: BridgeSource[] = [
    ...(options.lexicon ? [new LexiconSource(options.lexicon, lexiconWeight)] : []),
    ...(options.sources ?? []),
    ...(options.model && maxLearned > 0 ? [new LearnedSource(options.model, learnedWeight, maxLearned)] : []),
    ...(options.feedback ? [new FeedbackSource(options.feedback, feedbackWeight)] : []),
  ];
  let bridged: BridgedTerm[] = [];
  const describers = new Map<BridgedTerm, BridgeSource>();
  const query = { terms: queryTerms, text: options.text ?? "" };
  for (const source of sources) {
    if (!(source.weight > 0)) continue;
    for (const c of source.expand(query)) {
      if (present.has(c.term) || !(c.strength > 0)) continue;
      const b = toBridged(c, source.name, Math.min(1, c.strength) * source.weight);
      describers.set(b, source);
      bridged.push(b);
    }
  }
  bridged = bridged.filter((b) => b.weight > 0);

  // Merge per term, clamp each below the original weight, then cap the total bridge mass.
  const merged = new Map<string, number>();
  for (const b of bridged) merged.set(b.term, Math.min(maxTermWeight, (merged.get(b.term) ?? 0) + b.weight));
  const total = [...merged.values()].reduce((s, w) => s + w, 0);
  const budget = maxShare * unique.length;
  const shrink = total > budget && total > 0 ? budget / total : 1;
  const bridgedQuery: WeightedTerm[] = [...merged].map(([term, w]) => ({ term, weight: w * shrink }));
  bridgedQuery.sort((a, b) => b.weight - a.weight || byTerm(a, b));
  // Provenance weights are rescaled in proportion so that they still add up to the merged weight.
  const rawSum = new Map<string, number>();
  for (const b of bridged) rawSum.set(b.term, (rawSum.get(b.term) ?? 0) + b.weight);
  const terms = bridged.map((b) => {
    const term: BridgedTerm = { ...b, weight: (b.weight / rawSum.get(b.term)!) * merged.get(b.term)! * shrink };
    const source = describers.get(b);
    return source ? { ...term, explanation: source.describe(term) } : term;
  });
  terms.sort((a, b) => b.weight - a.weight || byTerm(a, b) || (a.source < b.source ? -1 : 1));
  return {
    query: [...original.map((o) => ({ term: o.term, weight: 1 })), ...bridgedQuery],
    terms: [...original, ...terms],
  };
}
