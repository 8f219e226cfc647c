import { LIMITS } from "../validation/limits.js";
import { arrayOf, number, object, oneOf, optional, string, type ObjectNode, type Shape } from "../validation/shapes.js";
import {
  currencyShape, freeObjectShape, idShape, isoDateShape, languageShape, trlShape,
} from "../validation/commonShapes.js";
import type { Demand, IpStatus, ResearchResult } from "./types.js";

const L = LIMITS;

/** Accepted `ipStatus` values. */
export const IP_STATUSES: readonly IpStatus[] = Object.freeze(["granted", "pending", "none", "unknown"]);

const codes = (about: string): Shape<string[]> =>
  arrayOf(string({ max: L.codeLength }), { max: L.codeCount, about });

// Keys of the other record kind: a record carrying them was most likely written with the wrong template.
// `fields` was the old name of `disciplines` (and means BM25 fields elsewhere), so it points there too.
const DEMAND_KEY_HINTS = { description: "summary", industry: "disciplines", fields: "disciplines", minTrl: "trl" } as const;
const RESULT_KEY_HINTS = { summary: "description", disciplines: "industry", fields: "industry", trl: "minTrl" } as const;

/** The keys of a {@link ResearchResult} and their shapes (the portfolio reads results with the same keys). */
export const resultKeys = {
  id: idShape,
  title: string({ max: L.titleLength }),
  summary: string({ max: L.bodyLength }),
  keywords: optional(arrayOf(string({ max: L.keywordLength }), { max: L.keywordCount })),
  disciplines: optional(codes("Discipline codes, e.g. materials, batteries.")),
  trl: optional(trlShape),
  institution: optional(string({ max: L.nameLength })),
  ipStatus: optional(oneOf(IP_STATUSES)),
  seeking: optional(codes("What the lab is looking for, e.g. licensing, pilot-site.")),
  region: optional(string({ max: L.nameLength })),
  language: optional(languageShape),
  updatedAt: optional(isoDateShape),
  meta: optional(freeObjectShape),
};

/** The description of a {@link ResearchResult}: the checker, the JSON Schema and the docs come from it. */
export const resultShape = object(resultKeys, { expected: "a result object", hints: DEMAND_KEY_HINTS, nullIsAbsent: true, about: "A research result: what a lab offers." }) as Shape<ResearchResult>;

/** An amount of money with its currency. */
export const budgetShape = object({
  amount: number({ min: 0 }),
  currency: currencyShape,
}, { expected: "an object { amount, currency }" });

/** The description of a {@link Demand}. */
export const demandShape = object({
  id: idShape,
  title: string({ max: L.titleLength }),
  description: string({ max: L.bodyLength }),
  industry: optional(codes("Industry codes, from the same list as a result's disciplines.")),
  minTrl: optional(trlShape),
  budget: optional(budgetShape),
  region: optional(string({ max: L.nameLength })),
  deadline: optional(isoDateShape),
  company: optional(string({ max: L.nameLength })),
  language: optional(languageShape),
  meta: optional(freeObjectShape),
}, { expected: "a demand object", hints: RESULT_KEY_HINTS, nullIsAbsent: true, about: "A demand: what a company needs." }) as Shape<Demand>;

/** A list of results with unique ids. */
export const resultListShape: Shape<ResearchResult[]> = arrayOf(resultShape, { max: L.recordCount, uniqueKey: "id", expected: "an array of results" });
/** A list of demands with unique ids. */
export const demandListShape: Shape<Demand[]> = arrayOf(demandShape, { max: L.recordCount, uniqueKey: "id", expected: "an array of demands" });

/** Every key a ResearchResult may have, in the order parseResult writes them. */
export const RESULT_KEYS = (resultShape as ObjectNode).names;
/** Every key a Demand may have, in the order parseDemand writes them. */
export const DEMAND_KEYS = (demandShape as ObjectNode).names;

