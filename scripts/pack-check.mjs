#!/usr/bin/env node
// Proves the published tarball is what we think it is: packs the package, checks that only dist/, README.md,
// LICENSE and package.json ship, installs the tarball into a throw-away project and uses it from an ESM
// consumer, a CommonJS consumer and TypeScript with `--module nodenext`. Needs a fresh `npm run build`.
// Usage: node scripts/pack-check.mjs            (exit 0 = all good, 1 = any failure)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? "  ok  " : "  FAIL"} ${message}`);
  if (!ok) failures.push(message);
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

if (!existsSync(join(root, "dist", "index.js")) || !existsSync(join(root, "dist", "index.cjs"))) {
  console.error("pack-check: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "tb-pack-"));
try {
  // --- 1. Pack and inspect the file list -------------------------------------------------------
  console.log("pack-check: npm pack");
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  const files = packed.files.map((f) => f.path).sort();
  console.log(`  tarball ${packed.filename}: ${files.length} files, packed ${kib(packed.size)}, unpacked ${kib(packed.unpackedSize)}`);
  for (const f of packed.files) console.log(`    ${String(f.size).padStart(8)}  ${f.path}`);

  const allowed = /^(dist\/[^/].*|README\.md|LICENSE|NOTICE\.md|package\.json)$/;
  const stray = files.filter((f) => !allowed.test(f));
  check(stray.length === 0, `only dist/, README.md, LICENSE, NOTICE.md, package.json ship${stray.length ? ` (stray: ${stray.join(", ")})` : ""}`);
  // Tests, fixtures and source maps have no business in dist/ either.
  const junk = files.filter((f) => /(\.test\.|\.spec\.|\.map$|\/test\/|\/data\/|\.tsbuildinfo$)/.test(f));
  check(junk.length === 0, `no tests, data or source maps in dist/${junk.length ? ` (${junk.join(", ")})` : ""}`);
  for (const required of ["package.json", "README.md", "LICENSE", "NOTICE.md", "dist/bridges/NOTICE.md"]) check(files.includes(required), `${required} is packed`);

  // Every path package.json points at must be inside the tarball.
  const targets = new Set();
  const collect = (v) => {
    if (typeof v === "string") targets.add(v.replace(/^\.\//, ""));
    else if (v && typeof v === "object") Object.values(v).forEach(collect);
  };
  collect([pkg.main, pkg.module, pkg.types, pkg.exports, pkg.bin]);
  for (const t of [...targets].sort()) check(files.includes(t), `package.json target ${t} is packed`);

  // --- 2. Install the tarball into a consumer project -------------------------------------------
  const consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "tb-consumer", private: true, version: "0.0.0" }));
  const tgz = join(work, packed.filename);
  let how = "npm install --offline";
  try {
    run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tgz], consumer);
  } catch (offlineError) {
    // The npm cache may lack the dependencies (fresh machine): fall back to the repo's own copies.
    how = "tar + symlinked dependencies (npm --offline failed: " + String(offlineError.stderr ?? offlineError).split("\n")[0] + ")";
    const target = join(consumer, "node_modules", "techbroker");
    mkdirSync(target, { recursive: true });
    run("tar", ["xzf", tgz, "-C", target, "--strip-components=1"], consumer);
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      symlinkSync(join(root, "node_modules", dep), join(consumer, "node_modules", dep), "dir");
    }
  }
  console.log(`pack-check: installed into ${consumer} via ${how}`);

  // --- 3. Consumers: ESM, CJS, and their TypeScript twins --------------------------------------
  const api = await import(pathToFileURL(join(root, "dist", "index.js")).href);
  const hasIndex = typeof api.InvertedIndex === "function";
  if (!hasIndex) console.log("  WARN InvertedIndex is not exported yet: consumers only round-trip ValidationError");
  const body = consumerBody(hasIndex);
  writeFileSync(join(consumer, "esm.mts"), `import { ${body.names} } from "techbroker";\n${body.code}`);
  writeFileSync(join(consumer, "cjs.cts"), `import { ${body.names} } from "techbroker";\n${body.code}`);
  writeFileSync(join(consumer, "esm.mjs"), `import { ${body.names} } from "techbroker";\n${body.code}`);
  writeFileSync(join(consumer, "cjs.cjs"), `const { ${body.names} } = require("techbroker");\n${body.code}`);

  for (const file of ["esm.mjs", "cjs.cjs"]) {
    try {
      const out = run(process.execPath, [file], consumer).trim();
      check(out.startsWith("consumer ok"), `node ${file}: ${out}`);
    } catch (e) {
      check(false, `node ${file} threw: ${(e.stderr || e.message).trim().split("\n").slice(0, 6).join(" | ")}`);
    }
  }

  // The README's Quick start, verbatim, from the installed package in an empty folder (no repository file).
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 5));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).filter((code) => !code.includes("learnBridges"));
  // It also shows which Matcher has the dictionary by default: the main entry's, not the core's.
  writeFileSync(join(consumer, "quickstart.mjs"), blocks.join("\n") +
    '\nconsole.log("dictionary: " + crossLanguage.resultCount + " " + Matcher.defaultDictionary?.name + " / core " + CoreMatcher.defaultDictionary);\n');
  try {
    const out = run(process.execPath, ["quickstart.mjs"], consumer).trim();
    check(/^r1: /m.test(out) && /^r2: .*\(dictionary, /m.test(out) && /dictionary: 0 CC-CEDICT zh-en \/ core undefined$/m.test(out),
      `README Quick start runs from the tarball, the main Matcher with the dictionary, the core's without: ${out.split("\n").map((l) => l.slice(0, 60)).join(" | ")}`);
  } catch (e) {
    check(false, `README Quick start threw: ${(e.stderr || e.message).trim().split("\n").slice(0, 6).join(" | ")}`);
  }

  // The TypeScript twins are type-checked and compiled with nodenext, then the emitted .mjs/.cjs run too.
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  try {
    run(process.execPath, [tsc, "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022",
      "--strict", "--lib", "es2022,dom", "--outDir", "out", "esm.mts", "cjs.cts"], consumer);
    check(true, "tsc --module nodenext type-checks esm.mts and cjs.cts");
    for (const file of ["out/esm.mjs", "out/cjs.cjs"]) {
      const out = run(process.execPath, [file], consumer).trim();
      check(out.startsWith("consumer ok"), `node ${file} (compiled by tsc): ${out}`);
    }
  } catch (e) {
    check(false, `tsc --module nodenext: ${(e.stdout || "") + (e.stderr || e.message)}`.trim());
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`pack-check: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log("pack-check: all good");

/** Consumer program shared by the four consumers; valid both as JavaScript and as strict TypeScript. */
function consumerBody(withIndex) {
  const errors = `
const err = new ValidationError([{ path: "fields.title.weight", message: "expected a positive number" }]);
if (!(err instanceof Error) || err.code !== "VALIDATION" || err.problems[0].path !== "fields.title.weight") {
  throw new Error("ValidationError round-trip failed: " + err.message);
}
`;
  if (!withIndex) return { names: "ValidationError", code: errors + `console.log("consumer ok (errors only)");\n` };
  return {
    names: "InvertedIndex, ValidationError",
    code: errors + `
const index = new InvertedIndex({ fields: { title: { weight: 2 }, body: {} } });
index.add({ id: "sic", title: "Silicon carbide power modules", body: "SiC MOSFETs for 800 V traction inverters" });
index.add({ id: "graphene", title: "石墨烯散热涂层", body: "石墨烯涂层具有良好的散热性能" });
const english = index.search("silicon carbide inverter");
const chinese = index.search("石墨烯涂层");
if (english[0]?.id !== "sic" || chinese[0]?.id !== "graphene" || index.size !== 2) {
  throw new Error("unexpected hits: " + JSON.stringify({ english, chinese }));
}
console.log("consumer ok: " + english[0].id + " " + english[0].score.toFixed(3) + ", " + chinese[0].id + " " + chinese[0].score.toFixed(3));
`,
  };
}
