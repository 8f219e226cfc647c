import { TextEditor, type EditedText } from "./textEdit.js";

/**
 * Analysis step: repair the spacing PDF extraction leaves in Chinese text. "超 高 速 模 数 转 换 芯 片" becomes
 * 超高速模数转换芯片 again, and a word broken over a line ("模数转\n换芯片") is joined.
 * - Whitespace between two Han characters is removed when either of them stands alone (whitespace, a line start or
 *   a non-Han character on its other side): a run of single characters is PDF spacing, while a space between two
 *   words of several characters ("碳化硅 功率器件") is left as the writer put it.
 * - A single line break between two Han characters (with spaces around it) is removed in any case: Chinese prose
 *   does not break lines between words. A blank line (paragraph) is kept.
 * Ideographic and full-width spaces have become ordinary spaces under NFKC, so they count as whitespace here.
 */

const HAN = /\p{sc=Han}/u;
// Bounded, so a megabyte of spaces between two Han characters is still linear (longer gaps are kept).
const GAP = /(?<=\p{sc=Han})[ \t\r\n\f\v\u00a0]{1,64}(?=\p{sc=Han})/gu;

function isHanAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  const low = text.charCodeAt(index + 1);
  const pair = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  return HAN.test(text.slice(index, index + (pair ? 2 : 1)));
}

/** Start of the character that ends just before `end` (a surrogate pair counts as one). */
function charStartBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
}

function charEndAt(text: string, start: number): number {
  const high = text.charCodeAt(start);
  return high >= 0xd800 && high <= 0xdbff ? start + 2 : start + 1;
}

/** Remove PDF spacing between Han characters (see the module comment). */
export function joinSpacedHan(text: string, track: boolean): EditedText {
  const editor = new TextEditor(text, track);
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m !== null; m = GAP.exec(text)) {
    const gapStart = m.index;
    const gapEnd = gapStart + m[0].length;
    const breaks = m[0].split("\n").length - 1;
    let join = breaks === 1;
    if (!join && breaks === 0) {
      const leftAlone = !isHanAt(text, charStartBefore(text, charStartBefore(text, gapStart)));
      const rightAlone = !isHanAt(text, charEndAt(text, gapEnd));
      join = leftAlone || rightAlone;
    }
    if (join) editor.replace(gapStart, gapEnd, "");
  }
  return editor.finish();
}
