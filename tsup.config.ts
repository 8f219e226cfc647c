import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    external: ["wink-nlp", "wink-eng-lite-web-model"],
  },
  {
    // The Chinese <-> English dictionary bridge (CC-CEDICT data, CC BY-SA 4.0): its own entry point so that
    // the core bundle stays small; it imports nothing from the core at run time. NOTICE.md travels with it.
    entry: { "bridges/zh-en": "src/bridge/dictionary/zhEn.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    // Keep Chinese as UTF-8: the default ASCII output writes each character as a 6-byte \u escape.
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    onSuccess: "node -e \"require('fs').copyFileSync('NOTICE.md','dist/bridges/NOTICE.md')\"",
  },
  {
    // The command line is Node-only and lives outside src/ so the library stays browser-safe. It imports the
    // library as "techbroker" (external): dist/cli.cjs requires dist/index.cjs, no second copy is bundled.
    entry: { cli: "cli/bin.ts" },
    format: ["cjs"],
    dts: false,
    clean: false,
    target: "es2022",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: ["techbroker", "wink-nlp", "wink-eng-lite-web-model"],
  },
  {
    // Node-only extras ("techbroker/node": worker threads), outside src/ so the library stays browser-safe.
    // They import the library as "techbroker" (external); the worker script is its own CommonJS file.
    entry: { node: "node/index.ts" },
    format: ["esm", "cjs"],
    // Type "techbroker" from the sources: on a clean build dist/index.d.ts does not exist yet (entries build in
    // parallel). The emitted .d.ts still imports "techbroker", so no second copy of the types is shipped.
    dts: { compilerOptions: { types: ["node"], paths: { techbroker: ["./src/index.ts"] } } },
    clean: false,
    target: "es2022",
    platform: "node",
    shims: true,
    external: ["techbroker", "wink-nlp", "wink-eng-lite-web-model"],
  },
  {
    entry: { matchWorker: "node/matchWorker.ts" },
    format: ["cjs"],
    dts: false,
    clean: false,
    target: "es2022",
    platform: "node",
    external: ["techbroker", "wink-nlp", "wink-eng-lite-web-model"],
  },
]);
