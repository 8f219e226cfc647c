// Stage charts and exported defaults against hostile input (issue 15, defects 2 and 9, and the regex audit).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { CHINESE_CUES, ENGLISH_CUES } from "../src/stage/readinessCues.js";
import {
  analyzePortfolio,
  DEFAULT_READINESS_FIT,
  DEFAULT_STAGE_BANDS,
  firstInvestmentShortlist,
  shortlistChartSvg,
  valleyChartSvg,
  ValidationError,
  type ResearchResult,
  type ShortlistEntry,
} from "../src/index.js";
import { splitBandLabel } from "../src/stage/valleyChart.js";

const results: ResearchResult[] = [
  { id: "r1", title: "Lab thing", summary: "", trl: 3 },
  { id: "r2", title: "Pilot coating", summary: "", trl: 5, updatedAt: "2024-01-01" },
  { id: "r3", title: "中试线上的石墨烯涂层", summary: "", trl: 6, updatedAt: "2025-06-01" },
];
const analysis = analyzePortfolio(results, { supports: [], now: "2026-01-01" });
const entry = (over: Partial<ShortlistEntry>): ShortlistEntry => ({ ...firstInvestmentShortlist(analysis)[0], ...over });
const gridLines = (svg: string): number => (svg.match(/<line /g) ?? []).length;

describe("defect 2: shortlistChartSvg stays bounded", () => {
  it("draws a handful of grid lines for huge weights, quickly and in a small SVG", () => {
    for (const stall of [1e5, 1e6]) {
      const list = firstInvestmentShortlist(analysis, { weights: { stall } });
      expect(list[0].score).toBeGreaterThan(1000);
      const svg = shortlistChartSvg(list);
      expect(svg.length).toBeLessThan(20_000);
      expect(gridLines(svg)).toBeLessThanOrEqual(12);
      expect(gridLines(svg)).toBeGreaterThanOrEqual(4);
    }
  });

  it("keeps the quarter grid for ordinary scores", () => {
    const svg = shortlistChartSvg(firstInvestmentShortlist(analysis));
    expect(svg).toContain(">0.25</text>");
    expect(svg).toContain(">1.00</text>");
    expect(gridLines(svg)).toBe(5);
  });

  it("rejects non-finite or malformed entries and options with a ValidationError, huge finite scores are drawn", () => {
    for (const score of [Infinity, Number.NaN, -1, "1" as unknown as number]) {
      expect(() => shortlistChartSvg([entry({ score })])).toThrow(ValidationError);
    }
    expect(() => shortlistChartSvg([entry({ contributions: { pull: Infinity, closeness: 0, stall: 0 } })])).toThrow(/contributions.pull/);
    expect(() => shortlistChartSvg([null as never])).toThrow(/entries\[0\]/);
    expect(() => shortlistChartSvg("x" as never)).toThrow(ValidationError);
    expect(() => shortlistChartSvg([], null as never)).toThrow(ValidationError);
    for (const width of [Infinity, Number.NaN, 1e9, -5]) expect(() => shortlistChartSvg([], { width })).toThrow(/width/);
    expect(() => shortlistChartSvg(new Array(5000).fill(entry({})))).toThrow(/entries/);
    const svg = shortlistChartSvg([entry({ score: 1e300, contributions: { pull: 1e300, closeness: 0, stall: 0 } })]);
    expect(svg.length).toBeLessThan(20_000);
  });

  it("validates the shortlist weights: finite, >= 0, bounded, in an object", () => {
    for (const weights of [{ pull: Infinity }, { closeness: -1 }, { stall: 1e300 }, { pull: Number.NaN }]) {
      expect(() => firstInvestmentShortlist(analysis, { weights })).toThrow(/weights/);
    }
    expect(() => firstInvestmentShortlist(analysis, { weights: 5 as never })).toThrow(/weights/);
    expect(() => firstInvestmentShortlist(analysis, null as never)).toThrow(ValidationError);
  });

  it("valleyChartSvg rejects hostile sizes and counts", () => {
    expect(() => valleyChartSvg(analysis, { width: Infinity })).toThrow(/width/);
    expect(() => valleyChartSvg(analysis, { height: Number.NaN })).toThrow(/height/);
    expect(() => valleyChartSvg({ ...analysis, resultsPerLevel: new Array(9).fill(Infinity) })).toThrow(/resultsPerLevel/);
    expect(() => valleyChartSvg(analysis, null as never)).toThrow(ValidationError);
  });
});

describe("regex audit: band labels in the valley chart", () => {
  // The old label pattern ^(.*?)\s*[(（](.*)[)）]\s*$ backtracked quadratically: 100k characters took minutes.
  const hostile = ["(".repeat(100_000), " ".repeat(100_000) + "(", "a" + " (".repeat(50_000), "（".repeat(100_000) + "x", "(" + " ".repeat(100_000) + "x)" + " ".repeat(100_000) + "y"];

  it("splits 100k-character adversarial labels in linear time", () => {
    for (const label of hostile) splitBandLabel(label);
    expect(splitBandLabel("(".repeat(100_000))).toBeUndefined();
    expect(splitBandLabel("a" + " ".repeat(100_000) + "(b)" + " ".repeat(100_000))).toEqual(["a" + " ".repeat(100_000) + "(b)" + " ".repeat(100_000), "a", "b"]);
  });

  it("draws a chart whose band label is a 100k-character adversarial string", () => {
    const bands = DEFAULT_STAGE_BANDS.map((b, i) => (i === 0 ? { ...b, label: "(".repeat(100_000) } : b));
    const svg = valleyChartSvg(analyzePortfolio(results, { supports: [], now: "2026-01-01", bands }));
    expect(svg).toContain("pilot / middle test");
  });

  it("splits exactly as the old pattern on ordinary labels (property, no line breaks)", () => {
    const old = /^(.*?)\s*[(（](.*)[)）]\s*$/;
    const char = fc.constantFrom("a", "b", " ", "\t", "(", ")", "（", "）", "中");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }).map((cs) => cs.join("")), (label) => {
        const m = old.exec(label);
        const mine = splitBandLabel(label);
        expect(mine === undefined ? undefined : [...mine]).toEqual(m === null ? undefined : [...m]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("defect 9: exported defaults are deeply frozen", () => {
  function unfrozenPaths(value: unknown, path: string, out: string[], seen = new Set<unknown>()): string[] {
    if (typeof value !== "object" || value === null || seen.has(value)) return out;
    seen.add(value);
    if (!Object.isFrozen(value)) out.push(path);
    for (const key of Reflect.ownKeys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (d && "value" in d) unfrozenPaths(d.value, `${path}.${String(key)}`, out, seen);
    }
    return out;
  }

  it("every exported object or array, and everything inside it, is frozen", () => {
    const objects: [string, unknown][] = Object.entries(api).filter(([, v]) => typeof v === "object" && v !== null);
    expect(objects.map(([k]) => k)).toEqual(expect.arrayContaining(["DEFAULT_READINESS_FIT", "LIMITS", "DEFAULT_STAGE_BANDS", "TRL_LEVELS", "ERROR_CODES"]));
    // The cue tables are internal now, but every call of inferReadiness reads them: they stay frozen too.
    objects.push(["ENGLISH_CUES", ENGLISH_CUES], ["CHINESE_CUES", CHINESE_CUES]);
    const unfrozen = objects.flatMap(([name, value]) => unfrozenPaths(value, name, []));
    expect(unfrozen).toEqual([]);
  });

  it("a caller cannot change a default for every other caller", () => {
    expect(() => {
      (DEFAULT_READINESS_FIT as { unknown: number }).unknown = 3;
    }).toThrow(TypeError);
    expect(() => {
      (DEFAULT_STAGE_BANDS[1] as { maxTrl: number }).maxTrl = 9;
    }).toThrow(TypeError);
    expect(() => {
      (ENGLISH_CUES as unknown as unknown[]).push({ trl: 9, pattern: "x" });
    }).toThrow(TypeError);
    expect(DEFAULT_READINESS_FIT.unknown).toBe(0.85);
  });
});
