import { terminalBlock } from "./terminalText.js";

/** UTF-8 byte-order mark: lets Excel read a CSV as UTF-8 (without it, Chinese shows as mojibake). */
export const UTF8_BOM = "\ufeff";

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break, or leading/trailing spaces;
 * quotes doubled. Terminal-steering characters (ESC, C1, bidi overrides) become visible `\u{...}` escapes,
 * so that `cat matches.csv` is as safe as the table; tabs and line breaks are kept.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  const text = terminalBlock(String(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line ending in CRLF, the line end RFC 4180 and spreadsheets expect. */
export function csvLine(cells: readonly (string | number | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
