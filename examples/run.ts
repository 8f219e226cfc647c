/**
 * Runs one example, or all of them in turn, each in its own Node process so one failure cannot hide another.
 *
 *   npm run example -- match          # builds dist/, then runs examples/match.ts
 *   npm run example                   # all examples (same as `npm run example -- all`)
 *   npx tsx examples/run.ts stage     # without rebuilding: dist/ must be current (`npx tsup`)
 *
 * The examples import `from "techbroker"`, which Node resolves to this package's own dist/ through the
 * exports map of package.json, so they show exactly what an installed package would do.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const EXAMPLES = ["search", "match", "bridges", "stage", "snapshot", "specs"] as const;
type ExampleName = (typeof EXAMPLES)[number];

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(here);

const isExample = (name: string): name is ExampleName => (EXAMPLES as readonly string[]).includes(name);

/** Run examples/<name>.ts with the tsx loader; returns the exit code. */
function runExample(name: ExampleName): number {
  // cwd = repo root, so `--import tsx` resolves to this repo's node_modules whatever directory we were started from.
  const child = spawnSync(process.execPath, ["--import", "tsx", join(here, `${name}.ts`)], { cwd: repoRoot, stdio: "inherit" });
  if (child.error) {
    console.error(`could not start ${name}: ${child.error.message}`);
    return 1;
  }
  return child.status ?? 1; // null status: killed by a signal
}

const requested = process.argv[2] ?? "all";
if (requested !== "all" && !isExample(requested)) {
  console.error(`unknown example "${requested}". Available: ${EXAMPLES.join(", ")} (or "all")`);
  process.exit(1);
}

if (!existsSync(join(repoRoot, "dist", "index.js"))) {
  console.error('dist/ is missing: the examples import "techbroker" from it. Build first: npx tsup (or use npm run example)');
  process.exit(1);
}

const names: readonly ExampleName[] = requested === "all" ? EXAMPLES : [requested];
const failed: string[] = [];
for (const name of names) {
  if (names.length > 1) console.log(`\n===== ${name} ${"=".repeat(60 - name.length)}\n`);
  const code = runExample(name);
  if (code !== 0) failed.push(`${name} (exit ${code})`);
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exit(1);
}
if (names.length > 1) console.log(`\nall ${names.length} examples ran`);
