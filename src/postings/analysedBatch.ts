import { ValidationError } from "../errors/errors.js";
import { GrowableArray } from "./growableArray.js";
import { describe } from "./inputLimits.js";
import type { Analyzer } from "../text/analyzer.js";
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

  constructor(
    readonly interner: TermDictionary,
    private readonly analyzers: readonly Analyzer[],
    private readonly fieldNames: readonly string[],
    private readonly context: string,
  ) {
    this.bounds.push(0);
  }

  /** Analyse one value of field `f` (text, list of texts, or nothing) as the document's next field. */
  addField(f: number, value: string | readonly string[] | undefined | null): void {
    if (typeof value === "string") this.addText(f, value);
    else if (value) for (const text of value) this.addText(f, text);
    this.bounds.push(this.ids.length);
  }

  private addText(f: number, text: string): void {
    // The analyzer's id fast path when it has one (built-in analyzers); otherwise terms, then ids.
    const analyzer = this.analyzers[f];
    if (analyzer.writeIds !== undefined) {
      const from = this.ids.length;
      analyzer.writeIds(text, this);
      // An id past the dictionary would index postings of a term that does not exist.
      const ids = this.ids.data;
      const count = this.interner.count;
      for (let i = from; i < this.ids.length; i++) if (ids[i] >= count) this.reject(f, `the analyzer wrote term id ${ids[i]}, not in the dictionary`);
      return;
    }
    // A caller's analyzer may return anything: the dictionary refuses terms a snapshot could not store.
    const terms: unknown = analyzer.analyze(text);
    if (!Array.isArray(terms)) this.reject(f, `expected the analyzer to return an array of terms, got ${describe(terms)}`);
    for (const term of terms as string[]) this.ids.push(this.interner.intern(term));
  }

  private reject(f: number, message: string): never {
    throw new ValidationError([{ path: `${this.fieldNames[f]} analyzer`, message }], this.context);
  }
}
