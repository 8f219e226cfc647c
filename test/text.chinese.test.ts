import { describe, expect, it } from "vitest";
import { analyze, createAnalyzer } from "../src/text/analyzer.js";

const SENTENCE = "石墨烯涂层具有良好的散热性能";

/** True when every term of the query is among the document's terms (what a search needs). */
function findable(documentTerms: string[], query: string, analyzer = analyze): boolean {
  const queryTerms = analyzer(query);
  return queryTerms.length > 0 && queryTerms.every((term) => documentTerms.includes(term));
}

describe("Chinese", () => {
  it("makes 散热 and 石墨烯 findable in a sentence", () => {
    const terms = analyze(SENTENCE);
    expect(findable(terms, "散热")).toBe(true);
    expect(findable(terms, "石墨烯")).toBe(true);
    expect(findable(terms, "涂层")).toBe(true);
    expect(findable(terms, "散热性能")).toBe(true);
    expect(findable(terms, "锂电池")).toBe(false);
  });
  it("indexes Han bigrams", () => {
    expect(analyze("石墨烯")).toEqual(["石墨", "墨烯", "石墨烯"]); // and the whole word (chineseWords)
    expect(analyze(SENTENCE)).toEqual(expect.arrayContaining(["石墨", "墨烯", "涂层", "散热", "性能"]));
  });
  it("drops particles as single words and does not bridge bigrams across them", () => {
    const terms = analyze(SENTENCE);
    expect(terms).not.toContain("的");
    expect(terms).not.toContain("好的");
    expect(terms).not.toContain("的散");
    expect(analyze("的")).toEqual([]);
  });
  it("keeps characters that are particles elsewhere inside words (目的, 了解)", () => {
    expect(analyze("目的")).toEqual(["目的"]);
    expect(analyze("了解")).toEqual(["了解"]);
  });
  it("keeps a one-character word as a unigram", () => {
    expect(analyze("钢")).toEqual(["钢"]);
  });
  it("adds segmenter words of three or more characters", () => {
    expect(analyze("不锈钢管")).toContain("不锈钢");
  });
  it("splits mixed text by script run", () => {
    const terms = analyze("采用SiC MOSFET的逆变器");
    expect(terms).toEqual(expect.arrayContaining(["采用", "sic", "mosfet", "逆变"]));
    expect(terms).not.toContain("的");
    expect(findable(terms, "逆变器")).toBe(true);
  });
  it("normalises full-width Latin inside Chinese", () => {
    expect(analyze("ＳｉＣ功率器件")).toEqual(expect.arrayContaining(["sic", "功率", "器件"]));
  });
  it("falls back to character bigrams without the segmenter and the word list", () => {
    const plain = createAnalyzer({ segmenter: false, chineseWords: false });
    const terms = plain.analyze(SENTENCE);
    expect(terms).toEqual(["石墨", "墨烯", "烯涂", "涂层", "层具", "具有", "有良", "良好", "好的", "的散", "散热", "热性", "性能"]);
    expect(findable(terms, "石墨烯", plain.analyze)).toBe(true);
    expect(plain.analyze("钢")).toEqual(["钢"]);
  });
  it("emits segmenter words instead of bigrams when bigrams are off", () => {
    const words = createAnalyzer({ hanBigrams: false }).analyze(SENTENCE);
    expect(words).toEqual(expect.arrayContaining(["散热", "性能", "良好"]));
    expect(words).not.toContain("墨烯");
  });
  it("cuts long Han runs into pieces without losing bigrams", () => {
    const long = SENTENCE.repeat(100); // 1,400 characters, no punctuation
    const terms = analyze(long);
    expect(terms.filter((t) => t === "散热").length).toBe(100);
    expect(terms.filter((t) => t === "墨烯").length).toBe(100);
  });
  it("handles Han characters outside the BMP", () => {
    expect(createAnalyzer({ segmenter: false }).analyze("𠀀𠀁𠀂")).toEqual(["𠀀𠀁", "𠀁𠀂"]);
    expect(analyze("𠀀𠀁𠀂").every((t) => t.length >= 2)).toBe(true);
  });
});

describe("Japanese and Thai", () => {
  it("keeps kana words, drops short hiragana particles, bigrams kanji", () => {
    const terms = analyze("東京タワーに行きました");
    expect(terms).toContain("东京"); // kanji fold like Traditional characters (foldScript), so 東京 meets 东京
    expect(terms).not.toContain("に");
  });
  it("segments Thai into words", () => {
    const terms = analyze("ภาษาไทยเป็นภาษา");
    expect(terms).toEqual(expect.arrayContaining(["ภาษา", "ไทย"]));
  });
});
