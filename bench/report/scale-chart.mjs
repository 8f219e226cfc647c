// Writes a self-contained SVG (plain string, no browser or chart library) with two log-log panels:
// query throughput (queries/s) and index memory (heap + array buffers) against synthetic corpus size,
// one line per library. Sizes a library did not finish are listed in the legend with the reason.

const COLORS = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
const PANEL = { width: 430, height: 300, left: 70, top: 40, gap: 60 };

function escapeXml(text) {
  return String(text).replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]);
}

function compact(value) {
  if (value >= 1e9) return `${value / 1e9}G`;
  if (value >= 1e6) return `${value / 1e6}M`;
  if (value >= 1e3) return `${value / 1e3}k`;
  return String(value);
}

/** Log-scale axis: over the data's powers of ten, or (tight) over the data itself with a little margin. */
function logScale(values, length, invert, tight = false) {
  let lo = tight ? Math.log10(Math.min(...values)) - 0.25 : Math.floor(Math.log10(Math.min(...values)));
  let hi = tight ? Math.log10(Math.max(...values)) + 0.25 : Math.ceil(Math.log10(Math.max(...values)));
  if (hi - lo < 1e-9) {
    lo -= 0.5;
    hi += 0.5;
  }
  const at = (v) => {
    const t = (Math.log10(v) - lo) / (hi - lo);
    return invert ? length * (1 - t) : length * t;
  };
  const ticks = [];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e += 1) ticks.push(10 ** e);
  return { at, ticks };
}

function panel(offsetX, title, unitLabel, series, sizes, pick) {
  const { width, height, left, top } = PANEL;
  const values = series.flatMap((s) => s.points.map(pick)).filter((v) => v > 0);
  if (values.length === 0) return "";
  const x = logScale(sizes, width, false, true);
  const y = logScale(values, height, true);
  const ox = offsetX + left;
  const parts = [`<text x="${ox + width / 2}" y="${top - 16}" text-anchor="middle" font-weight="bold">${escapeXml(title)}</text>`];
  parts.push(`<rect x="${ox}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#888"/>`);
  for (const t of y.ticks) {
    const py = top + y.at(t);
    parts.push(`<line x1="${ox}" x2="${ox + width}" y1="${py}" y2="${py}" stroke="#eee"/>`);
    parts.push(`<text x="${ox - 6}" y="${py + 4}" text-anchor="end">${compact(t)}</text>`);
  }
  for (const s of sizes) {
    const px = ox + x.at(s);
    parts.push(`<line x1="${px}" x2="${px}" y1="${top}" y2="${top + height}" stroke="#eee"/>`);
    parts.push(`<text x="${px}" y="${top + height + 16}" text-anchor="middle">${compact(s)}</text>`);
  }
  parts.push(`<text x="${ox + width / 2}" y="${top + height + 34}" text-anchor="middle">documents (log)</text>`);
  parts.push(`<text transform="translate(${offsetX + 16} ${top + height / 2}) rotate(-90)" text-anchor="middle">${escapeXml(unitLabel)}</text>`);
  for (const s of series) {
    const pts = s.points.filter((p) => pick(p) > 0).map((p) => [ox + x.at(p.size), top + y.at(pick(p))]);
    if (pts.length > 1) parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map((p) => p.map((v) => v.toFixed(1)).join(",")).join(" ")}"/>`);
    for (const [px, py] of pts) parts.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" fill="${s.color}"/>`);
  }
  return parts.join("\n");
}

/**
 * Renders the scale chart from the report's synthetic-corpus results.
 * @param {object} report the object written to latest.json
 * @returns {string} SVG text
 */
export function renderScaleChart(report) {
  const synthetic = report.results.filter((r) => r.corpus === "synthetic");
  const sizes = [...new Set(synthetic.map((r) => r.size))].sort((a, b) => a - b);
  const libraries = [...new Set(synthetic.map((r) => r.library))];
  const series = libraries.map((library, i) => {
    const rows = synthetic.filter((r) => r.library === library);
    const failures = rows.filter((r) => !r.status.startsWith("ok")).map((r) => `${compact(r.size)}: ${r.status}`);
    const points = rows.filter((r) => r.queriesPerSecond > 0 || r.heapBytes > 0).map((r) => ({ size: r.size, qps: r.queriesPerSecond ?? 0, heap: r.heapBytes ?? 0 }));
    return { library, color: COLORS[i % COLORS.length], points, failures };
  });
  const width = PANEL.left * 2 + PANEL.width * 2 + PANEL.gap + 40;
  const legendTop = PANEL.top + PANEL.height + 56;
  const height = legendTop + 20 * series.length + 20;
  const legend = series.map((s, i) => {
    const y = legendTop + 20 * i;
    const note = s.failures.length > 0 ? ` (${s.failures.join("; ")})` : "";
    return `<line x1="${PANEL.left}" x2="${PANEL.left + 24}" y1="${y}" y2="${y}" stroke="${s.color}" stroke-width="3"/>` +
      `<text x="${PANEL.left + 32}" y="${y + 4}">${escapeXml(s.library + note)}</text>`;
  });
  if (sizes.length === 0) return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="10" y="24">no synthetic results</text></svg>\n`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel(0, "Query throughput, top-10 (higher is better)", "queries / s (log)", series, sizes, (p) => p.qps),
    panel(PANEL.left + PANEL.width + PANEL.gap, "Index memory (lower is better)", "heap + array buffers, bytes (log)", series, sizes, (p) => p.heap),
    ...legend,
    `</svg>`,
    "",
  ].join("\n");
}
