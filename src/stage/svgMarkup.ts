/**
 * Minimal SVG string building for the stage charts: escaping, elements, and a width estimate for labels.
 * Pure strings: no DOM, no browser, safe to run anywhere.
 */

/** Escape text or an attribute value for XML. Also drops characters XML 1.0 forbids (control characters, lone surrogates). */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

type AttrValue = string | number | undefined;

/** Render attributes; numbers are rounded to 2 decimals to keep the output small and stable. */
function attrs(a: Readonly<Record<string, AttrValue>>): string {
  let out = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    const text = typeof v === "number" ? String(Math.round(v * 100) / 100) : v;
    out += ` ${k}="${escapeXml(text)}"`;
  }
  return out;
}

/** An empty element, e.g. `<rect .../>`. */
export function el(name: string, a: Readonly<Record<string, AttrValue>>): string {
  return `<${name}${attrs(a)}/>`;
}

/** A text element with escaped content. */
export function text(x: number, y: number, content: string, a: Readonly<Record<string, AttrValue>> = {}): string {
  return `<text${attrs({ x, y, ...a })}>${escapeXml(content)}</text>`;
}

/** A group wrapping already-built children. */
export function group(children: readonly string[], a: Readonly<Record<string, AttrValue>> = {}): string {
  return `<g${attrs(a)}>${children.join("")}</g>`;
}

/** The root element with a fixed viewBox and a title for accessibility. */
export function svgRoot(width: number, height: number, title: string, children: readonly string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `font-family="'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', Arial, sans-serif" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }) +
    children.join("") +
    `</svg>`
  );
}

/** Rough rendered width of a label in units of the font size (wide for CJK, narrow for Latin). */
export function labelWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 1 : 0.56;
  return w;
}

/** Cut a label to at most `maxEm` font-size units, adding an ellipsis when cut. */
export function fitLabel(s: string, maxEm: number): string {
  if (labelWidth(s) <= maxEm) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = labelWidth(ch);
    if (w + cw > maxEm - 0.6) break;
    out += ch;
    w += cw;
  }
  return `${out.trimEnd()}…`;
}

/** A "nice" axis maximum and tick step (1, 2 or 5 times a power of ten) for a data maximum. */
export function niceScale(max: number, targetTicks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / targetTicks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const stepInt = Math.max(1, step);
  return { max: Math.ceil(max / stepInt) * stepInt, step: stepInt };
}
