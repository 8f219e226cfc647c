import { foldScriptSteps } from "./foldScript.js";
import { joinSpacedHan } from "./joinSpacedHan.js";
import { stripPinyin } from "./stripPinyin.js";
import { composeRawMap, type EditedText, type RawMap } from "./textEdit.js";

/**
 * The Chinese analysis steps that run after NFKC and before tokenizing, in this order:
 * 1. stripPinyin: 成(chéng)果 -> 成果;
 * 2. joinSpacedHan: "模 数 转 换" -> 模数转换 (PDF spacing);
 * 3. foldScript: Traditional / Taiwan / Hong Kong -> Simplified (two passes).
 * Pinyin goes first so that the characters it separated can be joined and folded as phrases.
 * Text with no character from the CJK blocks skips them all, so English analysis costs nothing more.
 */

/** Which Chinese steps an analyzer runs. */
export interface HanStepOptions {
  /** Fold Traditional, Taiwan and Hong Kong script to Simplified. */
  readonly foldScript: boolean;
  /** Strip inline pinyin and repair PDF spacing. */
  readonly repairChinese: boolean;
}

// CJK radicals .. CJK Unified Ideographs, compatibility ideographs, and the high surrogates of Han planes 2-3.
const MAY_HAVE_HAN = /[\u2e80-\u9fff\uf900-\ufaff\ud840-\ud87f\ud880-\ud8bf]/;

function steps(options: HanStepOptions): ((text: string, track: boolean) => EditedText[])[] {
  const out: ((text: string, track: boolean) => EditedText[])[] = [];
  if (options.repairChinese) {
    out.push((text, track) => [stripPinyin(text, track)]);
    out.push((text, track) => [joinSpacedHan(text, track)]);
  }
  if (options.foldScript) out.push(foldScriptSteps);
  return out;
}

/** Run the Chinese steps on normalised text. */
export function runHanSteps(text: string, options: HanStepOptions): string {
  if (!MAY_HAVE_HAN.test(text)) return text;
  let current = text;
  for (const step of steps(options)) for (const edit of step(current, false)) current = edit.text;
  return current;
}

/** Run the Chinese steps and extend `map` (raw span of each unit of `text`) through them. */
export function runHanStepsWithMap(text: string, map: RawMap, options: HanStepOptions): { text: string; map: RawMap } {
  if (!MAY_HAVE_HAN.test(text)) return { text, map };
  let current = text;
  let currentMap = map;
  for (const step of steps(options)) {
    for (const edit of step(current, true)) {
      currentMap = composeRawMap(currentMap, edit);
      current = edit.text;
    }
  }
  return { text: current, map: currentMap };
}
