import { statSync } from "node:fs";
import { extname } from "node:path";
import { CliInputError } from "./cliInputError.js";

export const INPUT_FORMATS = ["json", "jsonl", "csv"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = { ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv" };

/** The format of an input file: the one given with `--input-format`, else the file's extension. */
export function inputFormatOf(file: string, given: InputFormat | undefined): InputFormat {
  if (given !== undefined) return given;
  const format = BY_EXTENSION[extname(file).toLowerCase()];
  if (format === undefined) {
    // A missing file or a folder is the first thing to say, before any word about formats.
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats === undefined) throw new CliInputError(file, ["file not found"]);
    if (stats.isDirectory()) throw new CliInputError(file, ["is a directory, expected a file"]);
    throw new CliInputError(file, [`cannot tell the format from the name: use .json, .jsonl, .ndjson or .csv, or --input-format json|jsonl|csv`]);
  }
  return format;
}
