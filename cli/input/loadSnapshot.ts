import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { Matcher, SnapshotError } from "techbroker";
import { CliInputError } from "./cliInputError.js";

/** Largest snapshot the CLI loads: 2 GiB, the most one Node buffer read holds. */
const MAX_SNAPSHOT_BYTES = 2 ** 31 - 1;

function readAll(file: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new CliInputError(file, [code === "ENOENT" ? "file not found" : `cannot read file${typeof code === "string" ? ` (${code})` : ""}`]);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new CliInputError(file, ["is a directory, expected a snapshot file"]);
    if (stats.size > MAX_SNAPSHOT_BYTES) throw new CliInputError(file, [`file is ${stats.size} bytes, larger than the 2 GiB limit`]);
    const bytes = new Uint8Array(stats.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, null);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/**
 * Load a Matcher saved by `techbroker index` (Matcher.toSnapshot). A damaged file, one from another format
 * version or one made with another analyzer is a CliInputError naming the file and saying which.
 */
export function loadSnapshot(file: string): Matcher {
  const bytes = readAll(file);
  try {
    return Matcher.fromSnapshot(bytes);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    const why = error.mismatch === "version" ? " (made by another version of techbroker: rebuild it with `techbroker index`)" : error.mismatch === "analyzer" ? " (made with another analyzer: rebuild it with `techbroker index`)" : "";
    throw new CliInputError(file, [`not a usable Matcher snapshot: ${error.message}${why}`]);
  }
}
