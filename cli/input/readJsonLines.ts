import { CliInputError } from "./cliInputError.js";
import { findJsonSyntaxError } from "./jsonSyntaxError.js";

/** One value of a JSON Lines file with the 1-based line it came from. */
export interface NumberedValue {
  readonly value: unknown;
  readonly line: number;
}

/**
 * Parse JSON Lines text: one JSON value per line; blank lines are skipped; `\r\n` line ends work.
 * Every bad line is reported (`line 7, column 12: unexpected "}"`), not only the first, up to 20.
 */
export function parseJsonLines(file: string, text: string): NumberedValue[] {
  const values: NumberedValue[] = [];
  const problems: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && problems.length < 20; i++) {
    const line = lines[i].endsWith("\r") ? lines[i].slice(0, -1) : lines[i];
    if (line.trim() === "") continue;
    try {
      values.push({ value: JSON.parse(line) as unknown, line: i + 1 });
    } catch {
      const where = findJsonSyntaxError(line);
      problems.push(`line ${i + 1}${where ? `, column ${where.column}: invalid JSON: ${where.reason}` : ": invalid JSON"}`);
    }
  }
  if (problems.length > 0) throw new CliInputError(file, problems);
  if (values.length === 0) throw new CliInputError(file, ["file holds no records (expected one JSON object per line)"]);
  return values;
}
