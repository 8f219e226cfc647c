// Words that frame a demand rather than say what it is about: "we need", "looking for", "our company",
// "a solution". They appear in most demands in every domain, so matching on them is noise; with their
// full weight they can lift an unrelated result (issue 13: a cathode proposed for a fabric-defect demand
// on "fast", "line" and "reach"). Kept here, in one list, and analysed with the matcher's own analyzer,
// so "needs", "needed" and "需要" meet the list whatever the analyzer does to them.

/** English demand filler, as written (each word is analysed; stop words drop out by themselves). */
export const ENGLISH_FILLER_WORDS: readonly string[] = Object.freeze([
  "need", "needs", "needed", "require", "requires", "required", "requirement", "requirements",
  "looking", "look", "seek", "seeking", "want", "wants", "wish", "like", "hope", "find",
  "company", "companies", "firm", "enterprise", "business",
  "solution", "solutions", "solve", "problem", "problems", "issue", "issues", "way", "ways",
  "help", "provide", "currently", "partner", "cooperation",
]);

/** Chinese demand filler (需要 need, 我们 we, 公司 company, 寻求 seek, 希望 hope, 解决方案 solution, ...). */
export const CHINESE_FILLER_WORDS: readonly string[] = Object.freeze([
  "需要", "需求", "我们", "我司", "公司", "企业", "寻求", "寻找", "希望", "想要", "找到",
  "解决方案", "解决", "问题", "办法", "方案", "合作", "提供", "目前",
]);

/** All filler words, English then Chinese. */
export const FILLER_WORDS: readonly string[] = Object.freeze([...ENGLISH_FILLER_WORDS, ...CHINESE_FILLER_WORDS]);
