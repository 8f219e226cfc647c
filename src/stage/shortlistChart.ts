/**
 * The shortlist chart: one horizontal bar per shortlisted result, split into what its score is made of
 * (demand pull, closeness to a demand, stall risk), rank and TRL on the left, score on the right.
 */
import type { ShortlistEntry } from "./shortlist.js";
import { el, fitLabel, group, svgRoot, text } from "./svgMarkup.js";

/** Options of `shortlistChartSvg`. */
export interface ShortlistChartOptions {
  readonly title?: string;
  readonly width?: number;
}

const SEGMENTS = [
  { key: "pull", color: "#2f6db5", label: "demand pull" },
  { key: "gap", color: "#3aa57a", label: "closeness to demand" },
  { key: "stall", color: "#d9822b", label: "stall risk" },
] as const;

const ROW = 34;

/** SVG (a string) of a first-investment shortlist as stacked horizontal bars with labels and a legend. */
export function shortlistChartSvg(entries: readonly ShortlistEntry[], options: ShortlistChartOptions = {}): string {
  const width = options.width ?? 900;
  const title = options.title ?? "First-investment shortlist (middle stage)";
  const top = 78;
  const labelW = 360;
  const left = labelW + 20;
  const right = width - 70;
  const height = top + Math.max(1, entries.length) * ROW + 60;
  const maxScore = Math.max(1, ...entries.map((e) => e.score));
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

  // Score grid (0, 0.25, ... up to the maximum).
  for (let v = 0; v <= maxScore + 1e-9; v += 0.25) {
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
