import { fail } from "../errors/errors.js";
import { InvertedIndex } from "../postings/invertedIndex.js";
import { checkInto, rootPath, validate } from "../validation/checkShape.js";
import { below, ProblemList } from "../validation/problemList.js";
import type { Shape } from "../validation/shapes.js";
import type { IndexOptions } from "../postings/indexOptions.js";
import type { IndexDocument } from "../postings/inputLimits.js";

/**
 * Parsed records of one kind (results or demands) kept together with their index, so that
 * the two never disagree: every change validates everything first, then touches both.
 */
export class RecordCollection<T extends { id: string }> {
  private current: InvertedIndex;
  readonly records = new Map<string, T>();

  constructor(
    indexOptions: IndexOptions,
    private readonly shapes: { readonly one: Shape<T>; readonly list: Shape<T[]> },
    private readonly toDocument: (item: T) => IndexDocument,
    /** The caller's words: `result` / `results` (paths such as `results[3].id`) and `addResults` (the operation). */
    private readonly names: { readonly one: string; readonly many: string; readonly add: string; readonly update: string },
  ) {
    this.current = new InvertedIndex(indexOptions);
  }

  get index(): InvertedIndex {
    return this.current;
  }

  /** Take over a loaded index and its (already validated, same ids) records, replacing everything. */
  restore(index: InvertedIndex, items: readonly T[]): void {
    this.current = index;
    this.records.clear();
    for (const item of items) this.records.set(item.id, item);
  }

  get size(): number {
    return this.records.size;
  }

  /** Parse and add items atomically; throws ValidationError naming the record and field. Returns the parsed items. */
  add(items: unknown): T[] {
    const problems = new ProblemList();
    const root = rootPath(this.names.many);
    const parsed = checkInto(this.shapes.list, items, root, problems) as T[];
    if (problems.count === 0) {
      parsed.forEach((item, i) => {
        if (this.records.has(item.id)) problems.add(below(below(root, i), "id"), `duplicate id ${JSON.stringify(item.id)}: already stored`);
      });
    }
    problems.throwIfAny(this.names.add);
    this.index.addAll(parsed.map(this.toDocument));
    for (const item of parsed) this.records.set(item.id, item);
    return parsed;
  }

  remove(id: string): void {
    this.index.remove(id);
    this.records.delete(id);
  }

  /** Replace a stored item (same id); returns its id. */
  update(item: unknown): string {
    const parsed = validate(this.shapes.one, item, { root: this.names.one, context: this.names.update });
    if (!this.records.has(parsed.id)) fail(`${this.names.one}.id`, `unknown ${this.names.one} id "${parsed.id}"`, this.names.update);
    this.index.update(this.toDocument(parsed));
    this.records.set(parsed.id, parsed);
    return parsed.id;
  }

  /** The stored record, or a ValidationError naming the unknown id. */
  require(id: string): T {
    const item = this.records.get(id);
    if (item === undefined) fail("id", `unknown ${this.names.one} id "${id}"`);
    return item;
  }
}
