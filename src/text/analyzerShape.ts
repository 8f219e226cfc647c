import { custom, refine, type Shape } from "../validation/shapes.js";
import type { Analyzer } from "./analyzer.js";
import { analyzerProblems } from "./analyzerIdentity.js";

/**
 * The description of an analyzer option: an object with a name and an `analyze` function (see
 * `analyzerIdentity.ts` for the rules and the message that explains how to wrap a bare function).
 */
export const analyzerShape: Shape<Analyzer> = refine(
  custom(
    "an analyzer object { name, analyze }",
    (x): x is Analyzer => (typeof x === "object" && x !== null) || typeof x === "function",
    { description: "Not representable in JSON." },
  ),
  (value) => {
    const found = analyzerProblems(value, "");
    return found.length === 0 ? undefined : found.map((p) => ({ at: p.path === "" ? [] : p.path.slice(1).split("."), message: p.message }));
  },
);
