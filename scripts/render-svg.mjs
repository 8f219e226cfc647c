#!/usr/bin/env node
// Render SVG charts to PNG with rsvg-convert (Debian: apt-get install -y librsvg2-bin) and check the result:
// PNG signature, size equal to the SVG's width/height, and a picture that is not blank (the file must not be tiny).
//   node scripts/render-svg.mjs [file.svg ...]      default: every examples/out/*.svg
// Exit code 0 when every file rendered and passed, 1 otherwise; 0 with a notice when rsvg-convert is missing.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function hasRsvg() {
  try {
    execFileSync("rsvg-convert", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const files = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : existsSync("examples/out") ? readdirSync("examples/out").filter((f) => f.endsWith(".svg")).map((f) => join("examples/out", f)) : [];

if (!hasRsvg()) {
  console.log("rsvg-convert not found: install librsvg2-bin to render the charts; skipping");
  process.exit(0);
}
if (files.length === 0) {
  console.log("no SVG files given and none in examples/out (run: npx tsx examples/stage.ts)");
  process.exit(1);
}
let failed = 0;
for (const svgFile of files) {
  const png = svgFile.replace(/\.svg$/, ".png");
  const svg = readFileSync(svgFile, "utf8");
  const want = /width="(\d+)" height="(\d+)"/.exec(svg);
  try {
    execFileSync("rsvg-convert", ["-o", png, svgFile]);
  } catch (e) {
    console.log(`FAIL ${svgFile}: rsvg-convert rejected it: ${e.message}`);
    failed++;
    continue;
  }
  const bytes = readFileSync(png);
  const signature = bytes.subarray(0, 8).toString("hex") === "89504e470d0a1a0a";
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const sizeOk = want !== null && width === Number(want[1]) && height === Number(want[2]);
  const notBlank = bytes.length > 5000;
  const ok = signature && sizeOk && notBlank;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${png}: ${width}x${height}, ${bytes.length} bytes${signature ? "" : ", bad signature"}${sizeOk ? "" : ", size differs from the SVG"}${notBlank ? "" : ", looks blank"}`);
}
process.exit(failed === 0 ? 0 : 1);
