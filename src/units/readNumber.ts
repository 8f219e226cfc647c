/**
 * Numbers as technical listings write them, read by a forward scan (no regex, no backtracking).
 * `foldForNumbers` first maps look-alike characters to ASCII one for one, so offsets into the folded
 * text are offsets into the original: full-width digits and signs (３．５, －４０, ～), the minus sign
 * U+2212, dashes, the wave dash, and no-break or thin spaces.
 */

/** Map look-alikes to ASCII, keeping every offset (the result has the same length). */
export function foldForNumbers(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let to = -1;
    // Full-width ASCII, except the ideographic comma forms that separate list items (，).
    if (c >= 0xff01 && c <= 0xff5e && c !== 0xff0c) to = c - 0xfee0;
    else if (c === 0x2212 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0xfe63) to = 45; // minus, hyphens, dashes
    else if (c === 0x301c || c === 0x223c) to = 126; // wave dash, tilde operator
    else if (c === 0x00a0 || c === 0x2009 || c === 0x202f || c === 0x2002 || c === 0x2003 || c === 0x3000) to = 32;
    if (to < 0) continue;
    out ??= text.split("");
    out[i] = String.fromCharCode(to);
  }
  return out === undefined ? text : out.join("");
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A number read from text: its value (never NaN, never -0) and the end offset. */
export interface NumberAt {
  readonly value: number;
  readonly end: number;
}

/**
 * The unsigned decimal number starting at `pos` (which must be a digit): digits, optional thousands
 * groups (1,000,000), optional fraction, optional exponent (1e308). Undefined when the number does not
 * fit a double, or looks like a version or a date part (3.0.1, 2024.05.01).
 */
export function readNumber(text: string, pos: number): NumberAt | undefined {
  const n = text.length;
  if (pos >= n || !isDigit(text.charCodeAt(pos))) return undefined;
  let i = pos;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  // Thousands groups: a comma and exactly three digits, only after a first group of one to three digits.
  const firstGroupEnd = i;
  if (i - pos <= 3) {
    while (i + 3 < n && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))) i += 4;
  }
  const intEnd = i;
  if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    // A second dot followed by a digit: a version or a date, not a quantity.
    if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) return undefined;
  }
  const c = i < n ? text.charCodeAt(i) : -1;
  if (c === 101 || c === 69) {
    let j = i + 1;
    const s = j < n ? text.charCodeAt(j) : -1;
    if (s === 43 || s === 45) j++;
    if (j < n && isDigit(text.charCodeAt(j))) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  // Plain integers of up to 15 digits (most numbers in text) are exact as doubles: no string needed.
  if (i === intEnd && intEnd === firstGroupEnd && i - pos <= 15) {
    let value = 0;
    for (let k = pos; k < i; k++) value = value * 10 + (text.charCodeAt(k) - 48);
    return { value, end: i };
  }
  const literal = intEnd === firstGroupEnd ? text.slice(pos, i) : text.slice(pos, intEnd).replace(/,/g, "") + text.slice(intEnd, i);
  const value = Number(literal);
  if (!Number.isFinite(value)) return undefined;
  return { value: value === 0 ? 0 : value, end: i };
}
