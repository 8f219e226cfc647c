// The progress bar of `techbroker match`: on stderr when stderr is a terminal, absent otherwise.
// A real pseudo-terminal comes from util-linux `script`; the test is skipped where it is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliInProcess } from "./support/cliInProcess.js";

const dir = mkdtempSync(join(tmpdir(), "techbroker-progress-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const args = (out: string) => ["dist/cli.cjs", "match", "examples/data/results.json", "examples/data/demands.json", "--format", "csv", "--k", "2", "--direction", "demand-to-result", "--out", out];
const BAR = /matching \[[#-]+\] \d+\/84 \d+%/; // 84 demands

describe("progress bar", () => {
  it.skipIf(!hasScript)("is drawn on stderr under a terminal, and kept out of the --format output", () => {
    const out = join(dir, "tty.csv");
    const command = [process.execPath, ...args(out)].map((a) => `'${a}'`).join(" ");
    // stdout goes to the file (--out), so all the terminal shows is what the CLI wrote to stderr.
    const run = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(BAR);
    expect(run.stdout).toContain("84/84 100%");
    expect(run.stdout).toContain("\r\u001b[2K"); // erased at the end
    const csv = readFileSync(out, "utf8");
    expect(csv).not.toMatch(/matching \[/);
    expect(csv).not.toContain("\r\u001b");
  });

  it("is absent when stderr is not a terminal", () => {
    const out = join(dir, "pipe.csv");
    const run = spawnSync(process.execPath, args(out), { encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    expect(existsSync(out)).toBe(true);
  });

  it("follows the terminal flag it is given, in process", async () => {
    const withTty = await cliInProcess(args(join(dir, "fake-tty.csv")).slice(1), true);
    expect(withTty.status, withTty.stderr).toBe(0);
    expect(withTty.stderr).toMatch(BAR);
    const without = await cliInProcess(args(join(dir, "no-tty.csv")).slice(1), false);
    expect(without.status, without.stderr).toBe(0);
    expect(without.stderr).toBe("");
  });
});
