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
  // Matches go back as one JSON string without their records: cloning tens of thousands of small objects
  // cost the main thread as long as the matching itself; the main thread holds the records already.
  const lists = ids.map((id) => matcher.matchDemand(id, options).map(({ item: _item, ...rest }) => rest));
  parentPort?.postMessage({ ok: true, json: JSON.stringify(lists) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
