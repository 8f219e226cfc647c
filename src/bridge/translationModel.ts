import { ValidationError } from "../errors/errors.js";
import { validate } from "../validation/checkShape.js";
import { LIMITS } from "../validation/limits.js";
import { integer, number, object, optional } from "../validation/shapes.js";
import { buildTrainingTable, type TranslationPair } from "./translationTraining.js";

export type { TranslationPair } from "./translationTraining.js";

/** Options for {@link TranslationModel.train}. */
export interface TranslationTrainingOptions {
  /** EM iterations; default 5 (IBM Model 1 converges fast and later iterations mostly sharpen). */
  readonly iterations?: number;
  /**
   * Share of each result-side term explained by the background (NULL) distribution; default 0.8.
   * Higher values leave only the terms a demand word specifically predicts (0.8-0.95 measured best on NFCorpus dev).
   */
  readonly backgroundWeight?: number;
  /** Only the first N analysed terms of each result text are used; default 200 (titles and abstracts lead). */
  readonly maxTargetTerms?: number;
  /** A result-side term must occur in at least this many pairs to be learned; default 2. */
  readonly minTargetPairs?: number;
  /** Keep at most this many translations per demand-side term; default 30. */
  readonly maxTranslations?: number;
  /** Drop translations below this probability; default 0.001. */
  readonly minProbability?: number;
}

const probabilityBelowOne = optional(number({ min: 0, max: 1, maxExclusive: true }));

/** The description of {@link TranslationTrainingOptions}; `learnBridges` adds its own keys to these. */
export const trainingOptionKeys = {
  iterations: optional(integer(1, 1000)),
  backgroundWeight: probabilityBelowOne,
  maxTargetTerms: optional(integer(1, LIMITS.queryTerms * 25)),
  minTargetPairs: optional(integer(1, LIMITS.recordCount)),
  maxTranslations: optional(integer(1, 10_000)),
  minProbability: probabilityBelowOne,
};

const trainingOptionsShape = object(trainingOptionKeys);

/** One learned association: a result-side term and p(term | demand-side term). */
export interface Translation {
  readonly term: string;
  readonly probability: number;
}

/** Serialized form of a {@link TranslationModel} (plain JSON). */
export interface TranslationModelJson {
  readonly format: "techbroker.translation";
  readonly version: 1;
  /** pairs the model was trained on (informative). */
  readonly trainedPairs: number;
  /** source term -> [target term, probability] pairs, strongest first. */
  readonly table: Record<string, [string, number][]>;
}

/**
 * Learned bridges: p(result term | demand term), estimated from past successful matches with IBM Model 1
 * and EM, following the statistical-translation view of retrieval (Berger & Lafferty, SIGIR 1999).
 * Each result-side term of a pair is "generated" either by one of the demand-side terms or by a
 * background distribution (the NULL word), so generic words ("study", "patient") are absorbed by the
 * background instead of becoming everybody's translation. An empty model translates nothing.
 */
export class TranslationModel {
  private constructor(
    private readonly table: ReadonlyMap<string, readonly Translation[]>,
    /** Number of pairs the model was trained on. */
    readonly trainedPairs: number,
  ) {}

  /** A model with no history: translates nothing, so expansion leaves queries unchanged. */
  static empty(): TranslationModel {
    return new TranslationModel(new Map(), 0);
  }

  /** Train on pairs of analysed (demand terms, result terms). Deterministic for the same input. */
  static train(pairs: readonly TranslationPair[], options: TranslationTrainingOptions = {}): TranslationModel {
    options = validate(trainingOptionsShape, options, { context: "TranslationModel.train" });
    const iterations = options.iterations ?? 5;
    const lambda = options.backgroundWeight ?? 0.8;
    const maxTranslations = options.maxTranslations ?? 30;
    const minProbability = options.minProbability ?? 0.001;

    const t = buildTrainingTable(pairs, options.maxTargetTerms ?? 200, options.minTargetPairs ?? 2);
    const { groupSources, groupSourceStart, groupTargetStart, targetIds, targetCounts, cellPair, cellStart } = t;
    const prob = new Float64Array(t.pairSource.length);
    const counts = new Float64Array(t.pairSource.length);
    const sourceTotals = new Float64Array(t.vocabulary.length);
    // Start from uniform translations over each source term's co-occurring targets (standard Model 1 init).
    const fanOut = new Float64Array(t.vocabulary.length);
    for (let p = 0; p < t.pairSource.length; p++) fanOut[t.pairSource[p]]++;
    for (let p = 0; p < t.pairSource.length; p++) prob[p] = 1 / fanOut[t.pairSource[p]];

    for (let iteration = 0; iteration < iterations; iteration++) {
      counts.fill(0);
      sourceTotals.fill(0);
      for (let g = 0; g + 1 < groupSourceStart.length; g++) {
        const s0 = groupSourceStart[g];
        const n = groupSourceStart[g + 1] - s0;
        const prior = (1 - lambda) / n;
        let cell = cellStart[g];
        for (let j = groupTargetStart[g]; j < groupTargetStart[g + 1]; j++) {
          // E-step: posterior that target j was generated by each source term of the group (or the background).
          let denominator = lambda * t.background[targetIds[j]];
          for (let i = 0; i < n; i++) denominator += prior * prob[cellPair[cell + i]];
          const scale = targetCounts[j] / denominator;
          for (let i = 0; i < n; i++) {
            const p = cellPair[cell + i];
            const c = scale * prior * prob[p];
            counts[p] += c;
            sourceTotals[groupSources[s0 + i]] += c;
          }
          cell += n;
        }
      }
      // M-step: renormalise the expected counts per source term.
      for (let p = 0; p < prob.length; p++) {
        const total = sourceTotals[t.pairSource[p]];
        prob[p] = total > 0 ? counts[p] / total : 0;
      }
    }

    const bySource = new Map<number, number[]>();
    for (let p = 0; p < prob.length; p++) {
      if (prob[p] < minProbability) continue;
      let list = bySource.get(t.pairSource[p]);
      if (!list) bySource.set(t.pairSource[p], (list = []));
      list.push(p);
    }
    const table = new Map<string, Translation[]>();
    const sources = [...bySource.keys()].sort((a, b) => (t.vocabulary[a] < t.vocabulary[b] ? -1 : 1));
    for (const s of sources) {
      const list = bySource.get(s)!;
      list.sort((a, b) => prob[b] - prob[a] || (t.vocabulary[t.pairTarget[a]] < t.vocabulary[t.pairTarget[b]] ? -1 : 1));
      table.set(
        t.vocabulary[s],
        list.slice(0, maxTranslations).map((p) => ({ term: t.vocabulary[t.pairTarget[p]], probability: prob[p] })),
      );
    }
    return new TranslationModel(table, pairs.length);
  }

  /** Number of demand-side terms that have at least one translation. */
  get sourceCount(): number {
    return this.table.size;
  }

  /** Learned translations of one analysed demand-side term, strongest first (empty if unknown). */
  translate(sourceTerm: string): readonly Translation[] {
    return this.table.get(sourceTerm) ?? [];
  }

  /** Plain-JSON form; `TranslationModel.fromJSON(JSON.parse(JSON.stringify(m)))` gives an equal model. */
  toJSON(): TranslationModelJson {
    const table: Record<string, [string, number][]> = {};
    for (const [source, list] of this.table) table[source] = list.map((x) => [x.term, x.probability]);
    return { format: "techbroker.translation", version: 1, trainedPairs: this.trainedPairs, table };
  }

  /** Rebuild a model from {@link TranslationModel.toJSON} output; throws `ValidationError` naming the bad path. */
  static fromJSON(x: unknown): TranslationModel {
    const fail = (path: string, message: string): never => {
      throw new ValidationError([{ path, message }], "TranslationModel.fromJSON");
    };
    if (typeof x !== "object" || x === null) return fail("", "expected an object");
    const json = x as Record<string, unknown>;
    if (json.format !== "techbroker.translation") fail("format", 'expected "techbroker.translation"');
    if (json.version !== 1) fail("version", "expected 1");
    const trainedPairs = json.trainedPairs;
    if (typeof trainedPairs !== "number" || !Number.isInteger(trainedPairs) || trainedPairs < 0) fail("trainedPairs", "expected an integer >= 0");
    const raw = json.table;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("table", "expected an object");
    const table = new Map<string, Translation[]>();
    for (const [source, list] of Object.entries(raw as Record<string, unknown>)) {
      if (!Array.isArray(list)) return fail(`table.${source}`, "expected an array");
      table.set(
        source,
        list.map((entry: unknown, i) => {
          const ok = Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" &&
            typeof entry[1] === "number" && entry[1] > 0 && entry[1] <= 1;
          if (!ok) fail(`table.${source}[${i}]`, "expected [term, probability in (0, 1]]");
          return { term: (entry as [string, number])[0], probability: (entry as [string, number])[1] };
        }),
      );
    }
    return new TranslationModel(table, trainedPairs as number);
  }
}
