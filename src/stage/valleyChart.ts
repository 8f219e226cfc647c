/**
 * The "valley" chart: results per TRL level against the number of supports covering each level, with the stage
 * bands shaded behind and the levels no support covers marked. Where results pile up and supports thin out, the
 * valley of death shows.
 */
import { ValidationError, type Problem } from "../errors/errors.js";
import type { PortfolioAnalysis } from "./portfolio.js";
import { levelsOf } from "./stageBands.js";
import { el, fitLabel, group, niceScale, svgRoot, text } from "./svgMarkup.js";

/** Options of `valleyChartSvg`. */
export interface ValleyChartOptions {
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
}

const COLOR_RESULTS = "#2f6db5";
const COLOR_SUPPORTS = "#e08a2c";
const COLOR_GAP = "#c62828";
const BAND_FILLS = ["#f3f6fa", "#e8eef6"];
const MIDDLE_FILL = "#fff4d6";

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * "lab (实验室)" -> ["lab (实验室)", "lab", "实验室"]: the text before the first opening bracket and the text inside
 * the brackets that end the label. Written without a regex: `^(.*?)\s*[(（](.*)[)）]\s*$` backtracks
 * quadratically on a long label of brackets or spaces.
 */
export function splitBandLabel(label: string): [string, string, string] | undefined {
  const trimmed = label.trimEnd();
  const close = trimmed.length - 1;
  if (trimmed[close] !== ")" && trimmed[close] !== "）") return undefined;
  let open = -1;
  for (let i = 0; i < close; i++) {
    if (trimmed[i] === "(" || trimmed[i] === "（") {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  const main = trimmed.slice(0, open).trimEnd();
  const inner = trimmed.slice(open + 1, close);
  if (LINE_TERMINATOR.test(main) || LINE_TERMINATOR.test(inner)) return undefined;
  return [label, main, inner];
}

function checkValleyInput(analysis: unknown, options: unknown): void {
  const problems: Problem[] = [];
  if (typeof options !== "object" || options === null) problems.push({ path: "options", message: "expected an object" });
  else {
    const { width, height, title } = options as ValleyChartOptions;
    if (width !== undefined && !(typeof width === "number" && width >= 480 && width <= 10_000))
      problems.push({ path: "options.width", message: "expected a number from 480 to 10000" });
    if (height !== undefined && !(typeof height === "number" && height >= 300 && height <= 10_000))
      problems.push({ path: "options.height", message: "expected a number from 300 to 10000" });
    if (title !== undefined && typeof title !== "string") problems.push({ path: "options.title", message: "expected a string" });
  }
  const a = analysis as Partial<PortfolioAnalysis> | null;
  if (typeof a !== "object" || a === null) problems.push({ path: "analysis", message: "expected the result of analyzePortfolio" });
  else
    for (const key of ["resultsPerLevel", "supportsPerLevel"] as const) {
      const counts: unknown = a[key];
      if (!Array.isArray(counts) || counts.length !== 9 || !counts.every((c) => typeof c === "number" && Number.isFinite(c) && c >= 0))
        problems.push({ path: `analysis.${key}`, message: "expected 9 finite counts >= 0" });
    }
  if (problems.length > 0) throw new ValidationError(problems, "valleyChartSvg");
}

/** SVG (a string) of results per level against support coverage per level, stages shaded, uncovered levels marked. */
export function valleyChartSvg(analysis: PortfolioAnalysis, options: ValleyChartOptions = {}): string {
  checkValleyInput(analysis, options);
  const width = options.width ?? 900;
  const height = options.height ?? 510;
  const title = options.title ?? "Results per readiness level vs. support coverage";
  const left = 70;
  const right = width - 70;
  const top = 130;
  const bottom = height - 90;
  const plotW = right - left;
  const plotH = bottom - top;
  const slot = plotW / 9;
  const barW = Math.min(28, slot * 0.32);
  // Two scales: results on the left axis, supports on the right one. They count different things, and on a shared
  // axis a handful of supports would vanish next to hundreds of results, hiding exactly the valley we want to show.
  const rs = niceScale(Math.max(1, ...analysis.resultsPerLevel));
  const ss = niceScale(Math.max(1, ...analysis.supportsPerLevel), Math.min(5, Math.max(1, ...analysis.supportsPerLevel)));
  const yr = (v: number): number => bottom - (v / rs.max) * plotH;
  const ys = (v: number): number => bottom - (v / ss.max) * plotH;
  const parts: string[] = [];

  parts.push(text(width / 2, 32, title, { "text-anchor": "middle", "font-size": 20, "font-weight": "bold", fill: "#222" }));

  // Stage bands behind the bars, labelled above the plot: "lab (实验室)" becomes "lab" over "实验室".
  analysis.bands.forEach((band, i) => {
    const levels = levelsOf(band.id, analysis.bands);
    if (levels.length === 0) return;
    const x0 = left + (levels[0] - 1) * slot;
    const w = levels.length * slot;
    const fill = band.middle ? MIDDLE_FILL : BAND_FILLS[i % 2];
    const m = splitBandLabel(band.label);
    const main = fitLabel(m ? m[1] : band.label, (w - 8) / 12.5);
    const sub = m ? fitLabel(m[2], (w - 8) / 11) : "";
    const count = analysis.stages.find((s) => s.band.id === band.id)?.count ?? 0;
    const cx = x0 + w / 2;
    parts.push(
      group(
        [
          el("rect", { x: x0, y: top - 62, width: w, height: plotH + 62, fill, stroke: "#ffffff", "stroke-width": 2 }),
          text(cx, top - 46, main, { "text-anchor": "middle", "font-size": 13, "font-weight": "bold", fill: "#333" }),
          sub ? text(cx, top - 32, sub, { "text-anchor": "middle", "font-size": 11, fill: "#333" }) : "",
          text(cx, top - 18, `${count} result${count === 1 ? "" : "s"}`, { "text-anchor": "middle", "font-size": 11, fill: "#555" }),
        ],
        { class: `band band-${band.id}` },
      ),
    );
  });

  // Grid and the two y axes.
  for (let v = 0; v <= rs.max; v += rs.step) {
    parts.push(el("line", { x1: left, y1: yr(v), x2: right, y2: yr(v), stroke: v === 0 ? "#333" : "#cfd6df", "stroke-width": v === 0 ? 1.5 : 1 }));
    parts.push(text(left - 8, yr(v) + 4, String(v), { "text-anchor": "end", "font-size": 12, fill: COLOR_RESULTS }));
  }
  for (let v = 0; v <= ss.max; v += ss.step) {
    parts.push(el("line", { x1: right, y1: ys(v), x2: right + 5, y2: ys(v), stroke: COLOR_SUPPORTS, "stroke-width": 1 }));
    parts.push(text(right + 8, ys(v) + 4, String(v), { "font-size": 12, fill: COLOR_SUPPORTS }));
  }
  parts.push(el("line", { x1: left, y1: top, x2: left, y2: bottom, stroke: COLOR_RESULTS, "stroke-width": 1.5 }));
  parts.push(el("line", { x1: right, y1: top, x2: right, y2: bottom, stroke: COLOR_SUPPORTS, "stroke-width": 1.5 }));
  const mid = (top + bottom) / 2;
  parts.push(text(22, mid, "results", { "text-anchor": "middle", "font-size": 12, fill: COLOR_RESULTS, transform: `rotate(-90 22 ${mid})` }));
  parts.push(text(width - 18, mid, "supports covering", { "text-anchor": "middle", "font-size": 12, fill: COLOR_SUPPORTS, transform: `rotate(90 ${width - 18} ${mid})` }));

  // Bars: results and supports per level; uncovered levels get a red marker under the axis.
  for (let level = 1; level <= 9; level++) {
    const cx = left + (level - 0.5) * slot;
    const r = analysis.resultsPerLevel[level - 1];
    const s = analysis.supportsPerLevel[level - 1];
    parts.push(el("rect", { class: "bar-results", "data-trl": level, "data-value": r, x: cx - barW - 1, y: yr(r), width: barW, height: bottom - yr(r), fill: COLOR_RESULTS }));
    parts.push(el("rect", { class: "bar-supports", "data-trl": level, "data-value": s, x: cx + 1, y: ys(s), width: barW, height: bottom - ys(s), fill: COLOR_SUPPORTS }));
    if (r > 0) parts.push(text(cx - barW / 2 - 1, yr(r) - 4, String(r), { "text-anchor": "middle", "font-size": 11, fill: COLOR_RESULTS }));
    if (s > 0) parts.push(text(cx + barW / 2 + 1, ys(s) - 4, String(s), { "text-anchor": "middle", "font-size": 11, fill: COLOR_SUPPORTS }));
    parts.push(text(cx, bottom + 18, `TRL ${level}`, { "text-anchor": "middle", "font-size": 12, fill: "#222" }));
    if (s === 0) {
      parts.push(el("rect", { class: "uncovered", "data-trl": level, x: cx - slot / 2 + 3, y: bottom + 26, width: slot - 6, height: 16, fill: COLOR_GAP, rx: 3 }));
      parts.push(text(cx, bottom + 38, "no support", { "text-anchor": "middle", "font-size": 10, fill: "#ffffff", "font-weight": "bold" }));
    }
  }

  // Legend under the plot.
  const ly = height - 22;
  const legend: [string, string][] = [
    [COLOR_RESULTS, "results at this level"],
    [COLOR_SUPPORTS, "supports covering this level"],
    [COLOR_GAP, "no support: funding gap"],
    [MIDDLE_FILL, "middle stage (valley)"],
  ];
  let lx = left;
  for (const [color, label] of legend) {
    parts.push(el("rect", { x: lx, y: ly - 11, width: 14, height: 14, fill: color, stroke: "#999", "stroke-width": 0.5 }));
    parts.push(text(lx + 20, ly, label, { "font-size": 12, fill: "#333" }));
    lx += 40 + label.length * 6.6;
  }
  const unknown = analysis.unknown.length;
  if (unknown > 0) parts.push(text(right, 58, `${unknown} result${unknown === 1 ? "" : "s"} with unknown level not shown`, { "text-anchor": "end", "font-size": 11, fill: "#777" }));
  const supportCount = new Set(analysis.coverage.flatMap((c) => c.supportIds)).size;
  parts.push(text(left, 58, `${analysis.total} results, ${supportCount} supports (each counted at every level it covers)`, { "font-size": 11, fill: "#777" }));
  return svgRoot(width, height, title, parts);
}
