/**
 * The shortlist chart: one horizontal bar per shortlisted result, split into what its score is made of
 * (demand pull, closeness to a demand, stall risk), rank and TRL on the left, score on the right.
 */
import { ValidationError, type Problem } from "../errors/errors.js";
import type { ShortlistEntry } from "./shortlist.js";
import { el, fitLabel, group, svgRoot, text } from "./svgMarkup.js";

/** Options of `shortlistChartSvg`. */
export interface ShortlistChartOptions {
  readonly title?: string;
  readonly width?: number;
}

const SEGMENTS = [
  { key: "pull", color: "#2f6db5", label: "demand pull" },
  { key: "closeness", color: "#3aa57a", label: "closeness to demand" },
  { key: "stall", color: "#d9822b", label: "stall risk" },
] as const;

const ROW = 34;
/** Most rows drawn: the SVG grows with every row, and a chart taller than this is not read anyway. */
const MAX_ROWS = 1000;

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Check what the chart reads, so that a hand-made or altered entry fails with a path, not with an endless grid. */
function checkChartInput(entries: unknown, options: unknown): void {
  const problems: Problem[] = [];
  if (typeof options !== "object" || options === null) problems.push({ path: "options", message: "expected an object" });
  else {
    const { width, title } = options as ShortlistChartOptions;
    if (width !== undefined && !(isFiniteNumber(width) && width >= 480 && width <= 10_000))
      problems.push({ path: "options.width", message: "expected a number from 480 to 10000" });
    if (title !== undefined && typeof title !== "string") problems.push({ path: "options.title", message: "expected a string" });
  }
  if (!Array.isArray(entries)) problems.push({ path: "entries", message: "expected an array of shortlist entries" });
  else if (entries.length > MAX_ROWS) problems.push({ path: "entries", message: `more than ${MAX_ROWS} entries; slice the shortlist first` });
  else
    // An index loop, not forEach: the holes of a sparse array are entries too (and are refused).
    for (let i = 0; i < entries.length; i++) {
      const e: unknown = entries[i];
      const at = `entries[${i}]`;
      if (typeof e !== "object" || e === null) {
        problems.push({ path: at, message: "expected a shortlist entry" });
        continue;
      }
      const { id, title, rank, trl, score, contributions } = e as Record<string, unknown>;
      if (typeof id !== "string") problems.push({ path: `${at}.id`, message: "expected a string" });
      if (title !== undefined && typeof title !== "string") problems.push({ path: `${at}.title`, message: "expected a string" });
      if (!isFiniteNumber(rank)) problems.push({ path: `${at}.rank`, message: "expected a finite number" });
      if (trl !== undefined && !isFiniteNumber(trl)) problems.push({ path: `${at}.trl`, message: "expected a finite number" });
      if (!isFiniteNumber(score) || score < 0) problems.push({ path: `${at}.score`, message: "expected a finite number >= 0" });
      if (typeof contributions !== "object" || contributions === null) problems.push({ path: `${at}.contributions`, message: "expected { pull, closeness, stall }" });
      else
        for (const seg of SEGMENTS) {
          const v = (contributions as Record<string, unknown>)[seg.key];
          if (!isFiniteNumber(v)) problems.push({ path: `${at}.contributions.${seg.key}`, message: "expected a finite number" });
        }
    }
  if (problems.length > 0) throw new ValidationError(problems, "shortlistChartSvg");
}

/** Grid step: quarters for the usual scores (at most 2.5), else 1, 2 or 5 times a power of ten, about 8 lines. */
function gridStep(max: number): number {
  if (max <= 2.5) return 0.25;
  const raw = max / 8;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
}

/** SVG (a string) of a first-investment shortlist as stacked horizontal bars with labels and a legend. */
export function shortlistChartSvg(entries: readonly ShortlistEntry[], options: ShortlistChartOptions = {}): string {
  checkChartInput(entries, options);
  const width = options.width ?? 900;
  const title = options.title ?? "First-investment shortlist (middle stage)";
  const top = 78;
  const labelW = 360;
  const left = labelW + 20;
  const right = width - 70;
  const height = top + Math.max(1, entries.length) * ROW + 60;
  let maxScore = 1;
  for (const e of entries) maxScore = Math.max(maxScore, e.score, e.contributions.pull + e.contributions.closeness + e.contributions.stall);
  const x = (v: number): number => left + (v / maxScore) * (right - left);
  const parts: string[] = [];
  parts.push(text(width / 2, 32, title, { "text-anchor": "middle", "font-size": 20, "font-weight": "bold", fill: "#222" }));

  // Legend under the title.
  let lx = left;
  for (const seg of SEGMENTS) {
    parts.push(el("rect", { x: lx, y: 46, width: 14, height: 14, fill: seg.color }));
    parts.push(text(lx + 20, 58, seg.label, { "font-size": 12, fill: "#333" }));
    lx += 36 + seg.label.length * 6.6;
  }

  // Score grid (0, 0.25, ... up to the maximum): a bounded number of lines whatever the scores.
  const step = gridStep(maxScore);
  const lines = Math.floor(maxScore / step + 1e-9);
  for (let i = 0; i <= lines; i++) {
    const v = i * step;
    parts.push(el("line", { x1: x(v), y1: top - 6, x2: x(v), y2: top + entries.length * ROW, stroke: v === 0 ? "#333" : "#dde3ea", "stroke-width": v === 0 ? 1.5 : 1 }));
    parts.push(text(x(v), top + Math.max(1, entries.length) * ROW + 18, v.toFixed(2), { "text-anchor": "middle", "font-size": 11, fill: "#555" }));
  }
  parts.push(text((left + right) / 2, top + Math.max(1, entries.length) * ROW + 38, "score", { "text-anchor": "middle", "font-size": 12, fill: "#333" }));

  if (entries.length === 0) {
    parts.push(text(left + 10, top + ROW / 2 + 4, "no middle-stage results to shortlist", { "font-size": 13, fill: "#777" }));
  }
  entries.forEach((e, i) => {
    const y = top + i * ROW;
    const row: string[] = [];
    if (i % 2 === 0) row.push(el("rect", { x: 10, y, width: width - 20, height: ROW, fill: "#f6f8fb" }));
    const label = `${e.rank}. ${fitLabel(e.title || e.id, 21)}`;
    row.push(text(20, y + ROW / 2 + 5, label, { "font-size": 13, fill: "#222" }));
    row.push(text(labelW + 10, y + ROW / 2 + 5, `TRL ${e.trl}`, { "text-anchor": "end", "font-size": 11, fill: "#555" }));
    let acc = 0;
    for (const seg of SEGMENTS) {
      const v = e.contributions[seg.key];
      if (v <= 0) continue;
      row.push(el("rect", { class: `seg-${seg.key}`, x: x(acc), y: y + 7, width: x(acc + v) - x(acc), height: ROW - 14, fill: seg.color }));
      acc += v;
    }
    row.push(text(x(acc) + 6, y + ROW / 2 + 5, e.score.toFixed(2), { "font-size": 12, fill: "#222", "font-weight": "bold" }));
    parts.push(group(row, { class: "shortlist-row", "data-id": e.id, "data-rank": e.rank }));
  });
  return svgRoot(width, height, title, parts);
}
