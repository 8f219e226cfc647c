/**
 * Locate the first JSON syntax error in a text, so that the CLI can say "line 3, column 14"
 * whatever wording and position information the running Node version puts in its own
 * JSON.parse message. A single left-to-right pass over the RFC 8259 grammar with an explicit
 * stack, so deeply nested input cannot overflow the call stack.
 */

/** Where and why a text stops being valid JSON. Line and column are 1-based; columns count UTF-16 units. */
export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  /** `unexpected "}"` or `unexpected end of file`. */
  reason: string;
}

type Mode = "value" | "firstValue" | "key" | "firstKey" | "after";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** The first syntax error in `text`, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const offset = firstBadOffset(text);
  return offset === undefined ? undefined : describeAt(text, offset);
}

function firstBadOffset(text: string): number | undefined {
  const stack: string[] = [];
  let mode: Mode = "value";
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
    const ch = text[i];
    if (mode === "after") {
      const top = stack[stack.length - 1];
      if (top === undefined) return i === text.length ? undefined : i;
      if (ch === ",") mode = top === "{" ? "key" : "value";
      else if (ch === (top === "{" ? "}" : "]")) stack.pop();
      else return i;
      i++;
      continue;
    }
    if (i >= text.length) return i;
    if (mode === "key" || mode === "firstKey") {
      if (mode === "firstKey" && ch === "}") {
        stack.pop();
        i++;
        mode = "after";
        continue;
      }
      if (ch !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < text.length && WHITESPACE.has(text[i])) i++;
      if (text[i] !== ":") return i;
      i++;
      mode = "value";
      continue;
    }
    if (mode === "firstValue" && ch === "]") {
      stack.pop();
      i++;
      mode = "after";
      continue;
    }
    if (ch === "{" || ch === "[") {
      stack.push(ch);
      i++;
      mode = ch === "{" ? "firstKey" : "firstValue";
      continue;
    }
    const end = ch === '"' ? scanString(text, i) : ch === "-" || isDigit(ch) ? scanNumber(text, i) : scanLiteral(text, i);
    if (end < 0) return -end - 1;
    i = end;
    mode = "after";
  }
}

// The scanners return the offset just past the token, or -(offset of the error) - 1.

function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === "u") {
        for (let k = 2; k <= 5; k++) if (!/[0-9A-Fa-f]/.test(text[i + k] ?? "")) return -(i + k) - 1;
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) return -(i + 1) - 1;
      i += 2;
      continue;
    }
    i++;
  }
  return -text.length - 1;
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === "-") i++;
  if (text[i] === "0") i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return -i - 1;
  if (text[i] === ".") {
    i++;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i++;
  }
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i++;
  }
  return i;
}

function scanLiteral(text: string, start: number): number {
  const word = ["true", "false", "null"].find((w) => w[0] === text[start]);
  if (word === undefined) return -start - 1;
  for (let k = 1; k < word.length; k++) if (text[start + k] !== word[k]) return -(start + k) - 1;
  return start + word.length;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function describeAt(text: string, offset: number): JsonSyntaxProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const reason = offset >= text.length ? "unexpected end of file" : `unexpected ${JSON.stringify(text[offset])}`;
  return { offset, line, column: offset - lineStart + 1, reason };
}
