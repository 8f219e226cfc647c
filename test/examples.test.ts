// Runs every example as a user would (a child Node process with the tsx loader, importing "techbroker" from dist/)
// and checks its exit code and one piece of real output, so a broken example or a changed answer fails here.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run examples/<name>.ts (or run.ts with `args`) and collect the exit code and output, failing or not. */
async function runExample(file: string, args: string[] = []): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", join(repoRoot, "examples", file), ...args], {
      cwd: repoRoot,
      timeout: 25_000,
      maxBuffer: 8 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? String(error) };
  }
}

beforeAll(() => {
  // The examples import the built package; `npm test` builds first, a bare `vitest run` needs `npx tsup`.
  if (!existsSync(join(repoRoot, "dist", "index.js"))) throw new Error("dist/ is missing: run `npx tsup` before this test");
});

describe("examples", () => {
  it("search: r004 is the top hit for the English query, and a double remove is a ValidationError", async () => {
    const out = await runExample("search.ts");
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/search\("graphene heat spreader for smartphones", \{ k: 5 \}\)\n\s+[\d.]+\s+r004 /);
    expect(out.stdout).toContain('remove twice -> ValidationError: remove: id: unknown id "r004"');
  });

  it("match: both labelled results for d004 are in the top 5, and matchAll covers all 84 demands", async () => {
    const out = await runExample("match.ts");
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain("r009* Anti-soiling nano-silica coating for photovoltaic cover glass");
    expect(out.stdout).toContain("r010* Transparent electrodynamic screen");
    expect(out.stdout).toMatch(/matchAll\(\{ k: 10 \}\): 84 demands in \d+\.\d ms/);
  });

  it("bridges: the bad lexicon entry is caught and a match with no shared term is explained by a bridge", async () => {
    const out = await runExample("bridges.ts");
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain("concepts[1].weight: expected a number in (0, 1]");
    expect(out.stdout).toContain("terms shared with the result: 0");
    expect(out.stdout).toMatch(/explain: r\d+: (strong|partial|weak) match .* via "[^"]+" -> "[^"]+" \((lexicon|learned)/);
  });

  it("stage: prints the shortlist and writes both SVG charts", async () => {
    const out = await runExample("stage.ts");
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain("First-investment shortlist");
    for (const chart of ["valley.svg", "shortlist.svg"]) {
      expect(readFileSync(join(repoRoot, "examples", "out", chart), "utf8")).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    }
  });

  it("snapshot: the loaded index answers the same and damaged bytes raise SnapshotError", async () => {
    const out = await runExample("snapshot.ts");
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).not.toContain("DIFFERENT");
    expect(out.stdout.match(/^ {2}same {2}top/gm)).toHaveLength(4);
    expect(out.stdout).toContain("one flipped bit: SnapshotError [SNAPSHOT_CORRUPT] snapshot checksum mismatch");
  });

  it("specs: the spec-missing converter ranks last, explained, and Lab B is the team to call", async () => {
    const out = await runExample("specs.ts");
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain("≥ 3 GS/s [sampling rate] @3-11, ≥ 12 bit [resolution] @15-20");
    expect(out.stdout).toContain('extractSpecs("5G, ISO 9001, version 3.0") -> none');
    expect(out.stdout).toMatch(/adc-1g\s+score [\d.]+\s+specFit 0\.25\s+\(unmet\/unmet\)\n\n/);
    expect(out.stdout).toContain("needs ≥ 3 GS/s (sampling rate); offers 4 GS/s: met");
    expect(out.stdout).toMatch(/matchInstitutions\("radar", \{ k: 3 \}\)\n {2}Lab B /);
  });

  it("run.ts: an unknown name lists the examples and exits 1", async () => {
    const out = await runExample("run.ts", ["no-such-example"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("Available: search, match, bridges, stage, snapshot");
  });
});
