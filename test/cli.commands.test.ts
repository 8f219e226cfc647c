// The command line's help, errors and other commands, run on the built dist/cli.cjs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliInProcess } from "./support/cliInProcess.js";

const dir = mkdtempSync(join(tmpdir(), "techbroker-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
/** Write `content` to a fresh temp file with the given extension and return its path. */
function file(ext: string, content: string | Uint8Array): string {
  const p = join(dir, `f${counter++}.${ext}`);
  writeFileSync(p, content);
  return p;
}
/** The built binary, for what only a real process shows (exit code, stdout vs stderr). */
const bin = (...args: string[]) => spawnSync(process.execPath, ["dist/cli.cjs", ...args], { encoding: "utf8", timeout: 60_000 });
const cli = (...args: string[]) => cliInProcess(args);
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

const RESULTS = "examples/data/results.json";
const DEMANDS = "examples/data/demands.json";

describe("help, version, unknown commands", () => {
  it("--help, help CMD and CMD --help print to stdout and exit 0", async () => {
    for (const args of [["--help"], ["help"], ["-h"]]) {
      const run = await cli(...args);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(/usage: techbroker COMMAND/);
      for (const c of ["match", "index", "readiness", "portfolio", "demo"]) expect(run.stdout).toContain(`  ${c} `);
    }
    for (const args of [["help", "match"], ["match", "--help"], ["match", "a.csv", "--k", "0", "--help"]]) {
      const run = await cli(...args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: techbroker match RESULTS DEMANDS/);
      expect(run.stdout).toContain("--min-score");
    }
  });

  it("--version prints the package version", async () => {
    const run = bin("--version");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it("an unknown command gets did-you-mean and the usage on stderr, exit 1", async () => {
    const run = bin("mtach", RESULTS, DEMANDS);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^techbroker: unknown command "mtach" \(did you mean "match"\?\)\n/);
    expect(run.stderr).toContain("usage: techbroker COMMAND");
    expect((await cli()).status).toBe(1);
    expect((await cli("help", "portfolo")).stderr).toContain('did you mean "portfolio"?');
  });

  it("bad options are named, with did-you-mean, before any file is read", async () => {
    const cases: [string[], RegExp][] = [
      [["match", RESULTS, DEMANDS, "--kk", "3"], /unknown option --kk for "match" \(did you mean --k\?\)/],
      [["match", RESULTS, DEMANDS, "--k", "10x"], /--k must be an integer from 1 to 100000, got "10x"/],
      [["match", RESULTS, DEMANDS, "--min-score", "abc"], /--min-score must be a number, got "abc"/],
      [["match", RESULTS, DEMANDS, "--min-strength", "1.5"], /--min-strength must be a number from 0 to 1, got "1.5"/],
      [["match", RESULTS, DEMANDS, "--direction", "demand-to-results"], /--direction must be one of demand-to-result, result-to-demand, both, got "demand-to-results" \(did you mean "demand-to-result"\?\)/],
      [["match", RESULTS, DEMANDS, "--format", "cvs"], /--format must be one of table, jsonl, csv, got "cvs" \(did you mean "csv"\?\)/],
      [["match", "missing.csv", DEMANDS, "--k", "0"], /--k must be an integer/],
      [["match", RESULTS], /"match" needs a results file and a demands file/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(...args);
      expect(run.status, args.join(" ")).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
    }
  });
});

describe("malformed input: one line naming the file and the line, exit 1, nothing printed", () => {
  const header = "id,title,summary,keywords,trl\n";
  const cases: [string, string, RegExp][] = [
    ["unbalanced quotes", `${header}r1,a,b,k,3\nr2,"brake disc,b,k,3\nr3,a,b,k,3\n`, /: line 3: a quoted field starts on this line and its closing quote never comes$/],
    ["a stray quote", `${header}r1,a "quoted" word,b,k,3\n`, /: line 2: a quote inside an unquoted field \(column 2\)/],
    ["a missing header", "r1,a,b,k,3\nr2,a,b,k,3\n", /: line 1: no header line: the first line must name the columns/],
    ["a wrong column count", `${header}r1,a,b,k,3\nr2,a,b,k\n`, /: line 3: 4 columns, but the header has 5$/],
    ["an unknown column", "id,title,sumary\nr1,a,b\n", /: line 1: unknown column "sumary" \(column 3\): did you mean "summary"\?/],
    ["the old column name fields", "id,title,summary,fields\nr1,a,b,materials\n", /: line 1: unknown column "fields" \(column 4\): did you mean "disciplines"\?/],
    ["a number that is not", `${header}r1,a,b,k,3\nr2,a,b,k,TRL 4\n`, /: line 3 \(id "r2"\): trl: expected a number, got "TRL 4"$/],
    ["a value the library refuses", `${header}r1,a,b,k,3\nr2,a,b,k,12\n`, /: line 3 \(id "r2"\): trl: expected an integer from 1 to 9, got [^\n]*\b12$/],
  ];
  for (const [what, csv, message] of cases) {
    it(what, async () => {
      const bad = file("csv", csv);
      const run = await cli("match", bad, DEMANDS);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(`techbroker: ${bad}: line `)).toBe(true);
      expect(lines[0]).toMatch(message);
    });
  }

  it("a BOM and Windows line ends simply work, and a quoted line break keeps the line numbers right", async () => {
    const csv = "\ufeffid,title,summary,keywords,trl\r\nr1,\"brake\r\ndisc\",b,brake; disc,5\r\n\r\nr2,coating,c,,\r\n";
    const good = file("csv", csv);
    const run = await cli("match", good, DEMANDS, "--format", "jsonl", "--direction", "result-to-demand", "--k", "1");
    expect(run.status, run.stderr).toBe(0);
    const bad = file("csv", `${csv}r3,x,"y\r\nr4,a,b,,\r\n`);
    expect((await cli("match", bad, DEMANDS)).stderr).toBe(`techbroker: ${bad}: line 6: a quoted field starts on this line and its closing quote never comes\n`);
  });

  it("JSON Lines errors name the line", async () => {
    const jsonl = file("jsonl", '{"id":"r1","title":"a","summary":"b"}\n\n{"id":"r2","title":"a","summary":"b","trl":"high"}\n{"id":"r3",\n');
    const run = await cli("match", jsonl, DEMANDS);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`techbroker: ${jsonl}: line 4, column 12: invalid JSON: unexpected end of file\n`);
    const fixed = file("jsonl", '{"id":"r1","title":"a","summary":"b"}\n\n{"id":"r2","title":"a","summary":"b","trl":"high"}\n');
    // The library words the value ("got the string ..."); the CLI adds file, line, id and field.
    expect((await cli("match", fixed, DEMANDS)).stderr).toMatch(new RegExp(`^techbroker: ${fixed}: line 3 \\(id "r2"\\): trl: expected an integer from 1 to 9, got [^\\n]*"high"\\n$`));
  });

  it("a bad --supports file is reported up front with its name; a typo such as budgett is refused", async () => {
    const typo = file("json", JSON.stringify([{ id: "s1", name: "Fund", kind: "fund", minTrl: 4, maxTrl: 6, budgett: { amount: 1, currency: "EUR" } }]));
    const run = await cli("portfolio", RESULTS, DEMANDS, "--supports", typo);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`techbroker: ${typo}: record 0 (id "s1"): budgett: unknown field (did you mean "budget"?)\n`);
    const range = file("json", JSON.stringify([{ id: "s1", name: "Fund", kind: "fund", minTrl: 4, maxTrl: 12 }]));
    const demo = await cli("demo", "--supports", range);
    expect(demo.status).toBe(1);
    expect(demo.stdout).toBe("");
    expect(demo.stderr).toMatch(new RegExp(`^techbroker: ${range}: record 0 \\(id "s1"\\): maxTrl: `));
  });
});

describe("bridges for match", () => {
  it("--history learns bridges from past pairs, and they show in the explanations; a bad history is named", async () => {
    // The labelled pairs of the sample data as a history of past matches, in plain text (JSON Lines).
    const labels = JSON.parse(readFileSync("examples/data/labels.json", "utf8")) as Record<string, string[]>;
    const text = new Map<string, string>();
    for (const d of JSON.parse(readFileSync(DEMANDS, "utf8")) as { id: string; title: string; description: string }[]) text.set(d.id, `${d.title}\n${d.description}`);
    for (const r of JSON.parse(readFileSync(RESULTS, "utf8")) as { id: string; title: string; summary: string }[]) text.set(r.id, `${r.title}\n${r.summary}`);
    const pairs = Object.entries(labels).flatMap(([d, rs]) => rs.map((r) => JSON.stringify({ demand: text.get(d), result: text.get(r) })));
    const history = file("jsonl", `${pairs.join("\n")}\n`);
    const run = await cli("match", RESULTS, DEMANDS, "--history", history, "--direction", "demand-to-result", "--k", "3", "--format", "jsonl");
    expect(run.status, run.stderr).toBe(0);
    const sources = run.stdout.trim().split("\n").flatMap((l) => (JSON.parse(l) as { terms: { source: string }[] }).terms.map((t) => t.source));
    expect(sources).toContain("learned");
    const without = await cli("match", RESULTS, DEMANDS, "--direction", "demand-to-result", "--k", "3", "--format", "jsonl");
    expect(without.stdout).not.toContain('"learned"');
    const typo = file("csv", "demand,reslt\na,b\n");
    const bad = await cli("match", RESULTS, DEMANDS, "--history", typo);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/: line 1: unknown column "reslt" \(column 2\): did you mean "result"\?/);
  });

  it("--lexicon bridges both ways; a bad lexicon is named with its path", async () => {
    const run = await cli("match", RESULTS, DEMANDS, "--lexicon", "examples/data/lexicon.json", "--k", "3", "--format", "jsonl");
    expect(run.status, run.stderr).toBe(0);
    const rows = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { direction: string; terms: { source: string }[] });
    for (const direction of ["demand-to-result", "result-to-demand"]) {
      expect(rows.some((r) => r.direction === direction && r.terms.some((t) => t.source === "lexicon")), direction).toBe(true);
    }
    const bad = file("json", JSON.stringify({ version: 2, concepts: [] }));
    const failed = await cli("match", RESULTS, DEMANDS, "--lexicon", bad);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`^techbroker: ${bad}: version: `));
  });
});

describe("readiness and portfolio", () => {
  it("readiness reads a text given on the command line, and each record of a file", async () => {
    const text = await cli("readiness", "The prototype was validated in a relevant environment (TRL 5).");
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^text: TRL 5 /);
    const csv = file("csv", "id,title,summary\nr1,Pilot line,已完成中试\nr2,Idea,a concept only\n");
    const rows = await cli("readiness", csv, "--format", "jsonl");
    expect(rows.status, rows.stderr).toBe(0);
    const parsed = rows.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; trl?: number; evidence: unknown[] });
    expect(parsed.map((p) => p.id)).toEqual(["r1", "r2"]);
    expect(parsed[0].trl).toBeGreaterThanOrEqual(5);
    expect(parsed[0].evidence.length).toBeGreaterThan(0);
  });

  it("portfolio runs the stage analysis and shortlist, and writes the SVG charts", async () => {
    const svgDir = join(dir, "charts");
    const run = await cli("portfolio", RESULTS, DEMANDS, "--supports", "examples/data/supports.json", "--now", "2026-11-23", "--svg-dir", svgDir, "--limit", "3");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Funding gap (no support covers): pilot (TRL 5)");
    expect(run.stdout).toMatch(/First-investment shortlist[^\n]*\n {2}1\. r\d+ {2}TRL \d/);
    expect(run.stdout).not.toMatch(/\n {2}4\. /);
    for (const name of ["valley.svg", "shortlist.svg"]) {
      expect(existsSync(join(svgDir, name))).toBe(true);
      expect(readFileSync(join(svgDir, name), "utf8")).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    }
  });

  it("index saves a Matcher; match --snapshot gives the same matches; a damaged snapshot is named", async () => {
    const snap = join(dir, "snap.bin");
    const built = await cli("index", RESULTS, DEMANDS, "--lexicon", "examples/data/lexicon.json", "--out", snap);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/330 results, 84 demands, \d+ bytes/);
    const fromFiles = await cli("match", RESULTS, DEMANDS, "--lexicon", "examples/data/lexicon.json", "--k", "3", "--format", "jsonl");
    const fromSnapshot = await cli("match", "--snapshot", snap, "--k", "3", "--format", "jsonl");
    expect(fromSnapshot.status, fromSnapshot.stderr).toBe(0);
    expect(fromSnapshot.stdout).toBe(fromFiles.stdout); // bit-identical scores and explanations
    const damaged = readFileSync(snap);
    damaged[Math.floor(damaged.length / 2)] ^= 0xff;
    const bad = file("bin", damaged);
    const run = await cli("match", "--snapshot", bad);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^techbroker: ${bad}: not a usable Matcher snapshot: [^\\n]+\\n$`));
    expect((await cli("match", RESULTS, DEMANDS, "--snapshot", snap)).stderr).toMatch(/either RESULTS DEMANDS or --snapshot FILE/);
    expect((await cli("match", "--snapshot", snap, "--lexicon", "x.json")).stderr).toMatch(/--lexicon does not apply to --snapshot/);
    expect((await cli("index", RESULTS, DEMANDS)).stderr).toMatch(/"index" needs --out FILE/);
  });
});

describe("the CLI is built against the package, not a second copy of it", () => {
  it("dist/cli.cjs requires techbroker and holds none of the library's code", async () => {
    const bundle = readFileSync("dist/cli.cjs", "utf8");
    expect(bundle).toMatch(/require\("techbroker"\)/);
    for (const inside of ["class InvertedIndex", "class Matcher", "function inferReadiness", "function parseResults"]) expect(bundle).not.toContain(inside);
  });

  it("no file under cli/ imports from src/: the public door only", async () => {
    const files = readdirSync("cli", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const source = readFileSync(join("cli", f), "utf8");
      expect(source, f).not.toMatch(/from\s+["'](?:\.\.\/)+src\//);
    }
  });
});
