// The slicing-by-8 CRC-32 against the plain byte-at-a-time definition and the standard check value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32 } from "../src/postings/crc32.js";

/** CRC-32 one bit at a time, straight from the definition (reflected polynomial 0xEDB88320). */
function crc32Bitwise(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) {
    c ^= bytes[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe("crc32", () => {
  it("gives the standard check value of \"123456789\" and of the empty input", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("equals the bitwise definition on any bytes and any sub-range, whatever its alignment (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const start = bytes.length === 0 ? 0 : a % (bytes.length + 1);
        const end = start + (bytes.length === 0 ? 0 : b % (bytes.length - start + 1));
        expect(crc32(bytes, start, end)).toBe(crc32Bitwise(bytes, start, end));
      }),
      { numRuns: 500 },
    );
  });
});
