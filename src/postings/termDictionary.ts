import { ValidationError } from "../errors/errors.js";
import { GrowableArray } from "./growableArray.js";
import { describe, isWellFormed } from "./inputLimits.js";
import type { TermInterner } from "../text/termSink.js";

let lastSerial = 0;

/** Maps term strings to dense integer ids and keeps each term's live document frequency. */
export class TermDictionary implements TermInterner {
  /** Unique per dictionary: analyzers remember ids per serial, and compaction makes a new dictionary. */
  readonly serial = ++lastSerial;
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  readonly df = new GrowableArray(Uint32Array, 1024);

  get count(): number {
    return this.terms.length;
  }

  /** Id of `term`, or -1 when it was never indexed. */
  lookup(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? -1 : id;
  }

  /** Id of `term`, assigning the next id when it is new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      // Checked once per new term, whoever interns it (an analyzer's writeIds too): a snapshot stores
      // terms as UTF-8, which cannot carry a lone surrogate, so such a term could not round-trip.
      if (typeof term !== "string" || !isWellFormed(term))
        throw new ValidationError([{ path: "analyzer", message: `produced a term that is not a well-formed string (${describe(term)}, lone surrogates are refused)` }]);
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.df.push(0);
    }
    return id;
  }

  /** `intern` for terms already known to be well-formed strings (compaction, a decoded snapshot). */
  internTrusted(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.df.push(0);
    }
    return id;
  }

  /** Live document frequency of a term id. */
  docFrequency(termId: number): number {
    return termId >= 0 && termId < this.df.length ? this.df.data[termId] : 0;
  }
}
