// The main job as a user runs it: `npm run demo` is `node dist/cli.cjs demo --lexicon examples/data/lexicon.json`.
// `npm test` builds dist/ before vitest runs, so these tests exercise the shipped CLI.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const demo = (...args: string[]) =>
  spawnSync(process.execPath, ["dist/cli.cjs", "demo", ...args], { encoding: "utf8", timeout: 60_000 });

describe("techbroker demo (CLI)", () => {
  it("matches the sample data both ways, explains, and analyses the middle stage", () => {
    const run = demo("--lexicon", "examples/data/lexicon.json", "--now", "2026-11-23");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("330 research results, 84 demands");
    expect(run.stdout).toContain("Demand -> research results");
    expect(run.stdout).toContain("Research result -> demands");
    expect(run.stdout).toMatch(/(strong|partial|weak) match \(strength [\d.]+; score [\d.]+ = text [\d.]+ x readiness [\d.]+\)/);
    expect(run.stdout).toMatch(/\(lexicon: [^)]+\)/); // at least one bridged term is shown
    expect(run.stdout).toMatch(/teams to call: [^\n(]+ \([\d.]+: r\d+/); // the institutions to call for a demand
    expect(run.stdout).toContain("Funding gap (no support covers): pilot (TRL 5)");
    expect(run.stdout).toMatch(/First-investment shortlist[^\n]*\n {2}1\. r\d+ {2}TRL [456]/);
  });

  it("--json gives machine-readable matches with score parts", () => {
    const run = demo("--json", "--k", "2", "--demands", "d001", "--results", "r001");
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      demandToResults: { demand: string; matches: { id: string; score: number; parts: { text: number; readinessFit: number; specFit?: number } }[] }[];
      resultToDemands: { result: string; matches: unknown[] }[];
    };
    expect(report.demandToResults.map((d) => d.demand)).toEqual(["d001"]);
    const [first] = report.demandToResults[0].matches;
    expect(report.demandToResults[0].matches).toHaveLength(2);
    expect(first.score).toBeCloseTo(first.parts.text * first.parts.readinessFit * (first.parts.specFit ?? 1), 9);
    expect(report.resultToDemands[0].result).toBe("r001");
  });

  it("rejects bad options with a message and exit code 1", () => {
    for (const args of [["--k", "0"], ["--demands", "no-such-id"], ["--frobnicate"], ["only-one-file.json"]]) {
      const run = demo(...args);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^techbroker: /);
    }
  });
});
