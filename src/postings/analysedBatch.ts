import { ValidationError } from "../errors/errors.js";
import { GrowableArray } from "./growableArray.js";
import { describe, isWellFormed } from "./inputLimits.js";
import { termIdAnalyzerOf, type Analyzer, type TermIdAnalyzer } from "../text/analyzer.js";
import type { TermIdSink } from "../text/termSink.js";
import type { TermDictionary } from "./termDictionary.js";

/**
 * The term ids of a batch of documents, field by field, in one flat typed array: no array of
 * strings per field, so a bulk load holds 4 bytes per term until it is inserted.
 * Field f of document d spans ids[bounds[d*F + f] .. bounds[d*F + f + 1]).
 */
export class AnalysedBatch implements TermIdSink {
  /** All term ids of the batch, in order (written by the analyzers as a TermIdSink). */
  readonly ids = new GrowableArray(Uint32Array, 4096);
  readonly bounds = new GrowableArray(Uint32Array, 64);
  /** Per field, the analyzer's id-writing twin (analyzers made by `createAnalyzer`), if it has one. */
  private readonly toIds: (TermIdAnalyzer | undefined)[];

  constructor(
    readonly interner: TermDictionary,
    private readonly analyzers: readonly Analyzer[],
    private readonly fieldNames: readonly string[],
    private readonly context: string,
  ) {
    this.toIds = analyzers.map(termIdAnalyzerOf);
    this.bounds.push(0);
  }

  /** Analyse one value of field `f` (text, list of texts, or nothing) as the document's next field. */
  addField(f: number, value: string | readonly string[] | undefined | null): void {
    if (typeof value === "string") this.addText(f, value);
    else if (value) for (const text of value) this.addText(f, text);
    this.bounds.push(this.ids.length);
  }

  private addText(f: number, text: string): void {
    const toIds = this.toIds[f];
    if (toIds) {
      toIds(text, this);
      return;
    }
    // A caller's analyzer: check what it returns, since a snapshot must be able to store every term.
    const terms: unknown = this.analyzers[f](text);
    if (!Array.isArray(terms)) this.reject(f, `expected the analyzer to return an array of terms, got ${describe(terms)}`);
    const dict = this.interner;
    for (const term of terms as unknown[]) {
      if (typeof term !== "string") this.reject(f, `expected the analyzer to return strings, got ${describe(term)}`);
      let id = dict.lookup(term);
      if (id < 0) {
        // Checked once per new term: a lone surrogate would not survive the snapshot's UTF-8.
        if (!isWellFormed(term)) this.reject(f, "the analyzer returned a term with a lone surrogate (ill-formed UTF-16)");
        id = dict.intern(term);
      }
      this.ids.push(id);
    }
  }

  private reject(f: number, message: string): never {
    throw new ValidationError([{ path: `${this.fieldNames[f]} analyzer`, message }], this.context);
  }
}
