// Matcher snapshot format, version 1 (integers little-endian):
//   header  "TBMX" | u32 version | u32 body length | u32 CRC-32 of body
//   body    four sections, each u32 byte length + bytes:
//           meta JSON (analyzer identity, options, bridge options) | records JSON {results, demands} |
//           results index snapshot (TBIX) | demands index snapshot (TBIX)
// The records are stored as JSON and re-validated on load (cheap next to analysis); the indexes are
// the InvertedIndex snapshots, which carry their own CRC and structural checks. Bridges are stored as
// the options that built them (lexicon JSON, TranslationModel JSON, feedback, weights) and compiled
// again on load: a lexicon index takes milliseconds, and no second serial format can drift.

import { TranslationModel } from "../bridge/translationModel.js";
import { SnapshotError, ValidationError } from "../errors/errors.js";
import { crc32 } from "../postings/crc32.js";
import { InvertedIndex } from "../postings/invertedIndex.js";
import { parseDemands } from "../schema/parseDemand.js";
import { parseResults } from "../schema/parseResult.js";
import type { Demand, ResearchResult } from "../schema/types.js";
import type { Analyzer, AnalyzerIdentity } from "../text/analyzer.js";
import { analyzerIdentity, describeIdentity, isIdentity, sameIdentity } from "../text/analyzerIdentity.js";
import type { BridgeOptions } from "./bridgeSettings.js";

const MAGIC = [0x54, 0x42, 0x4d, 0x58]; // "TBMX"
/** Format version of `Matcher.toSnapshot` bytes. */
export const MATCHER_SNAPSHOT_VERSION = 1;
const HEADER = 16;
const SECTIONS = 4;

/** The Matcher options a snapshot keeps (everything but the analyzer, which is code). */
export interface StoredMatcherOptions {
  resultWeights?: { title?: number; keywords?: number; summary?: number };
  demandWeights?: { title?: number; description?: number };
  readiness?: { perLevel?: number; floor?: number; unknown?: number };
  stageBands?: readonly { id: string; label: string; minTrl: number; maxTrl: number; middle?: boolean }[];
  /**
   * The bridge options last set (constructor or `setBridges`); absent means the Matcher's default. In a written
   * snapshot `dictionary` is the name of the dictionary in use or false (see `Matcher.toSnapshot`).
   */
  bridges?: StoredBridgeOptions;
}

/** Bridge options as a snapshot keeps them: the dictionary by its name, since its data ships with the package. */
export type StoredBridgeOptions = Omit<BridgeOptions, "dictionary"> & { dictionary?: BridgeOptions["dictionary"] | string };

/** Everything a Matcher is made of, as saved and as loaded. */
export interface MatcherParts {
  analyzer: Analyzer;
  options: StoredMatcherOptions;
  results: readonly ResearchResult[];
  demands: readonly Demand[];
  resultIndex: InvertedIndex;
  demandIndex: InvertedIndex;
}

interface Meta {
  analyzer: AnalyzerIdentity;
  options: StoredMatcherOptions;
}

/**
 * Bridge options that are class instances, with how to revive them from their JSON. A new kind of bridge
 * that is plain data needs nothing here; one that is a class adds its reviver (and a `toJSON`).
 */
const BRIDGE_REVIVERS: Readonly<Record<string, (json: unknown) => unknown>> = {
  model: (json) => TranslationModel.fromJSON(json),
};

/** Serialize a Matcher's parts; the indexes are compacted by their own `toSnapshot`. */
export function writeMatcherSnapshot(parts: MatcherParts): Uint8Array {
  // Plain-data bridges (lexicon, dictionary, model JSON) are stored; a custom source is code, like an analyzer.
  if ((parts.options.bridges?.sources?.length ?? 0) > 0)
    throw new ValidationError(
      [{ path: "bridges.sources", message: "custom bridge sources are code and cannot be stored in a snapshot: set them with setBridges after loading" }],
      "toSnapshot",
    );
  const enc = new TextEncoder();
  const meta: Meta = { analyzer: analyzerIdentity(parts.analyzer), options: parts.options };
  const sections = [
    enc.encode(JSON.stringify(meta)),
    enc.encode(JSON.stringify({ results: parts.results, demands: parts.demands })),
    parts.resultIndex.toSnapshot(),
    parts.demandIndex.toSnapshot(),
  ];
  const bodyLength = sections.reduce((sum, s) => sum + 4 + s.length, 0);
  const out = new Uint8Array(HEADER + bodyLength);
  const dv = new DataView(out.buffer);
  out.set(MAGIC, 0);
  dv.setUint32(4, MATCHER_SNAPSHOT_VERSION, true);
  dv.setUint32(8, bodyLength, true);
  let at = HEADER;
  for (const s of sections) {
    dv.setUint32(at, s.length, true);
    out.set(s, at + 4);
    at += 4 + s.length;
  }
  dv.setUint32(12, crc32(out, HEADER), true);
  return out;
}

function corrupted(what: string): never {
  throw new SnapshotError(`matcher snapshot is corrupted: ${what}`);
}

/** The body's sections after checking magic, version, length and CRC. */
function sectionsOf(bytes: Uint8Array): Uint8Array[] {
  if (!(bytes instanceof Uint8Array)) throw new SnapshotError("expected a Uint8Array");
  if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) {
    if (bytes.length >= 4 && bytes[0] === 0x54 && bytes[1] === 0x42 && bytes[2] === 0x49 && bytes[3] === 0x58)
      throw new SnapshotError("this is an InvertedIndex snapshot, not a Matcher snapshot: load it with InvertedIndex.fromSnapshot");
    throw new SnapshotError("not a techbroker matcher snapshot");
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== MATCHER_SNAPSHOT_VERSION)
    throw new SnapshotError(`matcher snapshot format version ${version} is not the one this build reads (${MATCHER_SNAPSHOT_VERSION}): rebuild it`, "version");
  if (dv.getUint32(8, true) !== bytes.length - HEADER) throw new SnapshotError("matcher snapshot is truncated or has trailing bytes");
  if (dv.getUint32(12, true) !== crc32(bytes, HEADER)) throw new SnapshotError("matcher snapshot checksum mismatch");
  const sections: Uint8Array[] = [];
  let at = HEADER;
  for (let i = 0; i < SECTIONS; i++) {
    if (at + 4 > bytes.length) corrupted("section overrun");
    const length = dv.getUint32(at, true);
    if (at + 4 + length > bytes.length) corrupted("section overrun");
    sections.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  if (at !== bytes.length) corrupted("trailing sections");
  return sections;
}

function json(section: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(section));
  } catch {
    return corrupted(`${what} is not JSON`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** Revive class-valued bridge options from their JSON (see BRIDGE_REVIVERS). */
function reviveBridges(bridges: unknown): StoredBridgeOptions | undefined {
  if (bridges === undefined) return undefined;
  if (!isObject(bridges)) return corrupted("bridge options");
  const out: Record<string, unknown> = { ...bridges };
  for (const [key, revive] of Object.entries(BRIDGE_REVIVERS)) {
    if (out[key] === undefined) continue;
    try {
      out[key] = revive(out[key]);
    } catch (error) {
      if (error instanceof ValidationError) corrupted(`bridges.${key}: ${error.message}`);
      throw error;
    }
  }
  return out as StoredBridgeOptions;
}

/**
 * Parse and check `Matcher.toSnapshot` bytes made with `analyzer`'s identity. Throws SnapshotError on any
 * damage, on another format version (`mismatch: "version"`) or another analyzer (`mismatch: "analyzer"`).
 */
export function readMatcherSnapshot(bytes: Uint8Array, analyzer: Analyzer): MatcherParts {
  const [metaBytes, recordBytes, resultBytes, demandBytes] = sectionsOf(bytes);
  const meta = json(metaBytes, "metadata");
  if (!isObject(meta) || !isIdentity(meta.analyzer) || !isObject(meta.options)) return corrupted("metadata shape");
  const now = analyzerIdentity(analyzer);
  if (!sameIdentity(meta.analyzer, now))
    throw new SnapshotError(
      `matcher snapshot was analysed with ${describeIdentity(meta.analyzer)} but this load uses ${describeIdentity(now)}: pass that analyzer to Matcher.fromSnapshot`,
      "analyzer",
    );
  const records = json(recordBytes, "records");
  if (!isObject(records)) return corrupted("records shape");
  let results: ResearchResult[];
  let demands: Demand[];
  try {
    results = parseResults(records.results);
    demands = parseDemands(records.demands);
  } catch (error) {
    if (error instanceof ValidationError) corrupted(`records: ${error.message}`);
    throw error;
  }
  const resultIndex = InvertedIndex.fromSnapshot(resultBytes, { analyzer });
  const demandIndex = InvertedIndex.fromSnapshot(demandBytes, { analyzer });
  // The records and the indexes must describe the same ids, or matches would point at nothing.
  const sameIds = (index: InvertedIndex, list: readonly { id: string }[]): boolean =>
    index.size === list.length && new Set(list.map((r) => r.id)).size === list.length && list.every((r) => index.has(r.id));
  if (!sameIds(resultIndex, results) || !sameIds(demandIndex, demands)) corrupted("records and indexes disagree");
  const options = meta.options as StoredMatcherOptions;
  return { analyzer, options: { ...options, bridges: reviveBridges(options.bridges) }, results, demands, resultIndex, demandIndex };
}
