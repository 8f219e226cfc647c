import { AbortError, TechbrokerError, ValidationError, type Problem } from "../errors/errors.js";

/** Progress of a long batch: items done out of the total. */
export interface BatchProgress {
  readonly done: number;
  readonly total: number;
}

/** What the async batch calls accept on top of the match options. */
export interface BatchControl {
  /** Called after each time slice and once at the end, with the items done so far. */
  onProgress?: (progress: BatchProgress) => void;
  /** Stops the batch at the next item: the promise rejects with an AbortError and nothing is changed. */
  signal?: AbortSignal;
  /** Longest run of work between two yields to the event loop, in ms, 1..50. Default 20. */
  sliceMs?: number;
}

const DEFAULT_SLICE_MS = 20;
const MAX_SLICE_MS = 50;

/** Check the batch controls; throws one ValidationError listing every problem. */
export function checkBatchControl(options: BatchControl, context: string): Required<Pick<BatchControl, "sliceMs">> & BatchControl {
  const problems: Problem[] = [];
  const { onProgress, signal, sliceMs = DEFAULT_SLICE_MS } = options;
  if (onProgress !== undefined && typeof onProgress !== "function") problems.push({ path: "onProgress", message: "expected a function" });
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof (signal as { aborted?: unknown }).aborted !== "boolean"))
    problems.push({ path: "signal", message: "expected an AbortSignal" });
  if (typeof sliceMs !== "number" || !(sliceMs >= 1 && sliceMs <= MAX_SLICE_MS))
    problems.push({ path: "sliceMs", message: `expected a number from 1 to ${MAX_SLICE_MS}` });
  if (problems.length > 0) throw new ValidationError(problems, context);
  return { onProgress, signal, sliceMs };
}

/** A macrotask turn: timers, I/O and rendering get their chance (a resolved promise would not let them). */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Run `work` over `items`, yielding to the event loop whenever a slice of `sliceMs` has been used (time-sliced,
 * not per item: cheap items are not slowed by a yield each). `revision()` must not change while the batch runs:
 * a change in between slices rejects with a TechbrokerError `CHANGED`, since the answers would mix two states.
 */
export async function runTimeSliced<T, R>(
  items: readonly T[],
  work: (item: T) => R,
  control: BatchControl & { sliceMs: number },
  revision: () => number,
): Promise<R[]> {
  const { onProgress, signal, sliceMs } = control;
  const start = revision();
  const out: R[] = [];
  const stopIfAsked = (): void => {
    if (signal?.aborted) throw new AbortError(`stopped after ${out.length} of ${items.length}`, signal.reason);
    if (revision() !== start) throw new TechbrokerError("CHANGED", "the matcher changed while the batch ran; run it again");
  };
  let sliceStart = now();
  for (const item of items) {
    stopIfAsked();
    out.push(work(item));
    if (now() - sliceStart >= sliceMs) {
      onProgress?.({ done: out.length, total: items.length });
      await yieldToEventLoop();
      sliceStart = now();
    }
  }
  stopIfAsked();
  onProgress?.({ done: out.length, total: items.length });
  return out;
}
