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
    // The command-line demo is Node-only and lives outside src/ so the library stays browser-safe.
    entry: { cli: "cli/main.ts" },
    format: ["cjs"],
    dts: false,
    clean: false,
    target: "es2022",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: ["techbroker", "wink-nlp", "wink-eng-lite-web-model"],
  },
]);
