/** Typed arrays whose length can grow by appending; used for postings, lengths and ids. */
export type NumericArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;
type NumericArrayConstructor<T extends NumericArray> = new (length: number) => T;

/**
 * An append-only typed array with amortised O(1) push. `data` may be longer than `length`;
 * readers must only look at `data[0 .. length)`.
 */
export class GrowableArray<T extends NumericArray> {
  data: T;
  length = 0;
  private readonly make: NumericArrayConstructor<T>;

  constructor(make: NumericArrayConstructor<T>, initialCapacity = 16) {
    this.make = make;
    this.data = new make(Math.max(1, initialCapacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Make room for at least `capacity` elements, keeping the contents. */
  grow(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new this.make(Math.max(capacity, Math.ceil(this.data.length * 1.5) + 16));
    next.set(this.data.subarray(0, this.length) as never);
    this.data = next;
  }

  /** Append `count` copies of zero and return the start offset of the new slots. */
  extend(count: number): number {
    const start = this.length;
    this.grow(start + count);
    this.data.fill(0, start, start + count);
    this.length += count;
    return start;
  }

  /** A tight copy of the live contents. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }

  /** Empty the array; storage beyond `keepCapacity` elements is released. */
  clear(keepCapacity = Infinity): void {
    this.length = 0;
    if (this.data.length > keepCapacity) this.data = new this.make(16);
  }

  /** Release unused capacity when it exceeds a quarter of the storage. */
  trim(): void {
    if (this.data.length - this.length > this.data.length / 4 && this.data.length > 4096) this.data = this.toArray();
  }
}
