import { analyzerShape } from "../text/analyzerShape.js";
import { validate } from "../validation/checkShape.js";
import { number, object, optional, recordOf, refine } from "../validation/shapes.js";
import { DEFAULT_B, DEFAULT_K1, type FieldScoring } from "../score/bm25f.js";
import type { Analyzer } from "../text/analyzer.js";
import { MAX_FIELDS } from "./inputLimits.js";

/** Options of one indexed field. */
export interface FieldOptions {
  /** BM25F weight of the field (> 0). Default 1. */
  weight?: number;
  /** Length normalisation of the field, 0..1. Default: the index's `b`. */
  b?: number;
  /** Analyzer for this field's text. Default: the index's `analyzer`. */
  analyzer?: Analyzer;
}

/** Options of an {@link InvertedIndex}. */
export interface IndexOptions {
  /** The fields to index, with their weights. At least one. */
  fields: Record<string, FieldOptions>;
  /** BM25 term-frequency saturation, >= 0. Default 1.2. */
  k1?: number;
  /** BM25 length normalisation, 0..1. Default 0.75. */
  b?: number;
  /** Analyzer for queries and for fields without their own. Default: {@link analyze}. */
  analyzer?: Analyzer;
}

/** Options after validation, in a fixed field order. */
export interface ResolvedOptions {
  readonly fieldNames: readonly string[];
  readonly fields: readonly FieldScoring[];
  readonly fieldAnalyzers: readonly Analyzer[];
  readonly k1: number;
  readonly analyzer: Analyzer;
}

const fieldOptionsShape = object({
  weight: optional(number({ min: 0, minExclusive: true, max: 1e6 })),
  b: optional(number({ min: 0, max: 1 })),
  analyzer: optional(analyzerShape),
}, { expected: "an object such as { weight: 1 }" });

/** The description of {@link IndexOptions}. */
const indexOptionsShape = object({
  fields: refine(
    recordOf(fieldOptionsShape, { max: MAX_FIELDS, expected: "an object with at least one field" }),
    (fields) => {
      const names = Object.keys(fields);
      if (names.length === 0) return "expected an object with at least one field";
      return names.includes("id") ? [{ at: ["id"], message: "the id cannot be an indexed field" }] : undefined;
    },
    { partial: true },
  ),
  k1: optional(number({ min: 0, max: 1000 })),
  b: optional(number({ min: 0, max: 1 })),
  analyzer: optional(analyzerShape),
}, { expected: "an options object { fields, k1?, b?, analyzer? }" });

/** Validate index options; throws ValidationError listing every problem. Each caller value is read once. */
export function resolveIndexOptions(options: unknown, defaultAnalyzer: Analyzer): ResolvedOptions {
  const checked = validate(indexOptionsShape, options, { context: "InvertedIndex options" });
  const fieldMap = checked.fields as Record<string, FieldOptions>;
  const names = Object.keys(fieldMap);
  const globalB = checked.b ?? DEFAULT_B;
  const baseAnalyzer = checked.analyzer ?? defaultAnalyzer;
  return {
    fieldNames: names,
    fields: names.map((n) => ({ weight: fieldMap[n].weight ?? 1, b: fieldMap[n].b ?? globalB })),
    fieldAnalyzers: names.map((n) => fieldMap[n].analyzer ?? baseAnalyzer),
    k1: checked.k1 ?? DEFAULT_K1,
    analyzer: baseAnalyzer,
  };
}
