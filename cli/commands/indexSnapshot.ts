import type { Command } from "../commandLine.js";
import { snapshotUnavailable } from "./snapshotSupport.js";

/** `techbroker index RESULTS DEMANDS --out snap.bin`: build a Matcher once and save it, for `match --snapshot`. */
export const indexCommand: Command = {
  name: "index",
  summary: "Build a Matcher from results and demands (and bridges) and save it as a snapshot file, for `match --snapshot`.",
  usage: "index RESULTS DEMANDS --out FILE [--lexicon F] [--history F] [--input-format F]",
  options: [
    { name: "out", value: "FILE", help: "the snapshot file to write (required)" },
    { name: "lexicon", value: "FILE", help: "lexicon JSON: business-to-lab bridges, saved in the snapshot" },
    { name: "history", value: "FILE", help: "past matches to learn bridges from, saved in the snapshot" },
    { name: "input-format", value: "F", help: "json, jsonl or csv (default: by extension)" },
  ],
  positionals: { min: 2, max: 2 },
  run(line) {
    throw line.usageError(snapshotUnavailable('"index"'));
  },
};
