import { GrowableArray } from "./growableArray.js";

/**
 * Per-document columns, indexed by internal doc id (dense, in insertion order):
 * external id, liveness and field lengths.
 */
export class DocTable {
  readonly fieldCount: number;
  readonly ids: string[] = [];
  readonly byId = new Map<string, number>();
  readonly alive = new GrowableArray(Uint8Array, 1024);
  readonly lengths: GrowableArray<Uint32Array>;
  /** Sum of field lengths over live documents. */
  readonly totalLengths: Float64Array;
  liveCount = 0;

  constructor(fieldCount: number) {
    this.fieldCount = fieldCount;
    // Capped so that an index (or a snapshot header) with many fields does not reserve megabytes up front.
    this.lengths = new GrowableArray(Uint32Array, Math.min(1024 * fieldCount, 1 << 16));
    this.totalLengths = new Float64Array(fieldCount);
  }

  /** Number of internal slots, live or dead. */
  get slotCount(): number {
    return this.ids.length;
  }

  /** Append a live document; returns its internal id. */
  append(id: string, fieldLengths: ArrayLike<number>): number {
    const doc = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, doc);
    this.alive.push(1);
    for (let f = 0; f < this.fieldCount; f++) {
      this.lengths.push(fieldLengths[f]);
      this.totalLengths[f] += fieldLengths[f];
    }
    this.liveCount++;
    return doc;
  }

  /** Mark a document dead. */
  kill(doc: number): void {
    this.alive.data[doc] = 0;
    this.byId.delete(this.ids[doc]);
    for (let f = 0; f < this.fieldCount; f++) this.totalLengths[f] -= this.lengths.data[doc * this.fieldCount + f];
    this.liveCount--;
  }

  /** Release unused capacity after a bulk load. */
  trim(): void {
    this.alive.trim();
    this.lengths.trim();
  }

  /** Average length of field `f` over live documents (0 when empty). */
  averageLength(f: number): number {
    return this.liveCount > 0 ? this.totalLengths[f] / this.liveCount : 0;
  }
}
