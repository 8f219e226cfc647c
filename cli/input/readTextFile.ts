import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { CliInputError } from "./cliInputError.js";

/** Largest input file the CLI reads: 50 MB. Bigger files are refused before they are read. */
export const MAX_INPUT_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file could not be opened, in words, from a Node system error code. */
function openFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "file not found";
  if (code === "EACCES" || code === "EPERM") return "cannot read file: permission denied";
  if (code === "EISDIR") return "is a directory, expected a file";
  return `cannot read file${typeof code === "string" ? ` (${code})` : ""}`;
}

const MB = 1024 * 1024;

/** A size for messages; exact bytes are added when rounding would hide the difference from the limit. */
function sizeText(bytes: number): string {
  if (bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes < MB) return `${bytes} bytes`;
  return `${(bytes / MB).toFixed(1)} MB (${bytes} bytes)`;
}

/**
 * Read at most `limit + 1` bytes: enough to tell that a file is too large even when its size is
 * unknown beforehand (a pipe such as `<(gunzip -c data.json.gz)`) or it grows while being read.
 */
function readBounded(fd: number, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(1 << 20, limit + 1 - total));
    if (chunk.length === 0) break;
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Read a file's raw bytes with the size limit, turning every file-system failure into a CliInputError. */
function readBytes(file: string, limit: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw new CliInputError(file, [openFailure(error)]);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new CliInputError(file, ["is a directory, expected a file"]);
    if (stats.isFile() && stats.size > limit) {
      throw new CliInputError(file, [`file is ${sizeText(stats.size)}, larger than the ${sizeText(limit)} limit`]);
    }
    const bytes = readBounded(fd, limit);
    if (bytes.length > limit) throw new CliInputError(file, [`file is larger than the ${sizeText(limit)} limit`]);
    return bytes;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(file, [openFailure(error)]);
  } finally {
    closeSync(fd);
  }
}

/** Decode strict UTF-8 (a leading byte-order mark is dropped); anything else is refused rather than garbled. */
function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    const hint = utf16 ? " (it looks like UTF-16; save it as UTF-8)" : "";
    throw new CliInputError(file, [`not valid UTF-8 text${hint}`]);
  }
}

/**
 * Read a text file given on the command line: strict UTF-8, a leading byte-order mark dropped, at most
 * `limit` bytes (default 50 MB). Throws CliInputError naming the file for a missing file, a directory, an
 * unreadable file, a file over the limit, or bytes that are not UTF-8.
 */
export function readTextFile(file: string, limit: number = MAX_INPUT_FILE_BYTES): string {
  return decodeUtf8(file, readBytes(file, limit));
}
