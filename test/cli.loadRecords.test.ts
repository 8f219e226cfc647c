import { chmodSync, existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadDemands, loadResults } from "../cli/input/loadRecords.js";
import { CliInputError } from "../cli/input/cliInputError.js";
import { MAX_INPUT_FILE_BYTES, readJsonFile } from "../cli/input/readJsonFile.js";
import { findJsonSyntaxError } from "../cli/input/jsonSyntaxError.js";

const dir = mkdtempSync(join(tmpdir(), "techbroker-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** Write `content` to a fresh temp file and return its path. */
function tempFile(content: string | Uint8Array): string {
  const file = join(dir, `input-${counter++}.json`);
  writeFileSync(file, content);
  return file;
}

/** Run `f`, expect a CliInputError, return its lines. */
function linesOf(f: () => unknown): readonly string[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(CliInputError);
    expect((error as CliInputError).code).toBe("CLI_INPUT");
    return (error as CliInputError).lines;
  }
  throw new Error("expected a CliInputError, but the call succeeded");
}

const r = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `title ${id}`, summary: `summary ${id}`, ...extra });
const d = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `title ${id}`, description: `text ${id}`, ...extra });

describe("loadResults / loadDemands", () => {
  it("loads the sample data files", () => {
    expect(loadResults("examples/data/results.json").length).toBeGreaterThan(100);
    expect(loadDemands("examples/data/demands.json").length).toBeGreaterThan(10);
  });

  it("accepts a bare array, a wrapper object, and one file holding both kinds", () => {
    expect(loadResults(tempFile(JSON.stringify([r("r1")])))).toEqual([r("r1")]);
    expect(loadResults(tempFile(JSON.stringify({ results: [r("r1"), r("r2")] })))).toHaveLength(2);
    const both = tempFile(JSON.stringify({ results: [r("r1")], demands: [d("d1"), d("d2")], source: "crm export" }));
    expect(loadResults(both)).toEqual([r("r1")]);
    expect(loadDemands(both)).toEqual([d("d1"), d("d2")]);
  });

  it("accepts a UTF-8 byte-order mark and Chinese text", () => {
    const record = r("r1", { title: "石墨烯涂层", language: "zh" });
    const bytes = new TextEncoder().encode(JSON.stringify([record]));
    expect(loadResults(tempFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])))).toEqual([record]);
  });

  it("names the file, the record, its id and the field", () => {
    const file = tempFile(JSON.stringify([r("r1"), r("r2"), r("r3"), r("r9", { trl: "high" })], null, 2));
    expect(linesOf(() => loadResults(file))).toEqual([`${file}: record 3 (id "r9"): trl: expected an integer from 1 to 9, got the string "high"`]);
  });

  it("lists every problem of every record, and records without a usable id", () => {
    const file = tempFile(
      JSON.stringify([d("d1", { minTrl: 0 }), 7, { title: "t", description: "x" }, d("d1", { budget: { amount: -1, currency: "EUR" } })]),
    );
    const error = (() => {
      try {
        loadDemands(file);
      } catch (e) {
        return e as CliInputError;
      }
      throw new Error("expected a CliInputError");
    })();
    expect(error.lines).toEqual([
      `${file}: record 0 (id "d1"): minTrl: expected an integer from 1 to 9, got the number 0`,
      `${file}: record 1: expected a demand object, got the number 7`,
      `${file}: record 2: id: required`,
      `${file}: record 3 (id "d1"): budget.amount: expected a finite number >= 0, got the number -1`,
      `${file}: record 3 (id "d1"): id: duplicate id "d1" (first at record 0)`,
    ]);
    expect(error.file).toBe(file);
    expect(error.message).toBe(error.lines.join("\n"));
  });

  it("rejects wrappers of the wrong kind or shape with a hint", () => {
    const demandsOnly = tempFile(JSON.stringify({ demands: [d("d1")] }));
    expect(linesOf(() => loadResults(demandsOnly))).toEqual([
      `${demandsOnly}: expected a JSON array of results or an object { "results": [...] }, got an object without "results" (it has "demands": is this a file of demands?)`,
    ]);
    const notArray = tempFile(JSON.stringify({ results: { r1: r("r1") } }));
    expect(linesOf(() => loadResults(notArray))).toEqual([`${notArray}: "results": expected an array, got object`]);
    const scalar = tempFile("42");
    expect(linesOf(() => loadDemands(scalar))).toEqual([
      `${scalar}: expected a JSON array of demands or an object { "demands": [...] }, got number`,
    ]);
  });
});

describe("reading the file", () => {
  it("reports a missing file and a directory", () => {
    const missing = join(dir, "does-not-exist.json");
    expect(linesOf(() => loadResults(missing))).toEqual([`${missing}: file not found`]);
    expect(linesOf(() => loadResults(dir))).toEqual([`${dir}: is a directory, expected a file`]);
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it may not read", () => {
    const file = tempFile("[]");
    chmodSync(file, 0o000);
    expect(linesOf(() => loadResults(file))).toEqual([`${file}: cannot read file: permission denied`]);
  });

  it("refuses files over the size limit before reading them", () => {
    const big = tempFile("");
    truncateSync(big, MAX_INPUT_FILE_BYTES + 1); // sparse: no 50 MB actually written
    expect(linesOf(() => loadResults(big))).toEqual([`${big}: file is 50.0 MB (52428801 bytes), larger than the 50 MB limit`]);
    const small = tempFile("[1, 2, 3]");
    expect(linesOf(() => readJsonFile(small, 4))).toEqual([`${small}: file is 9 bytes, larger than the 4 bytes limit`]);
    expect(readJsonFile(small, 9)).toEqual([1, 2, 3]);
  });

  it.skipIf(!existsSync("/dev/zero"))("stops reading a stream of unknown size at the limit", () => {
    expect(linesOf(() => readJsonFile("/dev/zero", 4))).toEqual(["/dev/zero: file is larger than the 4 bytes limit"]);
  });

  it("refuses bytes that are not UTF-8, with a hint for UTF-16", () => {
    const latin1 = tempFile(new Uint8Array([0x5b, 0x22, 0xe9, 0x22, 0x5d])); // ["é"] in Latin-1
    expect(linesOf(() => loadResults(latin1))).toEqual([`${latin1}: not valid UTF-8 text`]);
    const utf16 = tempFile(new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]));
    expect(linesOf(() => loadResults(utf16))).toEqual([`${utf16}: not valid UTF-8 text (it looks like UTF-16; save it as UTF-8)`]);
  });

  it("reports empty files and JSON syntax errors with line and column", () => {
    const empty = tempFile(" \n");
    expect(linesOf(() => loadResults(empty))).toEqual([`${empty}: file is empty, expected JSON`]);
    const comma = tempFile('[\n  {"id": "r1"},\n]');
    expect(linesOf(() => loadResults(comma))).toEqual([`${comma}: invalid JSON at line 3, column 1: unexpected "]"`]);
    const cut = tempFile('[\n  {"id": "r1"');
    expect(linesOf(() => loadResults(cut))).toEqual([`${cut}: invalid JSON at line 2, column 14: unexpected end of file`]);
    const single = tempFile("[{'id': 'r1'}]");
    expect(linesOf(() => loadResults(single))).toEqual([`${single}: invalid JSON at line 1, column 3: unexpected "'"`]);
  });
});

describe("findJsonSyntaxError", () => {
  it("points at the first bad character", () => {
    expect(findJsonSyntaxError('{"a": [1,\n  2 x]}')).toEqual({ offset: 14, line: 2, column: 5, reason: 'unexpected "x"' });
    expect(findJsonSyntaxError('"tab\tinside"')?.offset).toBe(4);
    expect(findJsonSyntaxError('"\\x"')?.offset).toBe(2);
    expect(findJsonSyntaxError("01")?.offset).toBe(1);
    expect(findJsonSyntaxError("-")?.offset).toBe(1);
    expect(findJsonSyntaxError("1.e3")?.offset).toBe(2);
    expect(findJsonSyntaxError("nul")?.reason).toBe("unexpected end of file");
    expect(findJsonSyntaxError("[".repeat(100_000) + "]".repeat(100_000))).toBeUndefined();
  });

  it("agrees with JSON.parse on valid JSON and on mutated JSON", () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "]", "}", '"', ":", "\\", "x", "-", ".", "e", " ", "\u0001"), fc.boolean())
      .map(([text, at, piece, replace]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, i) + piece + text.slice(replace ? i + 1 : i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });
});
