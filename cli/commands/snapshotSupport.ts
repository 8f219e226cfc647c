import { Matcher } from "techbroker";

/** Whether the library this CLI runs on can save and load a whole Matcher. */
export function hasMatcherSnapshots(): boolean {
  const m = Matcher as unknown as { fromSnapshot?: unknown; prototype: { toSnapshot?: unknown } };
  return typeof m.fromSnapshot === "function" && typeof m.prototype.toSnapshot === "function";
}

/** The message for an option or command that needs Matcher snapshots on a library without them. */
export function snapshotUnavailable(what: string): string {
  return `${what} needs Matcher snapshots (Matcher.toSnapshot and Matcher.fromSnapshot), which this version of the techbroker library does not have`;
}
