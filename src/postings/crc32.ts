// CRC-32 (IEEE 802.3 polynomial, reflected), the checksum used by zip and PNG.
// Guards snapshots against truncation and bit rot; it is not a defence against forgery.
// Slicing-by-8 (Kounavis and Berry 2008): eight bytes per step through eight 256-entry tables, about four
// times the byte-at-a-time loop on a 150 MB Matcher snapshot, where the checksum led the load profile.

let tables: Uint32Array | undefined;

/** Table k (at k * 256) gives the CRC contribution of a byte followed by k zero bytes. */
function crcTables(): Uint32Array {
  if (tables) return tables;
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let k = 1; k < 8; k++) {
    for (let n = 0; n < 256; n++) {
      const prev = t[(k - 1) * 256 + n];
      t[k * 256 + n] = (prev >>> 8) ^ t[prev & 0xff];
    }
  }
  tables = t;
  return t;
}

/** CRC-32 of `bytes[start .. end)`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = crcTables();
  let c = 0xffffffff;
  let i = start;
  for (const stop = end - 7; i < stop; i += 8) {
    const low = c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    c =
      t[1792 + (low & 0xff)] ^
      t[1536 + ((low >>> 8) & 0xff)] ^
      t[1280 + ((low >>> 16) & 0xff)] ^
      t[1024 + (low >>> 24)] ^
      t[768 + bytes[i + 4]] ^
      t[512 + bytes[i + 5]] ^
      t[256 + bytes[i + 6]] ^
      t[bytes[i + 7]];
  }
  for (; i < end; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
