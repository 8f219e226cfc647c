import { custom } from "../validation/shapes.js";
import type { Analyzer } from "./analyzer.js";

/** The description of an analyzer option: a function from text to terms. */
export const analyzerShape = custom("an analyzer (a function from text to terms)", (x): x is Analyzer => typeof x === "function");
