// Snapshot format, version 2 (all integers little-endian; sections padded to 4 bytes):
//   header  "TBIX" | u32 version | u32 body length | u32 CRC-32 of body
//   body    section* where a section is u32 byte length + bytes:
//           meta JSON | term UTF-8 blob | term byte lengths | id UTF-8 blob | id byte lengths |
//           field lengths (N*F u32) | segment term ids | offsets | docs | field tfs (u16 or u32)
// The index is compacted before writing, so it holds one segment and dense ids. On load every
// structural invariant is re-checked (sorted postings, ids in range, lengths equal to the sum of
// frequencies), so bytes that pass the CRC by accident still cannot produce garbage results.
// Version 2 added the analyzers' identities to the meta JSON (per field, and the query analyzer).

import { SnapshotError } from "../errors/errors.js";
import type { Analyzer, AnalyzerIdentity } from "../text/analyzer.js";
import { analyzerIdentity, describeIdentity, isIdentity, sameIdentity } from "../text/analyzerIdentity.js";
import { DocTable } from "./docTable.js";
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
  if (!littleEndian) throw new SnapshotError("snapshots need a little-endian platform");
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
  u32(): Uint32Array {
    const b = this.next();
    if (b.length % 4 !== 0) throw new SnapshotError("snapshot section has a bad length");
    return new Uint32Array(b.buffer, 0, b.length / 4);
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new SnapshotError(`snapshot is corrupted: ${what}`);
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

/** Parse and fully validate snapshot bytes into an index state. */
export function readSnapshot(bytes: Uint8Array, analyzer: Analyzer, fieldAnalyzers: Record<string, Analyzer>): IndexState {
  if (!(bytes instanceof Uint8Array)) throw new SnapshotError("expected a Uint8Array");
  if (!littleEndian) throw new SnapshotError("snapshots need a little-endian platform");
  if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) throw new SnapshotError("not a techbroker index snapshot");
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== SNAPSHOT_VERSION) throw new SnapshotError(`snapshot format version ${version} is not the one this build reads (${SNAPSHOT_VERSION}): rebuild the index`, "version");
  if (dv.getUint32(8, true) !== bytes.length - HEADER) throw new SnapshotError("snapshot is truncated or has trailing bytes");
  if (dv.getUint32(12, true) !== crc32(bytes, HEADER)) throw new SnapshotError("snapshot checksum mismatch");
  const r = new Reader(bytes);
  let meta: Meta;
  try {
    meta = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(r.next())) as Meta;
  } catch {
    throw new SnapshotError("snapshot is corrupted: bad metadata");
  }
  check(Array.isArray(meta?.fields) && (meta.tfBytes === 2 || meta.tfBytes === 4), "metadata shape");
  check(Array.isArray(meta.analyzers) && meta.analyzers.length === meta.fields.length && meta.analyzers.every(isIdentity) && isIdentity(meta.analyzer), "analyzer identities");
  const fields: Record<string, { weight: number; b: number; analyzer?: Analyzer }> = {};
  for (const f of meta.fields) fields[f.name] = { weight: f.weight, b: f.b, analyzer: fieldAnalyzers[f.name] };
  let state: IndexState;
  try {
    state = new IndexState(resolveIndexOptions({ fields, k1: meta.k1, analyzer }, analyzer));
  } catch {
    throw new SnapshotError("snapshot is corrupted: invalid index options");
  }
  checkAnalyzers(meta, state.options.fieldAnalyzers, state.options.analyzer);
  const F = state.fieldCount;
  const terms = decodeStrings(r.next(), r.u32(), "terms");
  const ids = decodeStrings(r.next(), r.u32(), "ids");
  const lengths = r.u32();
  const termIds = r.u32();
  const offsets = r.u32();
  const docs = r.u32();
  const tfBlob = r.next();
  const tfs = meta.tfBytes === 4 ? new Uint32Array(tfBlob.buffer, 0, tfBlob.length >> 2) : new Uint16Array(tfBlob.buffer, 0, tfBlob.length >> 1);
  const N = ids.length;
  const P = docs.length;
  check(lengths.length === N * F && offsets.length === termIds.length + 1 && tfs.length === P * F, "section sizes");
  check(offsets[0] === 0 && offsets[termIds.length] === P, "offsets");
  // Re-derive field lengths and df from the postings and compare.
  const derived = new Float64Array(N * F);
  const dict = new TermDictionary();
  for (const t of terms) dict.intern(t);
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
