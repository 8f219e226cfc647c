// Past matches: a demand that resembles demands matched before is likely to want the results they got.
//
// This is query association from a log of successful searches (Scholer and Williams 2002, "Query association
// for effective retrieval"; Craswell and Szummer 2007 on click graphs), in its simplest form: the past
// demands are indexed (BM25F over their text); for a new demand, its PAST_MATCH_NEIGHBOURS most similar past
// demands vote for the results they were matched to, each vote = similarity score x the pair's weight.
// The votes are scaled so the best-backed result gets the closeness of the closest past demand: its score over
// the score a repeat of the new demand would get (each of its words once in a past demand of average length,
// sum of idf), capped at 1. A new demand that only loosely resembles anything in the history gets a small
// push, a near repeat the full one.
// The Matcher adds `PAST_MATCH_WEIGHT x support x attainable(text)` to a result's text score, so a result
// with full support gains PAST_MATCH_WEIGHT of strength (README, "Past matches"). Measured on NFCorpus (train
// queries as the history, chosen on train by 2-fold cross-fitting, read on dev): `npm run bench:history`.

import { InvertedIndex } from "../postings/invertedIndex.js";
import type { Analyzer } from "../text/analyzer.js";
import { idf } from "../score/bm25f.js";

/** One past successful match: the demand's text and the id of the result it was matched to. */
export interface PastMatch {
  readonly demand: string;
  readonly resultId: string;
  /** How much the match counts (2 for a signed contract, 1 for a shortlisted contact); default 1. */
  readonly weight?: number;
}

/** How many of the most similar past demands vote. Chosen on NFCorpus train (10, 20, 40 tried). */
export const PAST_MATCH_NEIGHBOURS = 20;

/** A result's full support adds this much strength: the boost is this x support x the attainable score. Chosen on NFCorpus train (0.4, 0.6, 0.8, 1 tried; `npm run bench:history -- --grid`). */
export const PAST_MATCH_WEIGHT = 0.6;

/** Why a result is supported: how much (0..1] and by which past demand most. */
export interface PastSupport {
  readonly support: number;
  /** The text of the past demand whose vote for this result was largest. */
  readonly demand: string;
}

/** Past demands indexed for similarity, with the results each was matched to. */
export class PastMatches {
  private readonly index: InvertedIndex;
  private readonly texts: string[] = [];
  private readonly matched: Map<string, number>[] = [];
  private readonly analyzer: Analyzer;

  /** Entries with the same demand text are one past demand with several results. */
  constructor(entries: readonly PastMatch[], analyzer: Analyzer) {
    this.analyzer = analyzer;
    const byText = new Map<string, number>();
    for (const e of entries) {
      let slot = byText.get(e.demand);
      if (slot === undefined) {
        byText.set(e.demand, (slot = this.texts.length));
        this.texts.push(e.demand);
        this.matched.push(new Map());
      }
      const results = this.matched[slot];
      results.set(e.resultId, (results.get(e.resultId) ?? 0) + (e.weight ?? 1));
    }
    this.index = new InvertedIndex({ fields: { demand: { weight: 1 } }, analyzer });
    this.index.addAll(this.texts.map((demand, i) => ({ id: String(i), demand })));
  }

  /** Number of distinct past demands. */
  get size(): number {
    return this.texts.length;
  }

  /**
   * What a past demand with the same `words`, of average length, would score: each word once, tf~ = 1, so
   * BM25 gives idf per word. A past demand scoring this much is as close as a repeat (closeness 1).
   */
  private repeatScore(words: readonly string[]): number {
    const n = this.index.size;
    let sum = 0;
    for (const term of words) sum += idf(n, this.index.docFrequency(term));
    return sum;
  }

  /** The results backed by the past demands most similar to `text`, with their support in (0, 1]. */
  supportFor(text: string): Map<string, PastSupport> {
    const out = new Map<string, PastSupport>();
    if (this.texts.length === 0) return out;
    // Each word once, as in repeatScore: a demand that says "battery" three times is no closer to a past one.
    const words = [...new Set(this.analyzer.analyze(text))];
    const neighbours = this.index.search(words.map((term) => ({ term, weight: 1 })), { k: PAST_MATCH_NEIGHBOURS });
    if (neighbours.length === 0) return out;
    const closest = Math.min(1, neighbours[0].score / this.repeatScore(words));
    const votes = new Map<string, { total: number; best: number; demand: number }>();
    for (const n of neighbours) {
      const slot = Number(n.id);
      for (const [resultId, weight] of this.matched[slot]) {
        const vote = n.score * weight;
        const v = votes.get(resultId);
        if (v === undefined) votes.set(resultId, { total: vote, best: vote, demand: slot });
        else {
          v.total += vote;
          if (vote > v.best) Object.assign(v, { best: vote, demand: slot });
        }
      }
    }
    let max = 0;
    for (const v of votes.values()) max = Math.max(max, v.total);
    if (!(max > 0) || !(closest > 0)) return out; // closest is NaN when no word of `text` is in the index
    for (const [resultId, v] of votes) out.set(resultId, { support: (closest * v.total) / max, demand: this.texts[v.demand] });
    return out;
  }
}
