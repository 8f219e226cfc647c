// The bundled sample data (examples/data/*.json), as the sample benches read it.
import { readFileSync } from "node:fs";

const dataDir = new URL("../../examples/data/", import.meta.url);

/** Parsed examples/data/<name>.json: results, demands, labels, lexicon or supports. */
export function loadSample(name) {
  return JSON.parse(readFileSync(new URL(`${name}.json`, dataDir), "utf8"));
}
