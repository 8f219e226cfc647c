// Node-only: matchAll spread over worker threads, each loading the Matcher's snapshot (lives outside src/,
// which must run in a browser). Exported as "techbroker/node".
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { TechbrokerError, ValidationError, type Match, type MatchOptions, type ResearchResult, type ResultFilter } from "techbroker";

/** What parallelMatchAll needs of a Matcher (structural, so a Matcher from "techbroker" fits). */
export interface SnapshotMatcher {
  toSnapshot(): Uint8Array;
  allDemands(): readonly { id: string }[];
  matchDemand(id: string, options?: MatchOptions<ResultFilter>): Match<ResearchResult>[];
  getResult(id: string): ResearchResult | undefined;
}

/** Options of {@link parallelMatchAll}: match options (no `filter.where`: functions cannot cross threads) and the worker count. */
export interface ParallelMatchOptions extends MatchOptions<Omit<ResultFilter, "where">> {
  /** Worker threads, 1..64. Default: the machine's available parallelism. */
  workers?: number;
}

interface WorkerAnswer {
  ok: boolean;
  /** The matches of each demand of the chunk, without `item`, as JSON (see matchWorker.ts). */
  json?: string;
  message?: string;
}

/** A worker's matches with their records put back, keys in the Match's own order. */
function withRecords(matcher: SnapshotMatcher, json: string): Match<ResearchResult>[][] {
  const lists = JSON.parse(json) as Omit<Match<ResearchResult>, "item">[][];
  return lists.map((list) => list.map(({ id, ...rest }) => ({ id, item: matcher.getResult(id) as ResearchResult, ...rest })));
}

/**
 * `matcher.matchAll(options)` computed by worker threads: the same answers, in demand order. Each worker loads
 * `matcher.toSnapshot()` (shared, not copied) with the default analyzer, so a matcher with a custom analyzer is
 * refused by the workers with a SnapshotError. Worth it for large events; small ones are faster with matchAll.
 */
export async function parallelMatchAll(matcher: SnapshotMatcher, options: ParallelMatchOptions = {}): Promise<Map<string, Match<ResearchResult>[]>> {
  const { workers = availableParallelism(), ...matchOptions } = options;
  if (typeof workers !== "number" || !Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new ValidationError([{ path: "workers", message: "expected an integer from 1 to 64" }], "parallelMatchAll");
  if (typeof matchOptions.filter === "object" && matchOptions.filter !== null && "where" in matchOptions.filter)
    throw new ValidationError([{ path: "filter.where", message: "functions cannot be sent to worker threads: use matchAll" }], "parallelMatchAll");
  const ids = matcher.allDemands().map((d) => d.id);
  const out = new Map<string, Match<ResearchResult>[]>();
  if (ids.length === 0) return out;
  // The first demand here: it checks the options (a ValidationError names them) before any thread starts.
  out.set(ids[0], matcher.matchDemand(ids[0], matchOptions));
  const rest = ids.slice(1);
  const bytes = matcher.toSnapshot();
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  const count = Math.min(workers, rest.length);
  const size = Math.ceil(rest.length / Math.max(1, count));
  const chunks = Array.from({ length: count }, (_, w) => rest.slice(w * size, (w + 1) * size)).filter((c) => c.length > 0);
  const script = new URL("./matchWorker.cjs", import.meta.url);
  const running: Worker[] = [];
  try {
    const answers = await Promise.all(
      chunks.map(
        (chunk) =>
          new Promise<Match<ResearchResult>[][]>((resolve, reject) => {
            const worker = new Worker(script, { workerData: { snapshot: shared, ids: chunk, options: matchOptions } });
            running.push(worker);
            worker.once("message", (answer: WorkerAnswer) =>
              answer.ok && answer.json !== undefined ? resolve(withRecords(matcher, answer.json)) : reject(new TechbrokerError("WORKER", `a worker failed: ${answer.message ?? "unknown error"}`)),
            );
            worker.once("error", (error) => reject(new TechbrokerError("WORKER", `a worker failed: ${error.message}`)));
            worker.once("exit", (code) => code !== 0 && reject(new TechbrokerError("WORKER", `a worker exited with code ${code}`)));
          }),
      ),
    );
    chunks.forEach((chunk, w) => chunk.forEach((id, i) => out.set(id, answers[w][i])));
    return out;
  } finally {
    await Promise.all(running.map((w) => w.terminate()));
  }
}
