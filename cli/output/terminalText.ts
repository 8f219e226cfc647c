/**
 * Make untrusted text (titles, ids, file names from records) safe to print on a terminal.
 *
 * A record title such as "\x1b]0;pwned\x07\x1b[2J" would retitle the window and clear the screen if it
 * were printed as it is; a right-to-left override (U+202E) would make "exe.txt" read as "txt.exe"
 * (the "Trojan Source" trick). We do not try to parse escape sequences: removing the introducers is
 * enough, because without ESC (or its 8-bit twin CSI, U+009B) a terminal interprets nothing. Every
 * character that could steer the terminal or the reading order is shown as a visible `\u{...}` escape,
 * so the user sees that the data holds something odd instead of silently losing it.
 */

// C0 controls, DEL, C1 controls; bidi embeddings/overrides/isolates and marks; line/paragraph separators;
// lone surrogates (a surrogate not part of a pair). One pass, no backtracking: linear on any input.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
  return `\\u{${code.toString(16).toUpperCase().padStart(4, "0")}}`;
}

/** One line of terminal text: tabs and line breaks become spaces, other unsafe characters visible escapes. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029" ? " " : visible(ch)));
}

/**
 * Like {@link terminalLine} but keeps line breaks and tabs (for multi-line messages and CSV cells).
 * A carriage return is kept only as part of CRLF: alone it would move the cursor back over the line.
 */
export function terminalBlock(text: string): string {
  return text.replace(UNSAFE, (ch, at: number) => (ch === "\t" || ch === "\n" || (ch === "\r" && text[at + 1] === "\n") ? ch : visible(ch)));
}

// JSON.stringify already escapes C0 controls and lone surrogates; it leaves DEL, C1, bidi controls and
// U+2028/2029 raw. Escaping those as \uXXXX keeps the JSON valid and lossless.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A JSON text (from JSON.stringify) with every remaining terminal-steering character escaped as \uXXXX. */
export function terminalSafeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
