import type { SpecRelation } from "./specTypes.js";

/**
 * Words that turn a stated value into a bound. Prefix words stand before the number ("不低于3GS/s",
 * "at least 12-bit", "≥ 10 kV"); suffix words follow the unit ("12位以上", "3 GS/s or more", "8 weeks max.").
 * Plain "reaches" / 达到 / 高达 stays `equal`: it states a value, it does not bound one (高达3000℃以上 is
 * bounded by its suffix).
 */
type Bound = Exclude<SpecRelation, "equal" | "range">;

const PREFIX: readonly (readonly [string, Bound])[] = [
  ...[
    "at least", "minimum of", "minimum", "min.", "min", "no less than", "not less than", "not lower than", "not below",
    "no lower than", "more than", "greater than", "higher than", "over", "above", "exceeding", "exceeds", "in excess of",
    "survive", "survives", "withstand", "withstands", "tolerate", "tolerates", "≥", ">=", ">", "≧", "⩾",
    "不低于", "不低於", "不少于", "不少於", "不小于", "不小於", "不短于", "不短於", "大于等于", "大於等於", "大于", "大於",
    "高于", "高於", "超过", "超過", "至少", "最低", "最少", "最小", "多于", "多於",
  ].map((w) => [w, "atLeast"] as const),
  ...[
    "at most", "maximum of", "maximum", "max.", "max", "up to", "no more than", "not more than", "not exceeding",
    "not to exceed", "less than", "lower than", "below", "under", "within", "≤", "<=", "<", "≦", "⩽",
    "不超过", "不超過", "不高于", "不高於", "不大于", "不大於", "不多于", "不多於", "小于等于", "小於等於", "小于", "小於",
    "低于", "低於", "少于", "少於", "最高", "最大", "最多",
  ].map((w) => [w, "atMost"] as const),
];

const SUFFIX: readonly (readonly [string, Bound])[] = [
  ...["or more", "or higher", "or above", "or greater", "or better", "and above", "and up", "and more", "at least", "minimum", "min.", "min",
    "及以上", "或以上", "以上"].map((w) => [w, "atLeast"] as const),
  ...["or less", "or lower", "or below", "or fewer", "and below", "and under", "at most", "maximum", "max.", "max",
    "及以下", "或以下", "以下", "以内", "以內", "之内", "之內", "内", "內"].map((w) => [w, "atMost"] as const),
];

// Longest first, so that 不小于 wins over 小于 and "at least" over "least".
const byLength = (a: readonly [string, Bound], b: readonly [string, Bound]): number => b[0].length - a[0].length;
const PREFIX_SORTED = [...PREFIX].sort(byLength);
const SUFFIX_SORTED = [...SUFFIX].sort(byLength);

/** Prefix words by their last character, longest first: a window is only compared with words that can end it. */
const PREFIX_BY_LAST = new Map<string, (readonly [string, Bound])[]>();
for (const entry of PREFIX_SORTED) {
  const last = entry[0][entry[0].length - 1];
  const list = PREFIX_BY_LAST.get(last) ?? [];
  list.push(entry);
  PREFIX_BY_LAST.set(last, list);
}

const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && /^[a-z]$/i.test(ch);

/** Words between a constraint word and its number that change nothing: "at least *a* 3 V", "不低于*为*". */
const FILLERS = [":", "：", "=", "of", "is", "be", "a", "an", "为", "為", "是", "可达", "可達", "达到", "達到"];

/** The bound a lower-cased window ending just before a number states, with the offset in the window where its word starts. */
export function prefixBound(window: string): { relation: Bound; at: number } | undefined {
  let w = window;
  for (let round = 0; round < 4; round++) {
    w = w.trimEnd();
    if (w.length === 0) return undefined;
    for (const [word, relation] of PREFIX_BY_LAST.get(w[w.length - 1]) ?? []) {
      if (!w.endsWith(word)) continue;
      const at = w.length - word.length;
      if (isLatinLetter(word[0]) && isLatinLetter(w[at - 1])) continue; // "turnover" is not "over"
      return { relation, at };
    }
    const filler = FILLERS.find((f) => w.endsWith(f) && !(isLatinLetter(f[0]) && isLatinLetter(w[w.length - f.length - 1])));
    if (filler === undefined) return undefined;
    w = w.slice(0, w.length - filler.length);
  }
  return undefined;
}

/** The bound stated by words right after a unit (lower-cased text from the unit's end), with the length it covers. */
export function suffixBound(after: string): { relation: Bound; length: number } | undefined {
  let skip = 0;
  while (skip < after.length && (after[skip] === " " || after[skip] === ")")) skip++;
  const rest = after.slice(skip);
  for (const [word, relation] of SUFFIX_SORTED) {
    if (!rest.startsWith(word)) continue;
    if (isLatinLetter(word[word.length - 1]) && isLatinLetter(rest[word.length])) continue; // "minutes" is not "min"
    if ((word === "内" || word === "內") && rest.length > 1 && "径徑部容置阻存核".includes(rest[1])) continue; // 内阻, 内径
    return { relation, length: skip + word.length };
  }
  return undefined;
}
