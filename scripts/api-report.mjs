#!/usr/bin/env node
// The public API of techbroker as a text report: every name each entry point exports, with its kind and its type
// (members of interfaces and classes, one per line). test/api.report.test.ts compares it with the committed
// api/techbroker.api.md, so the surface grows (or changes) only on purpose.
// Usage: node scripts/api-report.mjs          rewrite api/techbroker.api.md
//        npm run api:report                  the same
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPORT_PATH = join(root, "api", "techbroker.api.md");

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.WriteArrowStyleSignature;

function kindOf(symbol) {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return "class";
  if (f & ts.SymbolFlags.Function) return "function";
  if (f & ts.SymbolFlags.Variable) return "const";
  if (f & ts.SymbolFlags.Interface) return "interface";
  if (f & ts.SymbolFlags.TypeAlias) return "type";
  if (f & ts.SymbolFlags.Enum) return "enum";
  return "other";
}

/** One line per member: `name?: type`, methods as `name(params) => result`; private and #private members are left out. */
function membersOf(checker, type, at) {
  return checker.getPropertiesOfType(type)
    .filter((p) => !p.name.startsWith("#") && !(ts.getDeclarationModifierFlagsFromSymbol(p) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => {
      const optional = p.flags & ts.SymbolFlags.Optional ? "?" : "";
      const readonly = ts.getDeclarationModifierFlagsFromSymbol(p) & ts.ModifierFlags.Readonly ? "readonly " : "";
      return `  ${readonly}${p.name}${optional}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(p, at), at, FLAGS)}`;
    });
}

/** The public entry points of package.json's exports, with the file each is built from. */
const DOORS = [
  { name: "techbroker/core", file: "src/index.ts" },
  { name: "techbroker", file: "src/indexWithDictionary.ts", against: "techbroker/core" },
  { name: "techbroker/bridges/zh-en", file: "src/bridge/dictionary/zhEn.ts" },
  { name: "techbroker/node", file: "node/index.ts" },
];

/** Every export of one door: name and its text block (kind, type, members). */
function exportsOf(checker, source) {
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const kind = kindOf(symbol);
    const lines = [];
    if (kind === "class") {
      const constructorType = checker.getTypeOfSymbolAtLocation(symbol, source);
      const signatures = constructorType.getConstructSignatures().map((s) => `  new${checker.signatureToString(s, source, FLAGS)}`);
      const statics = membersOf(checker, constructorType, source).filter((l) => !/^ {2}prototype:/.test(l)).map((l) => `  static${l.slice(1)}`);
      lines.push(`class ${exported.name}`, ...signatures, ...statics, ...membersOf(checker, checker.getDeclaredTypeOfSymbol(symbol), source));
    } else if (kind === "interface") {
      lines.push(`interface ${exported.name}`, ...membersOf(checker, checker.getDeclaredTypeOfSymbol(symbol), source));
    } else if (kind === "type") {
      lines.push(`type ${exported.name} = ${checker.typeToString(checker.getDeclaredTypeOfSymbol(symbol), source, FLAGS | ts.TypeFormatFlags.InTypeAlias)}`);
    } else {
      lines.push(`${kind} ${exported.name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, source), source, FLAGS)}`);
    }
    return { name: exported.name, text: lines.join("\n") };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The report text for every public door (package.json exports), from the sources (no build needed). */
export function apiReport() {
  const program = ts.createProgram(DOORS.map((d) => join(root, d.file)), {
    strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: ["node"], typeRoots: [join(root, "node_modules", "@types")], skipLibCheck: true,
    noEmit: true, resolveJsonModule: true,
    // node/ imports the package by name: read it from the sources, as the main entry.
    baseUrl: root, paths: { techbroker: ["src/indexWithDictionary.ts"] },
  });
  const checker = program.getTypeChecker();
  const byDoor = new Map();
  const sections = [];
  for (const door of DOORS) {
    const blocks = exportsOf(checker, program.getSourceFile(join(root, door.file)));
    byDoor.set(door.name, blocks);
    const values = blocks.filter((b) => !/^(interface|type) /.test(b.text)).length;
    let shown = blocks;
    let head = `${blocks.length} names: ${values} values (classes, functions, constants) and ${blocks.length - values} types.`;
    if (door.against) {
      const base = new Map(byDoor.get(door.against).map((b) => [b.name, b.text]));
      shown = blocks.filter((b) => base.get(b.name) !== b.text);
      const missing = [...base.keys()].filter((name) => !blocks.some((b) => b.name === name));
      head += ` Everything of \`${door.against}\`${missing.length ? ` except ${missing.join(", ")}` : ""}; below, only what is new or different.`;
    }
    sections.push(`## \`${door.name}\` (${door.file})`, "", head, "", "```ts", shown.map((b) => b.text).join("\n\n"), "```", "");
  }
  return [
    "# techbroker public API",
    "",
    "Generated by `npm run api:report` from the sources of every entry point in package.json's `exports`; checked by",
    "`test/api.report.test.ts`. Do not edit by hand: change the code, regenerate, and let the diff of this file show",
    "the change of the public API in review.",
    "",
    ...sections,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(REPORT_PATH, apiReport());
  console.log(`wrote ${REPORT_PATH}`);
}
