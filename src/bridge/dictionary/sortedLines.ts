const TAB = 9;

/**
 * A word list kept as one string of lines `key<TAB>value`, sorted by key in UTF-16 code-unit order, and
 * searched in place: loading builds one offset table (a `Uint32Array`, one pass over the text) and no object
 * or string per line; a lookup is a binary search that compares characters without cutting the key out.
 * A list that is not sorted (a hand-made dictionary) is sorted once, on load.
 */
export class SortedLines {
  /** The lines, sorted and without empty ones (line numbers count these). */
  readonly text: string;
  /** Start of each line; one more entry than lines, one past the end of the text. */
  private readonly starts: Uint32Array;
  /** Length of the longest key, in UTF-16 code units. */
  readonly maxKeyLength: number;

  constructor(text: string) {
    let scan = scanLines(text);
    if (!scan.sorted) {
      text = sortLines(text);
      scan = scanLines(text);
    }
    this.text = text;
    this.starts = scan.starts;
    this.maxKeyLength = scan.maxKeyLength;
  }

  /** Number of lines. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** The line whose key is `key`, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(key, mid);
      if (c === 0) return mid;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  /** True when a line has this key (so a `SortedLines` serves as a phrase set). */
  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The key of line `line`. */
  keyOf(line: number): string {
    const start = this.starts[line];
    return this.text.slice(start, start + this.keyLength(line));
  }

  /** The value of line `line` (the text after the first tab; empty when there is none). */
  valueOf(line: number): string {
    const start = this.starts[line] + this.keyLength(line) + 1;
    const end = this.starts[line + 1] - 1;
    return start < end ? this.text.slice(start, end) : "";
  }

  private keyLength(line: number): number {
    const start = this.starts[line];
    const end = this.starts[line + 1] - 1;
    const tab = this.text.indexOf("\t", start);
    return tab < 0 || tab > end ? end - start : tab - start;
  }

  /** Sign of `key` against the key of line `line`, in code-unit order. */
  private compare(key: string, line: number): number {
    const text = this.text;
    const start = this.starts[line];
    const end = this.starts[line + 1] - 1;
    for (let j = 0; ; j++) {
      const at = start + j;
      const theirs = at >= end ? -1 : text.charCodeAt(at);
      const other = theirs === TAB ? -1 : theirs;
      const mine = j < key.length ? key.charCodeAt(j) : -1;
      if (mine !== other) return mine - other;
      if (mine === -1) return 0;
    }
  }
}

interface LineScan {
  starts: Uint32Array;
  maxKeyLength: number;
  sorted: boolean;
}

/**
 * One pass: line starts, the longest key, and whether the list is clean: keys ascending strictly and no empty
 * line (each line must end where the next begins). An unclean list is sorted and joined again first.
 */
function scanLines(text: string): LineScan {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  const starts = new Uint32Array(count + 2);
  let lines = 0;
  let maxKeyLength = 0;
  let sorted = true;
  let previousStart = -1;
  let previousKeyEnd = -1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end === start) sorted = false;
    else {
      let keyEnd = text.indexOf("\t", start);
      if (keyEnd < 0 || keyEnd > end) keyEnd = end;
      maxKeyLength = Math.max(maxKeyLength, keyEnd - start);
      if (sorted && previousStart >= 0 && compareSpans(text, previousStart, previousKeyEnd, start, keyEnd) >= 0) sorted = false;
      starts[lines++] = start;
      previousStart = start;
      previousKeyEnd = keyEnd;
    }
    start = end + 1;
  }
  // The sentinel sits one past a virtual newline, so every line ends at `starts[i + 1] - 1`.
  starts[lines] = text.length + 1;
  return { starts: starts.subarray(0, lines + 1), maxKeyLength, sorted };
}

function compareSpans(text: string, a: number, aEnd: number, b: number, bEnd: number): number {
  for (; a < aEnd && b < bEnd; a++, b++) {
    const d = text.charCodeAt(a) - text.charCodeAt(b);
    if (d !== 0) return d;
  }
  return aEnd - a - (bEnd - b);
}

/** The lines sorted by key (code-unit order, first of equal keys kept), joined again. */
function sortLines(text: string): string {
  const keyOf = (line: string): string => {
    const tab = line.indexOf("\t");
    return tab < 0 ? line : line.slice(0, tab);
  };
  const byKey = new Map<string, string>();
  for (const line of text.split("\n")) if (line !== "" && !byKey.has(keyOf(line))) byKey.set(keyOf(line), line);
  return [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => byKey.get(k)!).join("\n");
}
