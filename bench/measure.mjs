// Measurement helpers shared by the single-process benches (core, match-all). Run them with `node --expose-gc`.

/** Two full collections (the second catches what the first's finalisers freed); a no-op without --expose-gc. */
export const gc = () => (globalThis.gc ? (globalThis.gc(), globalThis.gc()) : undefined);

/** Live JavaScript heap plus typed-array storage after GC, in bytes. */
export const memory = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
