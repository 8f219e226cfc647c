import type { Command } from "../commandLine.js";
import { MATCHER_INPUT_OPTIONS } from "./matcherInput.js";
import { snapshotUnavailable } from "./snapshotSupport.js";

/** `techbroker index RESULTS DEMANDS --out snap.bin`: build a Matcher once and save it, for `match --snapshot`. */
export const indexCommand: Command = {
  name: "index",
  summary: "Build a Matcher from results and demands (and bridges) and save it as a snapshot file, for `match --snapshot`.",
  usage: "index RESULTS DEMANDS --out FILE [--lexicon F] [--history F] [--input-format F]",
  options: [
    { name: "out", value: "FILE", help: "the snapshot file to write (required)" },
    ...MATCHER_INPUT_OPTIONS,
  ],
  positionals: { min: 2, max: 2 },
  run(line) {
    throw line.usageError(snapshotUnavailable('"index"'));
  },
};
