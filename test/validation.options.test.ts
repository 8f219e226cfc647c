import { describe, expect, it } from "vitest";
import { linesOf } from "./support/problemPaths.js";
import {
  analyzePortfolio, firstInvestmentShortlist, InvertedIndex, learnBridges, Matcher, parseLexicon,
} from "../src/index.js";


const result = { id: "r1", title: "Graphene coating", summary: "A coating that spreads heat." };
const demand = { id: "d1", title: "Brake discs run hot", description: "Our discs overheat." };
const lexicon = { version: 1, concepts: [{ id: "heat", expressions: ["runs hot", "heat dissipation"] }] };

describe("one validation policy: unknown keys are errors everywhere, named in the caller's words", () => {
  it("Matcher options", () => {
    expect(linesOf(() => new Matcher({ bridge: { lexicon } } as never))).toEqual(['bridge: unknown key; did you mean "bridges"?']);
    expect(linesOf(() => new Matcher({ resultWeights: { title: -1 } }))).toEqual([
      "resultWeights.title: expected a number in (0, 1000000], got the number -1",
    ]);
    expect(linesOf(() => new Matcher({ readiness: { floor: Number.NaN, perLevl: 0.1 } as never }))).toEqual([
      'readiness.perLevl: unknown key; did you mean "perLevel"?',
      "readiness.floor: expected a number in [0, 1], got NaN",
    ]);
    expect(linesOf(() => new Matcher({ bridges: { lexicon, feedback: { docs: "5" } } as never }))).toEqual([
      'bridges.feedback.docs: expected an integer from 1 to 1000, got the string "5"',
    ]);
  });

  it("match options and both filters", () => {
    const m = new Matcher();
    m.addResults([result]);
    m.addDemands([demand]);
    expect(linesOf(() => m.matchDemand("d1", { limit: 5 } as never))).toEqual([
      "limit: unknown key; known keys: k, offset, minScore, minStrength, filter",
    ]);
    expect(linesOf(() => m.matchDemand("d1", { filter: { regoin: "CN" } } as never))).toEqual([
      'filter.regoin: unknown key; did you mean "region"?',
    ]);
    expect(linesOf(() => m.matchResult("r1", { k: "5", filter: { industri: ["x"] } } as never))).toEqual([
      'k: expected an integer from 1 to 100000, got the string "5"',
      'filter.industri: unknown key; did you mean "industry"?',
    ]);
    expect(linesOf(() => m.matchDemand("d1", { filter: { fields: ["materials"] } } as never))).toEqual([
      'filter.fields: unknown key; did you mean "disciplines"?',
    ]);
    expect(linesOf(() => m.matchResult("r1", { filter: { disciplines: ["materials"] } } as never))).toEqual([
      'filter.disciplines: unknown key; did you mean "industry"?',
    ]);
    expect(linesOf(() => m.matchAll({ minScore: Number.NaN }))).toEqual(["minScore: expected a number, got NaN"]);
  });

  it("setBridges, with the lexicon's own paths below `bridges.lexicon`", () => {
    const m = new Matcher();
    expect(linesOf(() => m.setBridges({ lexicon: { version: 1, concepts: [{ id: "x", expressions: ["a"] }] } } as never))).toEqual([
      "bridges.lexicon.concepts[0].expressions: expected at least 2 items to bridge, got 1",
    ]);
    expect(linesOf(() => m.setBridges({ weights: { lexiconWeigth: 0.2 } } as never))).toEqual([
      'bridges.weights.lexiconWeigth: unknown key; did you mean "lexiconWeight"?',
    ]);
  });

  it("reports a duplicate id as the caller's own record, and leaves the matcher unchanged", () => {
    const m = new Matcher();
    m.addResults([result]);
    expect(linesOf(() => m.addResults([{ ...result, title: "Other" }]))).toEqual(['results[0].id: duplicate id "r1": already stored']);
    expect(linesOf(() => m.addResults([{ ...result, id: "r2" }, { ...result, id: "r2" }]))).toEqual([
      'results[1].id: duplicate id "r2" (first at results[0])',
    ]);
    expect(m.resultCount).toBe(1);
    expect(m.getResult("r1")?.title).toBe("Graphene coating");
  });

  it("lexicons", () => {
    expect(linesOf(() => parseLexicon({ version: 1, concepts: [{ id: "x", expresions: [] }] }))).toEqual([
      'concepts[0].expresions: unknown key; did you mean "expressions"?',
      "concepts[0].expressions: required",
    ]);
  });

  it("portfolio and shortlist options", () => {
    expect(linesOf(() => analyzePortfolio([], { supports: [], stalDays: 3 } as never))).toEqual([
      'options.stalDays: unknown key; did you mean "stallDays"?',
    ]);
    const analysis = analyzePortfolio([], { supports: [] });
    expect(linesOf(() => firstInvestmentShortlist(analysis, { weights: { pul: 1 } } as never))).toEqual([
      'options.weights.pul: unknown key; did you mean "pull"?',
    ]);
    // `gap` was the old name of the closeness weight.
    expect(linesOf(() => firstInvestmentShortlist(analysis, { weights: { gap: 1 } } as never))).toEqual([
      'options.weights.gap: unknown key; did you mean "closeness"?',
    ]);
  });

  it("learnBridges options: negative, NaN and string values are named, not silently used", () => {
    const history = [{ demand: "brake discs run hot", result: "graphene heat dissipation coating" }];
    expect(linesOf(() => learnBridges(history, { maxTargetTerms: -1 }))).toEqual([
      "options.maxTargetTerms: expected an integer from 1 to 102400, got the number -1",
    ]);
    expect(linesOf(() => learnBridges(history, { backgroundWeight: Number.NaN, iterations: "5" } as never))).toEqual([
      'options.iterations: expected an integer from 1 to 1000, got the string "5"',
      "options.backgroundWeight: expected a number in [0, 1), got NaN",
    ]);
    expect(linesOf(() => learnBridges(history, { direction: "demand-to-result", maxTargetTerm: 3 } as never))).toEqual([
      'options.maxTargetTerm: unknown key; did you mean "maxTargetTerms"?',
      'options.direction: expected one of "demandToResult", "resultToDemand", got the string "demand-to-result"; did you mean "demandToResult"?',
    ]);
    expect(linesOf(() => learnBridges([{ demand: "x" }] as never))).toEqual(["history[0].result: required"]);
  });

  it("InvertedIndex and search options", () => {
    expect(linesOf(() => new InvertedIndex({ fields: { title: { weight: -1, wieght: 2 } }, K1: 1 } as never))).toEqual([
      'K1: unknown key; did you mean "k1"?',
      'fields.title.wieght: unknown key; did you mean "weight"?',
      "fields.title.weight: expected a number in (0, 1000000], got the number -1",
    ]);
    const index = new InvertedIndex({ fields: { title: {} } });
    expect(linesOf(() => index.search("x", { k: "5" } as never))).toEqual(['k: expected an integer from 1 to 100000, got the string "5"']);
    expect(linesOf(() => index.search("x", { limit: 5 } as never))).toEqual(["limit: unknown key; known keys: k, filter"]);
  });
});
