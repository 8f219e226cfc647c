import { ValidationError, type Problem } from "../errors/errors.js";
import { DEFAULT_B, DEFAULT_K1, type FieldScoring } from "../score/bm25f.js";
import type { Analyzer } from "../text/analyzer.js";
import { analyzerProblems } from "../text/analyzerIdentity.js";

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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function checkNumber(problems: Problem[], path: string, value: unknown, min: number, max: number, exclusiveMin = false): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value)) problems.push({ path, message: "expected a finite number" });
  else if (value < min || value > max || (exclusiveMin && value === min))
    problems.push({ path, message: `expected a number ${exclusiveMin ? ">" : ">="} ${min}${max < Infinity ? ` and <= ${max}` : ""}` });
}

/** Validate index options; throws ValidationError listing every problem. */
export function resolveIndexOptions(options: unknown, defaultAnalyzer: Analyzer): ResolvedOptions {
  const problems: Problem[] = [];
  if (!isObject(options)) throw new ValidationError([{ path: "options", message: "expected an object" }], "InvertedIndex");
  const { fields, k1, b, analyzer } = options;
  checkNumber(problems, "k1", k1, 0, 1000);
  checkNumber(problems, "b", b, 0, 1);
  if (analyzer !== undefined) problems.push(...analyzerProblems(analyzer, "analyzer"));
  const names: string[] = [];
  if (!isObject(fields) || Object.keys(fields).length === 0) {
    problems.push({ path: "fields", message: "expected an object with at least one field" });
  } else {
    for (const [name, f] of Object.entries(fields)) {
      if (name === "id") problems.push({ path: `fields.${name}`, message: "the id cannot be an indexed field" });
      if (!isObject(f)) {
        problems.push({ path: `fields.${name}`, message: "expected an object such as { weight: 1 }" });
        continue;
      }
      checkNumber(problems, `fields.${name}.weight`, f.weight, 0, 1e6, true);
      checkNumber(problems, `fields.${name}.b`, f.b, 0, 1);
      if (f.analyzer !== undefined) problems.push(...analyzerProblems(f.analyzer, `fields.${name}.analyzer`));
      names.push(name);
    }
  }
  if (problems.length > 0) throw new ValidationError(problems, "InvertedIndex options");
  const fieldMap = fields as Record<string, FieldOptions>;
  const globalB = (b as number | undefined) ?? DEFAULT_B;
  const baseAnalyzer = (analyzer as Analyzer | undefined) ?? defaultAnalyzer;
  return {
    fieldNames: names,
    fields: names.map((n) => ({ weight: fieldMap[n].weight ?? 1, b: fieldMap[n].b ?? globalB })),
    fieldAnalyzers: names.map((n) => fieldMap[n].analyzer ?? baseAnalyzer),
    k1: (k1 as number | undefined) ?? DEFAULT_K1,
    analyzer: baseAnalyzer,
  };
}
