import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResearchResult } from "../src/schema/types.js";
import { analyzePortfolio, firstInvestmentShortlist, shortlistChartSvg, valleyChartSvg, type Support } from "../src/index.js";
import { escapeXml } from "../src/stage/svgMarkup.js";

/**
 * A small XML well-formedness check (no dependency): one root, balanced and properly nested tags, quoted attributes,
 * no duplicate attributes, and only the five predefined or numeric entities in text. Returns the element names seen.
 */
function checkWellFormed(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_:][\w.:-]*="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let roots = 0;
  let last = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const between = xml.slice(last, m.index);
    if (stack.length === 0 && between.trim() !== "") throw new Error(`text outside the root at ${m.index}`);
    last = m.index + m[0].length;
    if (m[0] === "<") throw new Error(`malformed tag at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    if (m[0].startsWith("&")) throw new Error(`bare & at ${m.index}`);
    if (m[0].startsWith("<!--")) continue;
    const [, closing, name, attrs, selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${m.index}`);
      continue;
    }
    const attrNames = [...attrs.matchAll(/([A-Za-z_:][\w.:-]*)=/g)].map((a) => a[1]);
    if (new Set(attrNames).size !== attrNames.length) throw new Error(`duplicate attribute in <${name}>`);
    if (stack.length === 0) roots++;
    names.push(name);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("><")}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
  if (xml.slice(last).trim() !== "") throw new Error("text after the root");
  return names;
}

const results: ResearchResult[] = [
  { id: "r1", title: "Lab thing", summary: "", trl: 3 },
  { id: "r2", title: 'Pilot <coating> & "friends"', summary: "", trl: 5, updatedAt: "2024-01-01" },
  { id: "r3", title: "中试线上的石墨烯涂层", summary: "", trl: 6, updatedAt: "2025-06-01" },
  { id: "r4", title: "Sample", summary: "", trl: 7 },
];
const supports: Support[] = [
  { id: "s1", name: "grant", kind: "program", minTrl: 1, maxTrl: 4 },
  { id: "s2", name: "fund", kind: "fund", minTrl: 6, maxTrl: 8 },
];
const analysis = analyzePortfolio(results, { supports, now: "2026-01-01" });

describe("checkWellFormed (the test's own checker)", () => {
  it("catches broken markup", () => {
    expect(() => checkWellFormed("<svg><g></svg>")).toThrow();
    expect(() => checkWellFormed("<svg><text>a & b</text></svg>")).toThrow();
    expect(() => checkWellFormed("<svg><text>a < b</text></svg>")).toThrow();
    expect(() => checkWellFormed('<svg a="1" a="2"/>')).toThrow();
    expect(() => checkWellFormed("<svg/><svg/>")).toThrow();
    expect(checkWellFormed('<svg x="1"><g><rect/></g></svg>')).toEqual(["svg", "g", "rect"]);
  });
});

describe("valleyChartSvg", () => {
  const svg = valleyChartSvg(analysis, { title: "Valley <test> & co" });
  it("is well-formed SVG with a fixed viewBox", () => {
    const names = checkWellFormed(svg);
    expect(names[0]).toBe("svg");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 900 510"/);
    expect(svg).toContain("<title>Valley &lt;test&gt; &amp; co</title>");
  });
  it("draws one results bar and one supports bar per level, with the right values", () => {
    const values = (cls: string) => [...svg.matchAll(new RegExp(`class="${cls}" data-trl="(\\d)" data-value="(\\d+)"`, "g"))].map((m) => Number(m[2]));
    expect(values("bar-results")).toEqual([0, 0, 1, 0, 1, 1, 1, 0, 0]);
    expect(values("bar-supports")).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 0]);
    expect([...svg.matchAll(/class="uncovered" data-trl="(\d)"/g)].map((m) => m[1])).toEqual(["5", "9"]);
  });
  it("labels levels, stages and the legend", () => {
    for (let l = 1; l <= 9; l++) expect(svg).toContain(`>TRL ${l}</text>`);
    expect(svg).toContain(">pilot / middle test</text>");
    expect(svg).toContain(">中试</text>");
    expect(svg).toContain("no support: funding gap");
    expect(svg).toContain("middle stage (valley)");
  });
});

describe("shortlistChartSvg", () => {
  it("is well-formed, escapes titles and has one row per entry in rank order", () => {
    const list = firstInvestmentShortlist(analysis);
    const svg = shortlistChartSvg(list);
    checkWellFormed(svg);
    expect([...svg.matchAll(/class="shortlist-row" data-id="(\w+)" data-rank="(\d+)"/g)].map((m) => m[1])).toEqual(list.map((e) => e.id));
    expect(svg).toContain("Pilot &lt;coating&gt; &amp; &quot;friends&quot;");
    expect(svg).toContain("中试线上的石墨烯涂层");
    expect(svg).toContain("demand pull");
  });
  it("draws an empty list as a message, still well-formed", () => {
    const svg = shortlistChartSvg([]);
    checkWellFormed(svg);
    expect(svg).toContain("no middle-stage results to shortlist");
  });
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u0007c\uD800d")).toBe("abcd");
    expect(escapeXml("😀")).toBe("😀");
  });
});

function hasRsvg(): boolean {
  try {
    execFileSync("rsvg-convert", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("rendering to PNG (needs rsvg-convert from librsvg2-bin; skipped without it)", () => {
  it.skipIf(!hasRsvg())("renders both charts at their declared size", () => {
    const dir = mkdtempSync(join(tmpdir(), "stage-svg-"));
    try {
      const charts = { valley: valleyChartSvg(analysis), shortlist: shortlistChartSvg(firstInvestmentShortlist(analysis)) };
      for (const [name, svg] of Object.entries(charts)) {
        const svgPath = join(dir, `${name}.svg`);
        const pngPath = join(dir, `${name}.png`);
        writeFileSync(svgPath, svg);
        execFileSync("rsvg-convert", ["-o", pngPath, svgPath]);
        const png = readFileSync(pngPath);
        expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
        const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(w), Number(h)]);
        expect(png.length).toBeGreaterThan(5000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
