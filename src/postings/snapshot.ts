// Snapshot format, version 2 (all integers little-endian; sections padded to 4 bytes):
//   header  "TBIX" | u32 version | u32 body length | u32 CRC-32 of body
//   body    section* where a section is u32 byte length + bytes:
//           meta JSON | term UTF-8 blob | term byte lengths | id UTF-8 blob | id byte lengths |
//           field lengths (N*F u32) | segment term ids | offsets | docs | field tfs (u16 or u32)
// The index is compacted before writing, so it holds one segment and dense ids. On load every
// structural invariant is re-checked (sorted postings, ids in range, lengths equal to the sum of
// frequencies), so bytes that pass the CRC by accident still cannot produce garbage results.
// Version 2 added the analyzers' identities to the meta JSON (per field, and the query analyzer).

import { SnapshotError, TechbrokerError, ValidationError, type Problem } from "../errors/errors.js";
import type { Analyzer, AnalyzerIdentity } from "../text/analyzer.js";
import { analyzerIdentity, analyzerProblems, describeIdentity, isIdentity, sameIdentity } from "../text/analyzerIdentity.js";
import { DocTable } from "./docTable.js";
import { checkId, describe, MAX_FIELDS } from "./inputLimits.js";
import { readProperty } from "./readDocument.js";
import { resolveIndexOptions } from "./indexOptions.js";
import { IndexState } from "./indexState.js";
import { crc32 } from "./crc32.js";
import { makeSegment } from "./segment.js";
import { TermDictionary } from "./termDictionary.js";

const MAGIC = [0x54, 0x42, 0x49, 0x58]; // "TBIX"
export const SNAPSHOT_VERSION = 2;
const HEADER = 16;

interface Meta {
  fields: { name: string; weight: number; b: number }[];
  k1: number;
  tfBytes: 2 | 4;
  /** Identity of each field's analyzer, in field order. */
  analyzers: AnalyzerIdentity[];
  /** Identity of the query analyzer. */
  analyzer: AnalyzerIdentity;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Serialize a compacted index state. */
export function writeSnapshot(state: IndexState): Uint8Array {
  if (!littleEndian) throw new SnapshotError("snapshots need a little-endian platform", "platform");
  const enc = new TextEncoder();
  const seg = state.segments[0];
  const meta: Meta = {
    fields: state.options.fieldNames.map((name, f) => ({ name, ...state.options.fields[f] })),
    k1: state.options.k1,
    tfBytes: seg && seg.tfs instanceof Uint32Array ? 4 : 2,
    analyzers: state.options.fieldAnalyzers.map(analyzerIdentity),
    analyzer: analyzerIdentity(state.options.analyzer),
  };
  const strings = (list: readonly string[]): [Uint8Array, Uint32Array] => {
    const parts = list.map((s) => enc.encode(s));
    const blob = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
    let at = 0;
    for (const p of parts) (blob.set(p, at), (at += p.length));
    return [blob, Uint32Array.from(parts, (p) => p.length)];
  };
  const [termBlob, termLens] = strings(state.dict.terms);
  const [idBlob, idLens] = strings(state.docs.ids);
  const sections: ArrayBufferView[] = [
    enc.encode(JSON.stringify(meta)),
    termBlob,
    termLens,
    idBlob,
    idLens,
    state.docs.lengths.toArray(),
    seg ? seg.termIds : new Uint32Array(0),
    seg ? seg.offsets : new Uint32Array([0]),
    seg ? seg.docs : new Uint32Array(0),
    seg ? seg.tfs : new Uint16Array(0),
  ];
  const bodyLength = sections.reduce((a, s) => a + 4 + pad4(s.byteLength), 0);
  const out = new Uint8Array(HEADER + bodyLength);
  const dv = new DataView(out.buffer);
  out.set(MAGIC, 0);
  dv.setUint32(4, SNAPSHOT_VERSION, true);
  dv.setUint32(8, bodyLength, true);
  let at = HEADER;
  for (const s of sections) {
    dv.setUint32(at, s.byteLength, true);
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), at + 4);
    at += 4 + pad4(s.byteLength);
  }
  dv.setUint32(12, crc32(out, HEADER), true);
  return out;
}

class Reader {
  private at = HEADER;
  constructor(private readonly bytes: Uint8Array) {}
  next(): Uint8Array {
    const dv = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (this.at + 4 > this.bytes.length) throw new SnapshotError("snapshot is truncated");
    const len = dv.getUint32(this.at, true);
    if (this.at + 4 + len > this.bytes.length) throw new SnapshotError("snapshot is truncated");
    // A copy with its own buffer at offset 0, so typed views of it are aligned and detached from the caller.
    // Not `bytes.slice`: on a Node Buffer (readFileSync) that returns a view into the whole file.
    const slice = new Uint8Array(this.bytes.subarray(this.at + 4, this.at + 4 + len));
    this.at += 4 + pad4(len);
    return slice;
  }
  /** Every byte must belong to a section: nothing trailing. */
  end(): void {
    if (this.at !== this.bytes.length) throw new SnapshotError("snapshot is corrupted: trailing sections");
  }
  u32(): Uint32Array {
    const b = this.next();
    if (b.length % 4 !== 0) throw new SnapshotError("snapshot section has a bad length");
    return new Uint32Array(b.buffer, 0, b.length / 4);
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new SnapshotError(`snapshot is corrupted: ${what}`);
}

/** Load options after checking: analyzers by field name (a Map, so `__proto__` and `constructor` are plain names). */
export interface LoadOptions {
  readonly analyzer?: Analyzer;
  readonly fieldAnalyzers: ReadonlyMap<string, Analyzer>;
}

/** Check `fromSnapshot` options; throws ValidationError. */
export function checkLoadOptions(options: unknown): LoadOptions {
  if (options === undefined) return { fieldAnalyzers: new Map() };
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new ValidationError([{ path: "options", message: `expected an object, got ${describe(options)}` }], "fromSnapshot");
  const problems: Problem[] = [];
  const analyzer = readProperty(options, "analyzer");
  const given = readProperty(options, "fieldAnalyzers");
  if (analyzer !== undefined) problems.push(...analyzerProblems(analyzer, "analyzer"));
  const fieldAnalyzers = new Map<string, Analyzer>();
  if (given !== undefined) {
    if (typeof given !== "object" || given === null || Array.isArray(given)) problems.push({ path: "fieldAnalyzers", message: "expected an object" });
    else
      for (const name of Object.keys(given)) {
        const a: unknown = (given as Record<string, unknown>)[name];
        const wrong = analyzerProblems(a, `fieldAnalyzers.${name}`);
        if (wrong.length > 0) problems.push(...wrong);
        else fieldAnalyzers.set(name, a as Analyzer);
      }
  }
  if (problems.length > 0) throw new ValidationError(problems, "fromSnapshot");
  return { analyzer: analyzer as Analyzer | undefined, fieldAnalyzers };
}

function decodeStrings(blob: Uint8Array, lens: Uint32Array, what: string): string[] {
  const dec = new TextDecoder("utf-8", { fatal: true });
  const out: string[] = [];
  let at = 0;
  for (const len of lens) {
    check(at + len <= blob.length, `${what} overrun`);
    try {
      out.push(dec.decode(blob.subarray(at, at + len)));
    } catch {
      throw new SnapshotError(`snapshot is corrupted: ${what} is not UTF-8`);
    }
    at += len;
  }
  check(at === blob.length, `${what} length mismatch`);
  check(new Set(out).size === out.length, `duplicate ${what}`);
  return out;
}

/** Refuse to load with analysis other than the one that built the index: every search would silently degrade. */
function checkAnalyzers(meta: Meta, fieldAnalyzers: readonly Analyzer[], analyzer: Analyzer): void {
  const mismatch = (what: string, stored: AnalyzerIdentity, given: Analyzer): void => {
    const now = analyzerIdentity(given);
    if (!sameIdentity(stored, now))
      throw new SnapshotError(
        `${what} was analysed with ${describeIdentity(stored)} but this load uses ${describeIdentity(now)}: pass that analyzer to fromSnapshot`,
        "analyzer",
      );
  };
  meta.fields.forEach((f, i) => mismatch(`snapshot field "${f.name}"`, meta.analyzers[i], fieldAnalyzers[i]));
  mismatch("the snapshot's query text", meta.analyzer, analyzer);
}

/**
 * Parse and fully validate snapshot bytes into an index state. Anything that goes wrong on the way
 * (an allocation refused, a Proxy in place of bytes) is reported as a SnapshotError.
 */
export function readSnapshot(bytes: Uint8Array, analyzer: Analyzer, fieldAnalyzers: ReadonlyMap<string, Analyzer>): IndexState {
  try {
    return parseSnapshot(bytes, analyzer, fieldAnalyzers);
  } catch (error) {
    if (error instanceof TechbrokerError) throw error;
    throw new SnapshotError(`snapshot could not be read (${error instanceof Error ? error.name : "error"})`);
  }
}

/** Check the metadata's every value; returns the field list. */
function checkMeta(meta: unknown): Meta {
  check(typeof meta === "object" && meta !== null && !Array.isArray(meta), "metadata is not an object");
  const m = meta as Record<string, unknown>;
  check(Array.isArray(m.fields) && m.fields.length >= 1 && m.fields.length <= MAX_FIELDS, `metadata fields: expected 1 to ${MAX_FIELDS} fields`);
  check(m.tfBytes === 2 || m.tfBytes === 4, "metadata tfBytes");
  check(typeof m.k1 === "number", "metadata k1");
  const names = new Set<string>();
  for (const f of m.fields as unknown[]) {
    check(typeof f === "object" && f !== null && !Array.isArray(f), "metadata field is not an object");
    const { name, weight, b } = f as Record<string, unknown>;
    check(typeof name === "string" && typeof weight === "number" && typeof b === "number", "metadata field shape");
    check(!names.has(name as string), `duplicate field name ${JSON.stringify(name)}`);
    names.add(name as string);
  }
  return meta as Meta;
}

function parseSnapshot(bytes: Uint8Array, analyzer: Analyzer, fieldAnalyzers: ReadonlyMap<string, Analyzer>): IndexState {
  if (!(bytes instanceof Uint8Array)) throw new SnapshotError("expected a Uint8Array");
  if (!littleEndian) throw new SnapshotError("snapshots need a little-endian platform", "platform");
  if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) throw new SnapshotError("not a techbroker index snapshot");
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== SNAPSHOT_VERSION) throw new SnapshotError(`snapshot format version ${version} is not the one this build reads (${SNAPSHOT_VERSION}): rebuild the index`, "version");
  if (dv.getUint32(8, true) !== bytes.length - HEADER) throw new SnapshotError("snapshot is truncated or has trailing bytes");
  if (dv.getUint32(12, true) !== crc32(bytes, HEADER)) throw new SnapshotError("snapshot checksum mismatch");
  const r = new Reader(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(r.next()));
  } catch {
    throw new SnapshotError("snapshot is corrupted: bad metadata");
  }
  const meta = checkMeta(parsed);
  check(Array.isArray(meta.analyzers) && meta.analyzers.length === meta.fields.length && meta.analyzers.every(isIdentity) && isIdentity(meta.analyzer), "analyzer identities");
  for (const name of fieldAnalyzers.keys())
    if (!meta.fields.some((f) => f.name === name))
      throw new ValidationError([{ path: `fieldAnalyzers.${name}`, message: `not a field of this snapshot (${meta.fields.map((f) => f.name).join(", ")})` }], "fromSnapshot");
  // A null-prototype object: a field named `__proto__` is then a field, not the object's prototype.
  const fields = Object.create(null) as Record<string, { weight: number; b: number; analyzer?: Analyzer }>;
  for (const f of meta.fields) fields[f.name] = { weight: f.weight, b: f.b, analyzer: fieldAnalyzers.get(f.name) };
  let state: IndexState;
  try {
    state = new IndexState(resolveIndexOptions({ fields, k1: meta.k1, analyzer }, analyzer));
  } catch (error) {
    const detail = error instanceof ValidationError ? `: ${error.problems.map((p) => `${p.path} ${p.message}`).join("; ")}` : "";
    throw new SnapshotError(`snapshot is corrupted: invalid index options${detail}`);
  }
  checkAnalyzers(meta, state.options.fieldAnalyzers, state.options.analyzer);
  const F = state.fieldCount;
  const terms = decodeStrings(r.next(), r.u32(), "terms");
  const ids = decodeStrings(r.next(), r.u32(), "ids");
  // Everything `add` checks: an id it would refuse could never be removed or updated afterwards.
  for (let d = 0; d < ids.length; d++) {
    const problem = checkId(ids[d], `ids[${d}]`);
    if (problem) throw new SnapshotError(`snapshot is corrupted: ${problem.path}: ${problem.message}`);
  }
  const lengths = r.u32();
  const termIds = r.u32();
  const offsets = r.u32();
  const docs = r.u32();
  const tfBlob = r.next();
  r.end();
  check(tfBlob.length % meta.tfBytes === 0, "field frequencies length");
  const tfs = meta.tfBytes === 4 ? new Uint32Array(tfBlob.buffer, 0, tfBlob.length >> 2) : new Uint16Array(tfBlob.buffer, 0, tfBlob.length >> 1);
  const N = ids.length;
  const P = docs.length;
  check(lengths.length === N * F && offsets.length === termIds.length + 1 && tfs.length === P * F, "section sizes");
  check(offsets[0] === 0 && offsets[termIds.length] === P, "offsets");
  // Re-derive field lengths and df from the postings and compare.
  const derived = new Float64Array(N * F);
  const dict = new TermDictionary();
  for (const t of terms) dict.internTrusted(t); // decoded with a fatal UTF-8 decoder: well-formed
  for (let i = 0; i < termIds.length; i++) {
    check(termIds[i] < terms.length && (i === 0 || termIds[i] > termIds[i - 1]), "term ids");
    check(offsets[i] < offsets[i + 1], "empty posting list");
    dict.df.data[termIds[i]] = offsets[i + 1] - offsets[i];
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      check(docs[p] < N && (p === offsets[i] || docs[p] > docs[p - 1]), "postings order");
      let sum = 0;
      for (let f = 0; f < F; f++) (derived[docs[p] * F + f] += tfs[p * F + f]), (sum += tfs[p * F + f]);
      check(sum > 0, "empty posting");
    }
  }
  for (let i = 0; i < N * F; i++) check(derived[i] === lengths[i], "field lengths");
  const table = new DocTable(F);
  for (let d = 0; d < N; d++) table.append(ids[d], lengths.subarray(d * F, d * F + F));
  state.dict = dict;
  state.docs = table;
  state.segments = P > 0 ? [makeSegment(termIds, offsets, docs, tfs)] : [];
  return state;
}
