import { CliInputError } from "./cliInputError.js";
import { findJsonSyntaxError } from "./jsonSyntaxError.js";
import { MAX_INPUT_FILE_BYTES, readTextFile } from "./readTextFile.js";

export { MAX_INPUT_FILE_BYTES };

/**
 * Read and parse a JSON file given on the command line. Throws CliInputError naming the file for
 * a missing file, a directory, an unreadable file, a file over `limit` bytes (default 50 MB),
 * bytes that are not UTF-8, an empty file, or invalid JSON (with line and column).
 */
export function readJsonFile(file: string, limit: number = MAX_INPUT_FILE_BYTES): unknown {
  const text = readTextFile(file, limit);
  if (text.trim() === "") throw new CliInputError(file, ["file is empty, expected JSON"]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const where = findJsonSyntaxError(text);
    if (where) throw new CliInputError(file, [`invalid JSON at line ${where.line}, column ${where.column}: ${where.reason}`]);
    // Our scanner found nothing (it should not happen): fall back on the engine's own words.
    throw new CliInputError(file, [`invalid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
