// Why: this machine's npm mirror serves only the Linux builds of rollup's
// native binaries, so `npm install` writes a lock file without the other
// platforms' entries and `npm ci` (npm 11) then refuses it as "out of sync".
// This adds the missing optional entries (with os/cpu/libc, so npm skips them
// on any other platform, exactly as it would with a complete lock file).
// Run after any `npm install` that rewrites package-lock.json.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
const cpuOf = { arm: "arm", "arm-eabi": "arm", arm64: "arm64", x64: "x64", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x" };

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  if (!key.endsWith("node_modules/rollup")) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!name.startsWith("@rollup/rollup-") || packages[`node_modules/${name}`]) continue;
    const [os, arch, abi] = name.slice("@rollup/rollup-".length).split("-");
    const cpu = cpuOf[arch === "arm" && abi === "eabi" ? "arm-eabi" : arch];
    if (!cpu) throw new Error(`unknown platform in ${name}`);
    const fill = { version, cpu: [cpu], dev: true };
    if (os === "linux") fill.libc = [abi?.includes("musl") ? "musl" : "glibc"];
    Object.assign(fill, { license: "MIT", optional: true, os: [os] });
    packages[`node_modules/${name}`] = fill;
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} lock entries`);
