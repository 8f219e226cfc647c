// One worker thread of parallelMatchAll: loads the Matcher snapshot and matches its share of the demands.
import { parentPort, workerData } from "node:worker_threads";
import { Matcher, type MatchOptions, type ResultFilter } from "techbroker";

interface Job {
  snapshot: Uint8Array;
  ids: string[];
  options: MatchOptions<ResultFilter>;
}

const { snapshot, ids, options } = workerData as Job;
try {
  const matcher = Matcher.fromSnapshot(snapshot);
  parentPort?.postMessage({ ok: true, lists: ids.map((id) => matcher.matchDemand(id, options)) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
