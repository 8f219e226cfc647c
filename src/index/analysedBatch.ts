import { GrowableArray } from "./growableArray.js";
import { termIdAnalyzerOf, type Analyzer } from "../text/analyzer.js";
import type { TermDictionary } from "./termDictionary.js";

/**
 * The term ids of a batch of documents, field by field, in one flat typed array: no array of
 * strings per field, so a bulk load holds 4 bytes per term until it is inserted.
 * Field f of document d spans termIds[bounds[d*F + f] .. bounds[d*F + f + 1]).
 */
export class AnalysedBatch {
  readonly termIds = new GrowableArray(Uint32Array, 4096);
  readonly bounds = new GrowableArray(Uint32Array, 64);

  constructor(private readonly dict: TermDictionary) {
    this.bounds.push(0);
  }

  /**
   * Analyse one field value (text, list of texts, or nothing) as the next field. Analyzers made by
   * `createAnalyzer` write ids directly; other analyzers return strings, interned here.
   */
  addField(value: string | readonly string[] | undefined | null, analyzer: Analyzer): void {
    if (typeof value === "string") this.addText(value, analyzer);
    else if (value) for (const text of value) this.addText(text, analyzer);
    this.bounds.push(this.termIds.length);
  }

  private addText(text: string, analyzer: Analyzer): void {
    const toIds = termIdAnalyzerOf(analyzer);
    if (toIds) toIds(text, this.dict, this.termIds);
    else for (const term of analyzer(text)) this.termIds.push(this.dict.intern(term));
  }
}
