/** Where the intellectual property of a result stands. */
export type IpStatus = "granted" | "pending" | "none" | "unknown";

/** What a lab is looking for. Free strings are allowed beyond the usual ones. */
export type Seeking =
  | "licensing"
  | "co-development"
  | "investment"
  | "pilot-site"
  | "manufacturing-partner"
  | "certification"
  | (string & {});

/** A research result: what a lab offers, in lab language. */
export interface ResearchResult {
  id: string;
  title: string;
  summary: string;
  keywords?: string[];
  /** Discipline or industry codes, e.g. `materials`, `batteries`. */
  disciplines?: string[];
  /** Technology readiness level, an integer 1-9. Absent means unknown. */
  trl?: number;
  institution?: string;
  ipStatus?: IpStatus;
  seeking?: Seeking[];
  region?: string;
  /** BCP 47 language tag of the text, e.g. `en`, `zh`. */
  language?: string;
  /** ISO 8601 date of the last recorded progress. */
  updatedAt?: string;
  meta?: Record<string, unknown>;
}

/** An amount of money with its ISO 4217 currency. */
export interface Budget {
  amount: number;
  currency: string;
}

/** A demand: what a company needs, in its own words. */
export interface Demand {
  id: string;
  title: string;
  description: string;
  /** Industry codes, drawn from the same list as {@link ResearchResult.disciplines}. */
  industry?: string[];
  /** The lowest readiness level the company can use, an integer 1-9. */
  minTrl?: number;
  budget?: Budget;
  region?: string;
  /** ISO 8601 date. */
  deadline?: string;
  company?: string;
  /** BCP 47 language tag of the text, e.g. `en`, `zh`. */
  language?: string;
  meta?: Record<string, unknown>;
}
