import { deepFreeze } from "../immutable/deepFreeze.js";

/**
 * Chinese function words dropped when the segmenter returns them as a whole word.
 *
 * Why only whole segments: 的 is a particle in 良好的, but part of 目的 (purpose); 了 is a particle
 * in 完成了 but starts 了解 (understand). The dictionary segmenter tells the two apart, so a
 * character is dropped only when it stands alone as a word. The same segments also cut the chain
 * of Han bigrams, so 良好的散热 yields 良好, 散热 and not the noise bigrams 好的, 的散.
 * The list is short on purpose: a missing stop word costs a little ranking noise (BM25's IDF
 * weighs it down anyway), a wrong one makes a word unfindable.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = deepFreeze(new Set([
  // particles, conjunctions, prepositions, pronouns (single characters)
  "的", "了", "和", "是", "在", "与", "及", "或", "也", "就", "都", "而", "之", "其", "这", "那",
  "着", "过", "被", "把", "对", "于", "以", "为", "将", "由", "等", "吗", "呢", "吧", "啊", "地",
  "得", "并", "且", "又", "个", "该", "此", "从", "向", "即", "所", "但", "则", "若",
  // common multi-character function words
  "我们", "你们", "他们", "它们", "一个", "一种", "这个", "那个", "这些", "那些", "这种", "那种",
  "以及", "或者", "但是", "而且", "因为", "所以", "如果", "虽然", "已经", "可以", "能够", "通过",
  "进行", "具有", "其中", "之一", "以便", "并且", "还是", "由于", "对于", "关于",
]));
