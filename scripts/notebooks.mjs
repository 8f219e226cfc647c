#!/usr/bin/env node
// Executes every examples/notebooks/*.ipynb headless (Jupyter nbconvert + the tslab TypeScript kernel), saves each
// executed notebook back in place with its outputs (so a code host shows the results) and writes an HTML copy to
// examples/notebooks/html/. Any cell error (a thrown error or a type error) fails the run, so the notebooks double as
// tests. Needs a fresh `npm run build`: the notebooks import the package by name, which Node resolves to dist/.
// Writing notebooks for tslab: import the package by name ("techbroker"); read data with paths relative to the
// notebook (the kernel runs in examples/notebooks/); and never use an object shorthand ({ lexicon }) for a variable
// declared in an earlier cell: tslab rewrites cross-cell names but misses shorthands (ReferenceError at run time).
// Usage: node scripts/notebooks.mjs [name-filter]
//   TB_CELL_TIMEOUT=120        seconds a single cell may take
//   TB_NOTEBOOKS_OPTIONAL=1    exit 0 (with a message) instead of 1 when Jupyter is not installed
import { spawnSync } from "node:child_process";
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const notebookDir = join(root, "examples", "notebooks");
const htmlDir = join(notebookDir, "html");
const jupyterPrefix = join(root, ".jupyter");
const tslab = join(root, "node_modules", ".bin", "tslab");
const cellTimeout = Number(process.env.TB_CELL_TIMEOUT ?? 120);
const filter = process.argv[2] ?? "";
const env = {
  ...process.env,
  JUPYTER_PATH: join(jupyterPrefix, "share", "jupyter"),
  // debugpy inside ipykernel warns about frozen modules on every start; the warning is noise here.
  PYDEVD_DISABLE_FILE_VALIDATION: "1",
};
const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: "utf8", env, cwd: root, ...options });
// nbconvert's traceback is long; the failing cell and its error come after "CellExecutionError".
const tail = (text, lines = 30) => {
  const at = text.indexOf("CellExecutionError:");
  return (at >= 0 ? text.slice(at) : text).trim().split("\n").slice(-lines).join("\n");
};

// --- Preconditions -------------------------------------------------------------------------------------------
if (run("jupyter", ["nbconvert", "--version"]).status !== 0) {
  const optional = process.env.TB_NOTEBOOKS_OPTIONAL === "1";
  console.log("notebooks: SKIPPED, jupyter nbconvert not found (apt-get install -y --no-install-recommends " +
    "jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client jupyter-core)." +
    (optional ? " TB_NOTEBOOKS_OPTIONAL=1, so this is not an error." : ""));
  process.exit(optional ? 0 : 1);
}
if (!existsSync(join(root, "dist", "index.cjs"))) {
  console.error("notebooks: dist/index.cjs is missing; run `npm run build` first (tslab loads the package through require).");
  process.exit(1);
}
if (!existsSync(tslab) || run(tslab, ["--version"]).status !== 0) {
  console.error(`notebooks: ${tslab} does not run; is tslab installed (npm ci)?`);
  process.exit(1);
}

// The kernel spec lives in ./.jupyter (git-ignored), never in the user's home; installing again is harmless.
const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const install = run(tslab, ["install", `--python=${python}`, `--binary=${tslab}`, `--prefix=${jupyterPrefix}`]);
if (install.status !== 0) {
  console.error(`notebooks: tslab install failed:\n${install.stdout}${install.stderr}`);
  process.exit(1);
}

// tslab type-checks with TypeScript 5.0 and classic node resolution, which ignores a package's self-reference, so
// `import ... from "techbroker"` needs a node_modules entry near the notebooks (git-ignored). It holds a copy of
// package.json and a link to dist/ only: a link to the repo root itself would make a directory cycle.
const linked = join(notebookDir, "node_modules", "techbroker");
rmSync(linked, { recursive: true, force: true });
mkdirSync(linked, { recursive: true });
writeFileSync(join(linked, "package.json"), readFileSync(join(root, "package.json")));
symlinkSync(join(root, "dist"), join(linked, "dist"), "dir");

// --- Execute ---------------------------------------------------------------------------------------------------
const notebooks = readdirSync(notebookDir).filter((f) => f.endsWith(".ipynb") && f.includes(filter)).sort();
if (notebooks.length === 0) {
  console.error(`notebooks: no notebooks in ${notebookDir}${filter ? ` matching "${filter}"` : ""}`);
  process.exit(1);
}
mkdirSync(htmlDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "tb-notebooks-"));
const failed = [];
try {
  for (const name of notebooks) {
    const started = Date.now();
    const executed = run("jupyter", [
      "nbconvert", "--to", "notebook", "--execute",
      `--ExecutePreprocessor.timeout=${cellTimeout}`,
      // Per-cell timestamps would make every run rewrite the committed notebooks.
      "--ExecutePreprocessor.record_timing=False",
      "--output-dir", work, "--output", name,
      join(notebookDir, name),
    ], { cwd: notebookDir });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (executed.status !== 0) {
      console.log(`  FAIL ${name} after ${seconds} s\n${tail(executed.stderr)}\n${failingOutputs(name)}`);
      failed.push(name);
      continue;
    }
    const output = join(work, name);
    const cells = JSON.parse(readFileSync(output, "utf8")).cells.filter((c) => c.cell_type === "code").length;
    copyFileSync(output, join(notebookDir, name));
    // The classic template is self-contained and ~10x smaller than the default lab one (55 KB vs 600 KB).
    const html = run("jupyter", ["nbconvert", "--to", "html", "--template", "classic", "--output-dir", htmlDir,
      join(notebookDir, name)]);
    if (html.status !== 0) {
      console.log(`  FAIL ${name}: HTML export failed\n${tail(html.stderr)}`);
      failed.push(name);
      continue;
    }
    console.log(`  ok   ${name}: ${cells} code cells in ${seconds} s (saved with outputs, html/${name.replace(/\.ipynb$/, ".html")})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
/**
 * tslab reports type errors and exceptions as stderr output of the cell, which nbconvert's failure message leaves out;
 * run the notebook once more letting errors pass, and return the failing cell's stderr and error outputs.
 */
function failingOutputs(name) {
  const again = run("jupyter", ["nbconvert", "--to", "notebook", "--execute", "--allow-errors",
    `--ExecutePreprocessor.timeout=${cellTimeout}`, "--output-dir", work, "--output", `failed-${name}`,
    join(notebookDir, name)], { cwd: notebookDir });
  if (again.status !== 0) return "(could not re-run the notebook to collect the error output)";
  const cells = JSON.parse(readFileSync(join(work, `failed-${name}`), "utf8")).cells;
  const lines = [];
  cells.forEach((cell, i) => {
    for (const out of cell.outputs ?? []) {
      if (out.output_type === "error") lines.push(`cell ${i}: ${out.ename}: ${out.evalue}`);
      else if (out.output_type === "stream" && out.name === "stderr") lines.push(`cell ${i} stderr: ${[out.text].flat().join("").trim()}`);
    }
  });
  return lines.join("\n") || "(no error output captured)";
}

if (failed.length) {
  console.log(`notebooks: ${failed.length} of ${notebooks.length} failed: ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`notebooks: all ${notebooks.length} ran`);
