import { writeFileSync } from "node:fs";
import type { Command } from "../commandLine.js";
import { CliInputError } from "../input/cliInputError.js";
import { buildMatcher, MATCHER_INPUT_OPTIONS } from "./matcherInput.js";

/** `techbroker index RESULTS DEMANDS --out snap.bin`: build a Matcher once and save it, for `match --snapshot`. */
export const indexCommand: Command = {
  name: "index",
  summary: "Build a Matcher (records, both indexes, bridges) and save it as a snapshot for `match --snapshot`.",
  usage: "index RESULTS DEMANDS --out FILE [--lexicon F] [--history F] [--input-format F]",
  options: [{ name: "out", value: "FILE", help: "the snapshot file to write (required)" }, ...MATCHER_INPUT_OPTIONS],
  positionals: { min: 2, max: 2 },
  details: "Loading the snapshot skips reading, checking and indexing the records and learning the bridges.\nA snapshot is refused by another version of techbroker or another analyzer: then build it again.",
  run(line, io) {
    const out = line.string("out");
    if (out === undefined) throw line.usageError('"index" needs --out FILE, the snapshot to write');
    const matcher = buildMatcher(line);
    const bytes = matcher.toSnapshot();
    try {
      writeFileSync(out, bytes);
    } catch (error) {
      throw new CliInputError(out, [`cannot write the snapshot (${String((error as { code?: unknown } | null)?.code ?? error)})`]);
    }
    io.out(`${out}: ${matcher.resultCount} results, ${matcher.demandCount} demands, ${bytes.length} bytes\n`);
  },
};
