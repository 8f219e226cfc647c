/**
 * Text rewritten by an analysis step, with a map back to the step's input, so that offsets in explanations and
 * evidence keep pointing into the caller's own text whatever the steps removed, joined or replaced.
 */

/** A step's output; `start[i]`/`end[i]`: the input span that output unit i came from (absent when not tracked). */
export interface EditedText {
  readonly text: string;
  readonly start?: Int32Array;
  readonly end?: Int32Array;
}

/** Builds a step's output piece by piece, recording input spans only when asked to. */
export class TextEditor {
  private readonly pieces: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private copiedTo = 0;
  private changed = false;

  constructor(
    private readonly source: string,
    private readonly track: boolean,
  ) {}

  /** Replace source[from, to) (which starts at or after everything edited so far) by `value`. */
  replace(from: number, to: number, value: string): void {
    this.copyUpTo(from);
    this.pieces.push(value);
    if (this.track) {
      // Same length: character i came from character i (folding 軟體 -> 软件); otherwise every unit spans the whole.
      const aligned = value.length === to - from;
      for (let i = 0; i < value.length; i++) {
        this.starts.push(aligned ? from + i : from);
        this.ends.push(aligned ? from + i + 1 : to);
      }
    }
    this.copiedTo = to;
    this.changed = true;
  }

  /** The edited text; the source itself (no map) when nothing was replaced. */
  finish(): EditedText {
    if (!this.changed) return { text: this.source };
    this.copyUpTo(this.source.length);
    const text = this.pieces.join("");
    if (!this.track) return { text };
    return { text, start: Int32Array.from(this.starts), end: Int32Array.from(this.ends) };
  }

  private copyUpTo(position: number): void {
    if (position <= this.copiedTo) return;
    this.pieces.push(this.source.slice(this.copiedTo, position));
    if (this.track) {
      for (let i = this.copiedTo; i < position; i++) {
        this.starts.push(i);
        this.ends.push(i + 1);
      }
    }
    this.copiedTo = position;
  }
}

/** Raw-text span of every unit of the current text: `start[i]`..`end[i]`; absent means identity. */
export interface RawMap {
  readonly start?: ArrayLike<number>;
  readonly end?: ArrayLike<number>;
}

/** The raw map after one more step: unit i of the step's output maps to the raw span of its input span. */
export function composeRawMap(before: RawMap, step: EditedText): RawMap {
  if (step.start === undefined || step.end === undefined) return before;
  if (before.start === undefined || before.end === undefined) return { start: step.start, end: step.end };
  const n = step.start.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = before.start[step.start[i]];
    end[i] = before.end[step.end[i] - 1];
  }
  return { start, end };
}
