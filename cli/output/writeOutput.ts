import { writeFileSync } from "node:fs";
import type { CliIo } from "../commandLine.js";
import { CliInputError } from "../input/cliInputError.js";

/** Write a command's whole output to `--out FILE` (UTF-8), or to stdout when no file is given. */
export function writeOutput(io: CliIo, file: string | undefined, chunks: readonly string[]): void {
  if (file === undefined) {
    for (const c of chunks) io.out(c);
    return;
  }
  try {
    writeFileSync(file, chunks.join(""), "utf8");
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : String(code ?? error);
    throw new CliInputError(file, [`cannot write the output: ${why}`]);
  }
}
