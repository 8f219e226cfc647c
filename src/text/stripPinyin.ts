import { TextEditor, type EditedText } from "./textEdit.js";

/**
 * Analysis step: remove inline pinyin annotations, as scraped teaching-style pages carry them:
 * 成(chéng)果轉(zhuǎn)化 -> 成果轉化, 成(cheng2)果 -> 成果. An annotation is a parenthesis right after a Han
 * character holding one to four pinyin syllables with at least one tone (a tone mark or a tone number 1-5).
 * Parentheses that are not pinyin stay: 碳化硅(SiC), 芯片(ADC), 模块(module), 温度(℃).
 * Runs after NFKC, so full-width parentheses （…） have become ASCII ones.
 */

const CANDIDATE = /(?<=\p{sc=Han})\(([^()]{1,40})\)/gu;
const TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const TONE_MARK_RE = new RegExp(`[${TONE_MARKS}]`, "g");
const PLAIN_VOWEL: Record<string, string> = {};
for (let i = 0; i < TONE_MARKS.length; i++) PLAIN_VOWEL[TONE_MARKS[i]] = "aeiouü"[Math.floor(i / 4)];
// Initial + final of Mandarin, after tone marks are removed (ü may be written v). Admits a few non-syllables.
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:i?ong|[iuü]?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng)|i(?:ao|an|ang|e|a|u|n|ng)?|u(?:a|o|ai|i|an|n|ang)?|ü(?:e|an|n)?|v(?:e|an|n)?|er)r?[1-5]?$/;
const SEPARATOR = /[\s'’-]+/;
// The final -o follows only b p m f (and w y l) or a/u (bo, wo, guo, hao): rejects "co" of CO2.
const BAD_O = /(?:^|[^bpmfwylau])o[1-5]?$/;
const TWO_CAPITALS = /[A-Z].*[A-Z]/;

function isPinyin(content: string): boolean {
  if (TWO_CAPITALS.test(content)) return false; // SiC, CO2, ADC: a formula or an acronym, not pinyin
  const lower = content.trim().toLowerCase();
  let toned = false;
  const plain = lower.replace(TONE_MARK_RE, (mark) => {
    toned = true;
    return PLAIN_VOWEL[mark];
  });
  const syllables = plain.split(SEPARATOR);
  if (syllables.length === 0 || syllables.length > 4) return false;
  for (const syllable of syllables) {
    if (!SYLLABLE.test(syllable) || (BAD_O.test(syllable) && syllable !== "o")) return false;
    if (/[1-5]$/.test(syllable)) toned = true;
  }
  return toned;
}

/** Remove pinyin annotations after Han characters (see the module comment). */
export function stripPinyin(text: string, track: boolean): EditedText {
  if (text.indexOf("(") < 0) return { text };
  const editor = new TextEditor(text, track);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    if (isPinyin(m[1])) editor.replace(m.index, m.index + m[0].length, "");
  }
  return editor.finish();
}
