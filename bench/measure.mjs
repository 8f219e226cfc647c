// Measurement helpers shared by the benches: GC, memory, medians, CPU time and command-line values. Run them with `node --expose-gc`.

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

/** CPU time of this process so far (user + system), in seconds: steadier than wall time on a shared machine. */
export const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** CPU seconds one call of `fn` takes, after a collection. */
export const cpuSecondsOf = (fn) => {
  gc();
  const start = cpuSeconds();
  fn();
  return cpuSeconds() - start;
};

/** The value after `--name` on the command line, or `fallback`. */
export const argValue = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** {@link argValue} as a number. */
export const argNumber = (name, fallback) => Number(argValue(name, fallback));
