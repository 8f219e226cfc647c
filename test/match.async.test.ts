// matchAllAsync: the same answers as matchAll, time-sliced so timers keep running, with progress and abort.
import { describe, expect, it } from "vitest";
import { AbortError, Matcher, TechbrokerError, ValidationError } from "../src/index.js";
import { problemPaths } from "./support/problemPaths.js";

const WORDS = ["graphene", "coating", "heat", "battery", "inverter", "silicon", "carbide", "cooling", "sensor", "brake", "disc", "cell", "石墨烯", "散热"];
const text = (seed: number, n: number): string => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13 + (seed >> 3)) % WORDS.length]).join(" ");

function matcher(demands = 300): Matcher {
  const m = new Matcher({ bridges: {} });
  m.addResults(Array.from({ length: 400 }, (_, i) => ({ id: `r${i}`, title: text(i, 4), summary: text(i + 3, 30), trl: 1 + (i % 9) })));
  m.addDemands(Array.from({ length: demands }, (_, i) => ({ id: `d${i}`, title: text(i * 5, 3), description: text(i + 11, 20), minTrl: 1 + (i % 9) })));
  return m;
}
const asText = (x: unknown): string => JSON.stringify(x instanceof Map ? [...x] : x);

describe("matchAllAsync", () => {
  it("gives exactly matchAll's answers and reports progress up to the total", async () => {
    const m = matcher();
    const progress: number[] = [];
    const got = await m.matchAllAsync({ k: 7, offset: 1, sliceMs: 1, onProgress: (p) => progress.push(p.done) });
    expect(asText(got)).toBe(asText(m.matchAll({ k: 7, offset: 1 })));
    expect(progress[progress.length - 1]).toBe(300);
    expect(progress.length).toBeGreaterThan(1); // reported per slice, not only at the end
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it("lets timers run while it works (a setInterval counter moves during the batch)", async () => {
    const m = matcher(400);
    let ticks = 0;
    let ticksSeenByProgress = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await m.matchAllAsync({ sliceMs: 5, onProgress: () => (ticksSeenByProgress = ticks) });
    } finally {
      clearInterval(timer);
    }
    // The last progress report happens before the batch returns: timers ran in between slices.
    expect(ticksSeenByProgress).toBeGreaterThan(0);
  });

  it("an abort rejects with AbortError and leaves the matcher usable and unchanged", async () => {
    const m = matcher(400);
    const before = m.toSnapshot();
    const want = asText(m.matchAll({ k: 5 }));
    const controller = new AbortController();
    let reports = 0;
    const run = m.matchAllAsync({
      k: 5,
      sliceMs: 1,
      signal: controller.signal,
      onProgress: () => {
        if (++reports === 2) controller.abort(new Error("user pressed stop"));
      },
    });
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).code).toBe("ABORTED");
    expect((error as AbortError).name).toBe("AbortError");
    expect((error as Error).message).toMatch(/stopped after \d+ of 400/);
    expect(m.toSnapshot()).toEqual(before);
    expect(asText(m.matchAll({ k: 5 }))).toBe(want);
    expect(asText(await m.matchAllAsync({ k: 5 }))).toBe(want);
  });

  it("an already aborted signal rejects before any work", async () => {
    const m = matcher(10);
    let reports = 0;
    await expect(m.matchAllAsync({ signal: AbortSignal.abort(), onProgress: () => reports++ })).rejects.toBeInstanceOf(AbortError);
    expect(reports).toBe(0);
  });

  it("a change to the matcher between slices rejects instead of mixing two states", async () => {
    const m = matcher(400);
    const run = m.matchAllAsync({ sliceMs: 1 });
    setTimeout(() => m.addResults([{ id: "late", title: "graphene", summary: "heat" }]), 0);
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TechbrokerError);
    expect((error as TechbrokerError).code).toBe("CHANGED");
  });

  it("rejects bad options with a ValidationError naming each field, before any work", async () => {
    const m = matcher(10);
    const bad = { k: 0, sliceMs: 500, onProgress: "yes", signal: {} } as never;
    await expect(m.matchAllAsync(bad)).rejects.toBeInstanceOf(ValidationError);
    const paths = await m.matchAllAsync(bad).then(
      () => [],
      (e: ValidationError) => e.problems.map((p) => p.path),
    );
    expect(paths).toEqual(["k", "onProgress", "signal", "sliceMs"]);
    expect(problemPaths(() => m.matchAll({ k: 0 }))).toEqual(["k"]);
  });
});
