import { rmSync, writeFileSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * The main entry (src/indexWithDictionary.ts -> dist/index.*) is the core plus the dictionary: its two imports
 * are kept external and pointed at the files built beside it, so the package holds one copy of the library.
 * Any other import would bundle a second copy, so it fails the build.
 */
const MAIN_ENTRY_IMPORTS: Readonly<Record<string, string>> = { "./index.js": "./core", "./bridge/dictionary/zhEn.js": "./bridges/zh-en" };
const mainEntryImports: Plugin = {
  name: "main-entry-imports",
  setup(build) {
    const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      const target = MAIN_ENTRY_IMPORTS[args.path];
      if (target === undefined) return { errors: [{ text: `the main entry may import only ${Object.keys(MAIN_ENTRY_IMPORTS).join(" and ")}, not ${args.path}` }] };
      return { path: `${target}${extension}`, external: true };
    });
  },
};

/** Types of dist/index.*: those of the core, with the Matcher that has the dictionary by default. */
const mainEntryTypes = (extension: string): string => `import { Matcher as CoreMatcher, type BridgeDictionary } from "./core${extension}";
export * from "./core${extension}";
export { zhEnDictionary } from "./bridges/zh-en${extension}";
/**
 * The Matcher of \`techbroker\`: bridges Chinese and English out of the box through the CC-CEDICT dictionary,
 * besides the built-in business <-> lab lexicon and acronyms. \`bridges: { dictionary: false }\` leaves the
 * dictionary out; \`bridges: { builtin: false }\` is plain BM25F.
 */
export declare class Matcher extends CoreMatcher {
  static readonly defaultDictionary: BridgeDictionary | undefined;
}
`;

// dist/ is emptied once here, before any build starts, instead of `clean: true` on one entry: tsup's clean runs
// inside that entry's own build (its type build removes every .d.ts in dist/ when it starts), which races with
// the other entries writing theirs.
rmSync("dist", { recursive: true, force: true });

export default defineConfig([
  {
    // The core door (src/index.ts) as `techbroker/core`: the whole API without the dictionary data.
    entry: { core: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    external: ["wink-nlp", "wink-eng-lite-web-model"],
  },
  {
    // The main entry `techbroker`: the core and the dictionary, loaded from the files beside it (see above).
    entry: { index: "src/indexWithDictionary.ts" },
    format: ["esm", "cjs"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    esbuildPlugins: [mainEntryImports],
    onSuccess: async () => {
      writeFileSync("dist/index.d.ts", mainEntryTypes(".js"));
      writeFileSync("dist/index.d.cts", mainEntryTypes(".cjs"));
    },
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
    dts: { compilerOptions: { types: ["node"], paths: { techbroker: ["./src/indexWithDictionary.ts"] } } },
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
