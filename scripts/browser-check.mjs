#!/usr/bin/env node
// Runs the library in a real browser: bundles test/browser/entry.ts (full library) and entry-lean.ts (own analyzer,
// no default English analyzer) with esbuild, serves them on 127.0.0.1, loads each page in headless Chromium with
// networking off, and checks the results written into the DOM. The same entries are also bundled for Node and the
// browser's results must equal Node's exactly. Reports both bundle sizes and whether the English model got in.
// Usage: node scripts/browser-check.mjs
//   TB_BROWSER_OPTIONAL=1  exit 0 (with a message) instead of 1 when Chromium is not installed
//   CHROMIUM=/path         use this browser binary
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { isDeepStrictEqual } from "node:util";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pageDir = join(root, "test", "browser");
const PAGES = { full: "entry.ts", lean: "entry-lean.ts" };
const MODEL = "wink-eng-lite-web-model";
const failures = [];
const fail = (message) => {
  console.log(`  FAIL ${message}`);
  failures.push(message);
};
/** esbuild plugin: resolve the English model to an empty module (the README's recipe for lean bundles). */
const withoutEnglishModel = {
  name: "without-english-model",
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${MODEL}$`) }, () => ({ path: MODEL, namespace: "stub" }));
    build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default {};", loader: "js" }));
  },
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const work = mkdtempSync(join(tmpdir(), "tb-browser-"));
// Bounded lifetime: whatever hangs (browser, server), the whole check ends within 5 minutes.
setTimeout(() => {
  console.error("browser-check: gave up after 300 s");
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}, 300_000).unref();
let exitCode = 1;
try {
  exitCode = await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);

async function main() {
  // --- 1. Bundle each page for the browser (minified: the size a user would ship) and for Node --------------
  const browserJs = {};
  const nodeResults = {};
  for (const [page, entry] of Object.entries(PAGES)) {
    const built = await esbuild.build({
      entryPoints: [join(pageDir, entry)],
      // The lean page follows the README's recipe: an app that always passes its own analyzer aliases the
      // English model away (it is only loaded on the first English word through the default analyzer).
      plugins: page === "lean" ? [withoutEnglishModel] : [],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      metafile: true,
      write: false,
      logLevel: "error",
    });
    const code = built.outputFiles[0].contents;
    browserJs[page] = code;
    const inputs = Object.entries(built.metafile.outputs)[0][1].inputs;
    const modelBytes = Object.entries(inputs)
      .filter(([file]) => file.includes(`node_modules/${MODEL}/`))
      .reduce((sum, [, v]) => sum + v.bytesInOutput, 0);
    console.log(`bundle ${page} (${entry}): ${kib(code.length)} minified, ${kib(gzipSync(code).length)} gzipped; ` +
      (modelBytes ? `English model included (${kib(modelBytes)} of it)` : "English model NOT included"));
    if (page === "lean" && modelBytes) fail("lean: the English model got into the bundle despite the alias");

    // Node parity run: the same checks with Node's own ICU, to compare against the browser value by value.
    const nodeFile = join(work, `${page}.node.mjs`);
    await esbuild.build({ entryPoints: [join(pageDir, entry)], plugins: page === "lean" ? [withoutEnglishModel] : [],
      bundle: true, format: "esm", platform: "node",
      target: "es2022", outfile: nodeFile, logLevel: "error" });
    const nodeRun = spawnSync(process.execPath, [nodeFile], { encoding: "utf8", cwd: root });
    const line = nodeRun.stdout.trim().split("\n").find((l) => l.startsWith("{\"page\""));
    if (nodeRun.status !== 0 || !line) {
      fail(`${page}: Node parity run failed: ${nodeRun.stderr.trim().split("\n").slice(0, 5).join(" | ")}`);
    } else {
      nodeResults[page] = JSON.parse(line).results;
    }
  }

  // --- 1b. What a user of the built package ships (size only): the model is an external import of dist/index.js,
  // so a bundler keeps it unless nothing in the importing chunk needs it and the package is side-effect free.
  if (existsSync(join(root, "dist", "index.js"))) {
    const { size, gzipped, modelBytes } = await bundleSize(
      `import { ValidationError } from "techbroker"; console.log(new ValidationError([]).code);`);
    console.log(`bundle package-errors-only (a user app importing only ValidationError from dist/): ${kib(size)} minified, ` +
      `${kib(gzipped)} gzipped; English model ${modelBytes ? `included (${kib(modelBytes)})` : "NOT included"}`);
    // A Matcher app on each entry, wink-nlp and its model external (the README's bundle figures): the core must
    // carry no dictionary data, the main entry must carry it.
    for (const entry of ["techbroker/core", "techbroker"]) {
      const app = await bundleSize(`import { Matcher } from "${entry}"; console.log(new Matcher().resultCount);`, ["wink-nlp", MODEL]);
      console.log(`bundle matcher-app on ${entry} (wink-nlp external): ${kib(app.size)} minified, ${kib(app.gzipped)} gzipped; ` +
        `dictionary data ${app.dictionaryBytes ? `included (${kib(app.dictionaryBytes)})` : "NOT included"}`);
      if (entry === "techbroker/core" && app.dictionaryBytes) fail("techbroker/core: the dictionary data got into the bundle");
      if (entry === "techbroker" && !app.dictionaryBytes) fail("techbroker: the dictionary data is missing from the bundle");
    }
  }

  // --- 2. Find the browser ---------------------------------------------------------------------------------
  const chromium = findChromium();
  if (!chromium) {
    const optional = process.env.TB_BROWSER_OPTIONAL === "1";
    console.log(`browser-check: SKIPPED, Chromium not found (apt-get install -y chromium).` +
      (optional ? " TB_BROWSER_OPTIONAL=1, so this is not an error." : " Set TB_BROWSER_OPTIONAL=1 to allow this."));
    return optional && failures.length === 0 ? 0 : 1;
  }

  // --- 3. Serve and load each page -----------------------------------------------------------------------
  const html = readFileSync(join(pageDir, "index.html"));
  const server = createServer((req, res) => {
    const [, page, file] = /^\/(\w+)\/(app\.js)?$/.exec(req.url ?? "") ?? [];
    if (page in browserJs && file) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(browserJs[page]);
    } else if (page in browserJs) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  try {
    for (const page of Object.keys(PAGES)) {
      const started = Date.now();
      const { dom, stderr } = await dumpDom(chromium, `http://127.0.0.1:${port}/${page}/`);
      const json = /<script type="application\/json" id="results">(.*?)<\/script>/s.exec(dom)?.[1];
      console.log(`page ${page}: Chromium finished in ${Date.now() - started} ms`);
      if (!json) {
        fail(`${page}: the page wrote no results (module failed to load?). DOM: ${dom.slice(0, 400)}`);
        const consoleLines = stderr.split("\n").filter((l) => /CONSOLE|Uncaught|Error/.test(l));
        if (consoleLines.length) console.log(consoleLines.slice(0, 10).join("\n"));
        continue;
      }
      const results = JSON.parse(json).results;
      for (const r of results) {
        console.log(`  ${r.status === "ok" ? "ok  " : r.status === "skip" ? "SKIP" : "FAIL"} ${page}/${r.name}: ${r.detail}`);
        if (r.status === "fail") failures.push(`${page}/${r.name}: ${r.detail}`);
      }
      if (nodeResults[page] && !isDeepStrictEqual(results, nodeResults[page])) {
        const differing = results.filter((r, i) => !isDeepStrictEqual(r, nodeResults[page][i]));
        fail(`${page}: browser results differ from Node's; Node had: ` +
          JSON.stringify(differing.map((r) => nodeResults[page].find((n) => n.name === r.name) ?? r.name)));
      } else if (nodeResults[page]) {
        console.log(`  ok   ${page}: browser results equal Node's (${results.length} checks)`);
      }
    }
  } finally {
    server.close();
  }
  if (failures.length) {
    console.log(`browser-check: ${failures.length} failure(s)`);
    return 1;
  }
  console.log("browser-check: all good");
  return 0;
}

/** Minified size of a browser bundle of `contents`, an app in the repo root importing the package by name. */
async function bundleSize(contents, external = []) {
  const built = await esbuild.build({ stdin: { contents, resolveDir: root, loader: "js" }, bundle: true, format: "esm",
    platform: "browser", target: "es2022", minify: true, metafile: true, write: false, logLevel: "error", external });
  const code = built.outputFiles[0].contents;
  const inputs = Object.values(built.metafile.outputs)[0].inputs;
  const bytesOf = (test) => Object.entries(inputs).filter(([file]) => test(file)).reduce((sum, [, v]) => sum + v.bytesInOutput, 0);
  const modelBytes = bytesOf((file) => file.includes(`node_modules/${MODEL}/`));
  const dictionaryBytes = bytesOf((file) => file.includes("dist/bridges/zh-en."));
  return { size: code.length, gzipped: gzipSync(code).length, modelBytes, dictionaryBytes };
}

/** Path of a Chromium binary, or undefined. */
function findChromium() {
  // An explicit CHROMIUM is used alone, so a wrong path is reported rather than silently replaced.
  const candidates = process.env.CHROMIUM ? [process.env.CHROMIUM] : ["chromium", "chromium-browser", "google-chrome"];
  for (const c of candidates) {
    if (spawnSync("sh", ["-c", `command -v "${c}"`], { encoding: "utf8" }).status === 0) return c;
  }
  return undefined;
}

/** Loads `url` in a throw-away headless Chromium profile with all background networking off; bounded to 90 s. */
function dumpDom(chromium, url) {
  const profile = mkdtempSync(join(work, "profile-"));
  const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
    `--user-data-dir=${profile}`, "--virtual-time-budget=5000", "--enable-logging=stderr", "--dump-dom", url];
  return new Promise((done, reject) => {
    // Own process group, so a hung browser and all its helper processes can be ended together by its id.
    const child = spawn(chromium, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let dom = "";
    let stderr = "";
    child.stdout.on("data", (d) => (dom += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
      reject(new Error(`Chromium did not finish within 90 s on ${url}`));
    }, 90_000);
    child.on("error", (e) => { clearTimeout(timer); reject(e); });
    child.on("close", () => { clearTimeout(timer); done({ dom, stderr }); });
  });
}
