import { ValidationError, type Problem } from "../errors/errors.js";
import { LIMITS } from "./limits.js";
import { clip } from "./describeValue.js";

/**
 * Where a value sits in the caller's input, as a linked list built only while descending, and
 * rendered to text (`results[3].keywords[0]`) only when a problem is reported, so that valid
 * input costs no string building.
 */
export interface Path {
  readonly parent: Path | undefined;
  readonly key: string | number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path one step below `parent` (undefined parent: the root named `key`, or "" for no name). */
export function below(parent: Path | undefined, key: string | number): Path {
  return { parent, key };
}

/** Render a path the way a caller writes it: `budget.amount`, `[3].id`, `stallDays["pilot line"]`. */
export function renderPath(path: Path | undefined): string {
  if (path === undefined) return "";
  const head = renderPath(path.parent);
  const { key } = path;
  if (typeof key === "number") return `${head}[${key}]`;
  if (key === "") return head;
  if (IDENTIFIER.test(key)) return head === "" ? key : `${head}.${key}`;
  return `${head}[${JSON.stringify(clip(key))}]`;
}

/**
 * Collects validation problems up to a cap. An object with a million unknown keys must not
 * produce a million-line error message, so past the cap problems are only counted.
 */
export class ProblemList {
  private readonly listed: Problem[] = [];
  private dropped = 0;

  constructor(private readonly cap: number = LIMITS.problemCount) {}

  /** Record one problem at `path`. */
  add(path: Path | string | undefined, message: string): void {
    if (this.listed.length < this.cap) this.listed.push({ path: typeof path === "string" ? path : renderPath(path), message });
    else this.dropped += 1;
  }

  /** Number of problems seen so far, listed or not. */
  get count(): number {
    return this.listed.length + this.dropped;
  }

  /** The listed problems, with a final line counting those past the cap. */
  all(): Problem[] {
    return this.dropped > 0 ? [...this.listed, { path: "", message: `... and ${this.dropped} more problems not listed` }] : [...this.listed];
  }

  /** Throw a ValidationError with every listed problem if there is any. */
  throwIfAny(context?: string): void {
    if (this.count > 0) throw new ValidationError(this.all(), context);
  }
}
