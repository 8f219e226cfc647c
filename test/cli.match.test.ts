// `techbroker match` as a user runs it: the built dist/cli.cjs on CSV exports. `npm test` builds dist/ first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Matcher, parseDemands, parseResults } from "techbroker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliInProcess } from "./support/cliInProcess.js";
import { CSV_COLUMNS } from "../cli/output/matchRows.js";
import { demandsCsv, resultsCsv } from "./support/csvFixture.js";
import { recordsFromCsv, DEMAND_COLUMNS, RESULT_COLUMNS } from "../cli/input/recordColumns.js";
import { parseCsv } from "../cli/input/readCsv.js";

const dir = mkdtempSync(join(tmpdir(), "techbroker-match-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string): string => join(dir, name);

const cli = (...args: string[]) => spawnSync(process.execPath, ["dist/cli.cjs", ...args], { encoding: "utf8", timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });

let results: string;
let smallResults: string;
let demands: string;
beforeAll(() => {
  results = path("results.csv");
  smallResults = path("small-results.csv");
  demands = path("demands.csv");
  writeFileSync(results, resultsCsv(1000));
  writeFileSync(smallResults, resultsCsv(150));
  writeFileSync(demands, demandsCsv());
});

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

describe("techbroker match on a CSV export of 1,000 results", () => {
  it("writes every demand's matches to a CSV that parses back, quoting commas, quotes, line breaks and Chinese", () => {
    const out = path("matches.csv");
    const run = cli("match", results, demands, "--format", "csv", "--out", out, "--direction", "demand-to-result", "--k", "5");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(""); // everything went to the file
    expect(run.stderr).toBe(""); // not a terminal: no progress bar
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM for Excel
    const rows = parse(bytes, { bom: true, columns: true }) as Row[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);

    // The same matches, computed by the library from the same CSV records.
    const resultRecords = parseResults(recordsFromCsv("r", parseCsv("r", readFileSync(results, "utf8")), RESULT_COLUMNS));
    const demandRecords = parseDemands(recordsFromCsv("d", parseCsv("d", readFileSync(demands, "utf8")), DEMAND_COLUMNS));
    expect(resultRecords).toHaveLength(1000);
    const matcher = new Matcher();
    matcher.addResults(resultRecords);
    matcher.addDemands(demandRecords);
    for (const d of demandRecords) {
      const expected = matcher.matchDemand(d.id, { k: 5 });
      const got = rows.filter((r) => r.query_id === d.id);
      expect(got.map((r) => r.match_id), d.id).toEqual(expected.map((m) => m.id));
      expect(got.map((r) => Number(r.score))).toEqual(expected.map((m) => m.score)); // full precision survives
      expect(got.map((r) => r.query_title)).toEqual(got.map(() => d.title));
      for (const [i, r] of got.entries()) expect(r.match_title).toBe(expected[i].item.title);
    }
    expect(rows.length).toBeGreaterThan(demandRecords.length * 3);
    // The tricky titles came back exactly as written (the ANSI one visibly escaped).
    const titles = new Set(rows.map((r) => r.match_title).concat(rows.map((r) => r.query_title)));
    expect(titles).toContain("石墨烯涂层，快速散热");
    expect(titles).toContain("散热涂层");
    expect(titles).toContain('Red "alert",\nplease'); // quote, comma and line break in one cell
    expect(rows.some((r) => r.explanation.includes('"'))).toBe(true); // explanations quote terms: "" escaping round-trips
    expect(readFileSync(out, "utf8")).not.toContain("\u001b");
  });

  it("--no-bom, both directions, --min-score, --min-strength and JSON Lines with score parts", async () => {
    const run = await cliInProcess(["match", smallResults, demands, "--format", "jsonl", "--k", "2", "--min-score", "5", "--min-strength", "0.2"]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { direction: string; score: number; strength: number; band: string; parts: { text: number; readinessFit: number; specFit: number }; explanation: string });
    expect(new Set(lines.map((l) => l.direction))).toEqual(new Set(["demand-to-result", "result-to-demand"]));
    for (const l of lines) {
      expect(l.score).toBeGreaterThanOrEqual(5);
      expect(l.strength).toBeGreaterThanOrEqual(0.2);
      expect(["partial", "strong"]).toContain(l.band);
      expect(l.score).toBeCloseTo(l.parts.text * l.parts.readinessFit * l.parts.specFit, 9);
      expect(l.explanation).toMatch(/strength [\d.]+; score [\d.]+ = text/);
    }
    const noBom = await cliInProcess(["match", smallResults, demands, "--format", "csv", "--no-bom", "--k", "1", "--direction", "result-to-demand"]);
    expect(noBom.status, noBom.stderr).toBe(0);
    expect(noBom.stdout.startsWith("direction,")).toBe(true);
    expect((parse(noBom.stdout, { columns: true }) as Row[]).length).toBeGreaterThan(0);
  });

  it("--offset pages each record's list: ranks 3-4 are the tail of ranks 1-4, numbered from the offset", async () => {
    const rows = async (...extra: string[]) => {
      const run = await cliInProcess(["match", smallResults, demands, "--format", "csv", "--no-bom", "--direction", "demand-to-result", ...extra]);
      expect(run.status, run.stderr).toBe(0);
      return (parse(run.stdout, { columns: true }) as Row[]).map((r) => `${r.query_id} ${r.rank} ${r.match_id} ${r.score}`);
    };
    const all = await rows("--k", "4");
    const page = await rows("--k", "2", "--offset", "2");
    expect(page.length).toBeGreaterThan(0);
    expect(page).toEqual(all.filter((r) => ["3", "4"].includes(r.split(" ")[1]!)));
    const tooFar = await cliInProcess(["match", smallResults, demands, "--k", "100000", "--offset", "1"]);
    expect(tooFar.status).toBe(1);
    expect(tooFar.stderr).toMatch(/--k plus --offset must be at most 100000, got 100001/);
    const big = await cliInProcess(["match", smallResults, demands, "--format", "jsonl", "--k", "5000", "--direction", "result-to-demand"]);
    expect(big.status, big.stderr).toBe(0); // k is no longer capped at 1,000
  });
});

describe("untrusted text in records never reaches the terminal raw", () => {
  it("escapes ANSI and bidi controls from titles in the table", async () => {
    const r = path("ansi-results.json");
    const d = path("ansi-demands.json");
    writeFileSync(r, JSON.stringify([{ id: "r1\u202e", title: "\u001b[2J\u001b]0;pwned\u0007brake coating", summary: "brake coating for discs" }]));
    writeFileSync(d, JSON.stringify([{ id: "d1", title: "brake coating \u009b31m", description: "brake coating" }]));
    const run = await cliInProcess(["match", r, d]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("\\u{001B}[2J");
    expect(run.stdout).toContain("r1\\u{202E}");
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
  });
});
