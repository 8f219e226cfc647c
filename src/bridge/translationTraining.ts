import { ValidationError } from "../errors/errors.js";

/** One past successful match, already analysed: demand-side terms and result-side terms. */
export interface TranslationPair {
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** How much this pair counts (e.g. a relevance grade); default 1. */
  readonly weight?: number;
}

/**
 * The flat, integer-id tables EM runs over. Pairs with the same set of source terms are merged into one
 * group whose target counts are summed: in Model 1 the alignment posterior of a target term depends only
 * on the source terms, so this is exact, and it makes many results judged for one query cost one pass.
 */
export interface TrainingTable {
  readonly vocabulary: readonly string[];
  /** Background (NULL word) probability of each target term id. */
  readonly background: Float64Array;
  readonly groupSources: Int32Array;
  readonly groupSourceStart: Int32Array;
  readonly groupTargetStart: Int32Array;
  readonly targetIds: Int32Array;
  readonly targetCounts: Float64Array;
  /** For group g, target j, source i: the (source, target) pair id at cellStart[g] + (j - groupTargetStart[g]) * n + i. */
  readonly cellStart: Int32Array;
  readonly cellPair: Int32Array;
  readonly pairSource: Int32Array;
  readonly pairTarget: Int32Array;
}

/** Intern terms, group pairs by source set and enumerate the candidate (source, target) pairs. */
export function buildTrainingTable(pairs: readonly TranslationPair[], maxTargetTerms: number, minTargetPairs: number): TrainingTable {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const intern = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      id = vocabulary.length;
      ids.set(term, id);
      vocabulary.push(term);
    }
    return id;
  };

  // Pass 1: each pair as (sorted unique source ids, unique target ids of its first maxTargetTerms terms).
  const groups = new Map<string, { sources: number[]; targets: Map<number, number> }>();
  const targetPairCount = new Map<number, number>();
  pairs.forEach((pair, index) => {
    const weight = pair.weight ?? 1;
    if (!Array.isArray(pair.source) || !Array.isArray(pair.target)) {
      throw new ValidationError([{ path: `pairs[${index}]`, message: "expected { source: string[], target: string[] }" }], "TranslationModel.train");
    }
    if (!(typeof weight === "number" && Number.isFinite(weight) && weight > 0)) {
      throw new ValidationError([{ path: `pairs[${index}].weight`, message: "expected a positive number" }], "TranslationModel.train");
    }
    const sources = [...new Set(pair.source)].sort().map(intern);
    if (sources.length === 0) return;
    // Presence, not term frequency: a long abstract repeating one word should not dominate what a demand predicts.
    const targets = new Set(pair.target.slice(0, maxTargetTerms).map(intern));
    if (targets.size === 0) return;
    const key = sources.join(",");
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sources, targets: new Map() }));
    for (const t of targets) {
      group.targets.set(t, (group.targets.get(t) ?? 0) + weight);
      targetPairCount.set(t, (targetPairCount.get(t) ?? 0) + 1);
    }
  });

  const background = new Float64Array(vocabulary.length);
  let backgroundTotal = 0;
  const groupSources: number[] = [];
  const groupSourceStart: number[] = [0];
  const groupTargetStart: number[] = [0];
  const targetIds: number[] = [];
  const targetCounts: number[] = [];
  const cellStart: number[] = [];
  const cellPair: number[] = [];
  const pairSource: number[] = [];
  const pairTarget: number[] = [];
  const pairIds = new Map<number, number>();
  const width = vocabulary.length;

  for (const group of groups.values()) {
    const kept = [...group.targets].filter(([t]) => (targetPairCount.get(t) ?? 0) >= minTargetPairs);
    if (kept.length === 0) continue;
    groupSources.push(...group.sources);
    groupSourceStart.push(groupSources.length);
    cellStart.push(cellPair.length);
    for (const [t, count] of kept) {
      targetIds.push(t);
      targetCounts.push(count);
      background[t] += count;
      backgroundTotal += count;
      for (const s of group.sources) {
        const key = s * width + t;
        let p = pairIds.get(key);
        if (p === undefined) {
          p = pairSource.length;
          pairIds.set(key, p);
          pairSource.push(s);
          pairTarget.push(t);
        }
        cellPair.push(p);
      }
    }
    groupTargetStart.push(targetIds.length);
  }
  if (backgroundTotal > 0) for (let t = 0; t < background.length; t++) background[t] /= backgroundTotal;

  return {
    vocabulary,
    background,
    groupSources: Int32Array.from(groupSources),
    groupSourceStart: Int32Array.from(groupSourceStart),
    groupTargetStart: Int32Array.from(groupTargetStart),
    targetIds: Int32Array.from(targetIds),
    targetCounts: Float64Array.from(targetCounts),
    cellStart: Int32Array.from(cellStart),
    cellPair: Int32Array.from(cellPair),
    pairSource: Int32Array.from(pairSource),
    pairTarget: Int32Array.from(pairTarget),
  };
}
