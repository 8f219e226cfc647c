import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The module map of DESIGN.md, checked. Every import of every file is read with a small regex and held
 * against these rules; a new folder or a new edge between folders fails here until it is added to the
 * table below and to DESIGN.md's diagram, on purpose.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  errors: [],
  immutable: [],
  validation: ["errors"],
  units: ["errors", "validation", "immutable"],
  specs: ["errors", "validation", "units", "immutable"],
  text: ["errors", "validation", "units", "immutable"],
  score: ["errors", "validation"],
  postings: ["errors", "validation", "text", "score", "immutable"],
  schema: ["errors", "validation"],
  bridge: ["errors", "validation", "text", "immutable"],
  stage: ["errors", "validation", "schema", "text", "immutable"],
  match: ["errors", "validation", "text", "postings", "score", "schema", "bridge", "stage", "specs", "units", "immutable"],
  jsonSchemas: ["validation", "schema", "bridge", "stage", "immutable"],
};

/** Files of a folder that other folders may import; a folder not listed exposes every file. */
const PUBLIC_FILES: Readonly<Record<string, readonly string[]>> = {
  // hanSteps.ts: the Chinese steps (folding, segmentation) that readiness cues read text with.
  text: ["analyzer.ts", "analyzerShape.ts", "analyzerIdentity.ts", "termSink.ts", "boundedCache.ts", "compoundTerms.ts", "hanSteps.ts"],
  // The record types, shapes and parsers other folders build on; the rest of schema/ is internal.
  schema: ["types.ts", "recordShapes.ts", "parseResult.ts", "parseDemand.ts"],
};

/** Imports of src/ files from outside src/ allowed as exceptions, each with its reason; the list may only shrink. */
const KNOWN_OUTSIDE_IMPORTS: readonly string[] = [];

const ROOT = join(import.meta.dirname, "..");
/** Packages src/ may import: the runtime dependencies, plus opencc-js, whose dictionaries tsup bundles into dist/ (README, "Why opencc-js"). */
const RUNTIME_PACKAGES = [
  ...Object.keys((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: object }).dependencies ?? {}),
  "opencc-js",
];

function filesUnder(dir: string, pattern: RegExp): string[] {
  let entries: string[];
  try {
    entries = readdirSync(join(ROOT, dir));
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|(?:^|[\s;])import\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g;

/** Specifiers imported by `file` (comments are stripped first so that prose cannot count as an import). */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** The repository path a relative specifier points to, with `.js` read as the `.ts` source. */
function resolve(from: string, spec: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const piece of spec.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/").replace(/\.js$/, ".ts");
}

interface Edge {
  from: string;
  to: string;
}

type Reader = (file: string) => string;
const readRepoFile: Reader = (file) => readFileSync(join(ROOT, file), "utf8");

function edgesOf(files: readonly string[], read: Reader = readRepoFile): { relative: Edge[]; bare: Edge[] } {
  const rel: Edge[] = [];
  const bare: Edge[] = [];
  for (const file of files) {
    for (const spec of importsOf(read(file))) {
      if (spec.startsWith(".")) rel.push({ from: file, to: resolve(file, spec) });
      else bare.push({ from: file, to: spec });
    }
  }
  return { relative: rel, bare };
}

const folderOf = (path: string): string | undefined => /^src\/([^/]+)\//.exec(path)?.[1];

/** Every violation of the rules for these files (empty when the map holds). */
function violations(
  srcFiles: readonly string[], outsideFiles: readonly string[], known: readonly string[] = KNOWN_OUTSIDE_IMPORTS, read: Reader = readRepoFile,
): string[] {
  const out: string[] = [];
  const { relative: srcEdges, bare: srcBare } = edgesOf(srcFiles, read);
  for (const { from, to } of srcEdges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === undefined || b === undefined || a === b) continue;
    if (!(a in ALLOWED)) out.push(`${from}: folder src/${a} is not in the module map`);
    else if (!ALLOWED[a].includes(b)) out.push(`${from} -> ${to}: src/${a} may not import src/${b}`);
    const open = PUBLIC_FILES[b];
    const file = to.slice(`src/${b}/`.length);
    if (open && !open.includes(file)) out.push(`${from} -> ${to}: ${file} is internal to src/${b}`);
  }
  for (const { from, to } of srcBare) {
    if (!RUNTIME_PACKAGES.some((p) => to === p || to.startsWith(`${p}/`))) out.push(`${from} -> ${to}: src/ imports only its runtime dependencies (no node: or Node-only modules)`);
  }
  // A benchmark that names a src/ file in a string (an entry point in an environment variable, a path for tsx)
  // could load the sources without an import statement: that is refused too.
  for (const file of outsideFiles.filter((f) => f.startsWith("bench/"))) {
    const code = read(file).replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
    if (/(?:^|[^\w.-])src\/[\w/.-]*\.ts\b/m.test(code)) out.push(`${file}: benchmarks name no src/ file, they run dist/`);
  }
  for (const { from, to } of edgesOf(outsideFiles, read).relative) {
    if (!to.startsWith("src/") || known.includes(`${from} -> ${to}`)) continue;
    // Benchmarks measure what ships: they import the built dist/, never src/ (not even the door).
    if (from.startsWith("bench/")) out.push(`${from} -> ${to}: benchmarks import dist/, never src/`);
    else if (to !== "src/index.ts") out.push(`${from} -> ${to}: outside src/, import only the public door src/index.ts`);
  }
  return out;
}

/** Folder-level cycles among the actual imports (names of the folders on each cycle). */
function folderCycles(srcFiles: readonly string[]): string[] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edgesOf(srcFiles).relative) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === undefined || b === undefined || a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  const cycles: string[] = [];
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "active");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "active") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" -> "));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const srcFiles = filesUnder("src", /\.ts$/);
const outsideFiles = [...filesUnder("cli", /\.ts$/), ...filesUnder("node", /\.(ts|mjs)$/), ...filesUnder("bench", /\.(mjs|ts)$/)];

describe("module map (DESIGN.md): the arrows are the only imports between folders", () => {
  it("finds the files and their imports", () => {
    expect(srcFiles.length).toBeGreaterThan(40);
    expect(importsOf('import { a } from "./x.js";\nexport * from "../y.js";\nconst z = await import("../src/z.ts");')).toEqual(["./x.js", "../y.js", "../src/z.ts"]);
  });

  it("has no import that the map does not allow", () => {
    expect(violations(srcFiles, outsideFiles)).toEqual([]);
  });

  it("has no cycle between folders", () => {
    expect(folderCycles(srcFiles)).toEqual([]);
  });

  it("lists only exceptions that still exist, so the list can only shrink", () => {
    const actual = new Set(edgesOf(outsideFiles).relative.map((e) => `${e.from} -> ${e.to}`));
    expect(KNOWN_OUTSIDE_IMPORTS.filter((k) => !actual.has(k))).toEqual([]);
  });

  it("fails on a violation (the rules are live)", () => {
    const files: Record<string, string> = {
      "src/text/leak.ts": 'import { InvertedIndex } from "../postings/invertedIndex.js";',
      "src/bridge/peek.ts": 'import { Tokenizer } from "../text/tokenizer.js";',
      "src/stage/disk.ts": 'import { readFileSync } from "node:fs";',
      "src/newthing/a.ts": 'import { fail } from "../errors/errors.js";',
      "cli/deep.ts": 'import { parseResult } from "../src/schema/parseResult.js";',
      "bench/door.mjs": 'const lib = await import("../src/index.ts");',
      "bench/entry.mjs": 'const entry = process.env.ENTRY ?? `${root}src/index.ts`;',
    };
    const read: Reader = (file) => files[file];
    const names = Object.keys(files);
    expect(violations(names.filter((f) => f.startsWith("src/")), names.filter((f) => !f.startsWith("src/")), [], read)).toEqual([
      "src/text/leak.ts -> src/postings/invertedIndex.ts: src/text may not import src/postings",
      "src/bridge/peek.ts -> src/text/tokenizer.ts: tokenizer.ts is internal to src/text",
      "src/newthing/a.ts: folder src/newthing is not in the module map",
      "src/stage/disk.ts -> node:fs: src/ imports only its runtime dependencies (no node: or Node-only modules)",
      "bench/door.mjs: benchmarks name no src/ file, they run dist/",
      "bench/entry.mjs: benchmarks name no src/ file, they run dist/",
      "cli/deep.ts -> src/schema/parseResult.ts: outside src/, import only the public door src/index.ts",
      "bench/door.mjs -> src/index.ts: benchmarks import dist/, never src/",
    ]);
  });
});
