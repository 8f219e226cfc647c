import { describe, expect, it } from "vitest";
import { analyze, analyzeWithOffsets, createAnalyzer } from "../src/text/analyzer.js";
import { forEachChineseWord, isChineseWord, segmentChinese } from "../src/text/chineseWords.js";

const pieces = (text: string) => {
  let start = 0;
  return segmentChinese(text).map((end) => {
    const piece = text.slice(start, end);
    start = end;
    return piece;
  });
};

describe("segmentChinese", () => {
  it("cuts into dictionary words with the fewest pieces", () => {
    expect(pieces("石墨烯涂层具有良好的散热性能")).toEqual(["石墨烯", "涂层", "具有", "良好", "的", "散热", "性能"]);
    expect(pieces("研究生命起源")).toEqual(["研究", "生命", "起源"]);
    expect(pieces("无人机巡检")).toEqual(["无人机", "巡", "检"]);
  });

  it("keeps surrogate pairs whole and covers the whole stretch", () => {
    expect(pieces("𠀀𠀁石墨烯")).toEqual(["𠀀", "𠀁", "石墨烯"]);
    expect(segmentChinese("")).toEqual([]);
  });

  it("knows words of the CC-CEDICT list and not arbitrary pairs", () => {
    expect(isChineseWord("石墨烯")).toBe(true);
    expect(isChineseWord("模数转换")).toBe(false);
    expect(isChineseWord("用高")).toBe(false);
  });

  it("is linear on a long stretch", () => {
    const ends = segmentChinese("石墨烯".repeat(100_000));
    expect(ends.length).toBe(100_000);
  });
});

describe("whole words in the analyzer", () => {
  it("names whole words in explanations", () => {
    const terms = analyzeWithOffsets("无人机输电线路巡检");
    expect(terms.map((t) => t.term)).toContain("无人机");
    const word = terms.find((t) => t.term === "无人机");
    expect(word && [word.start, word.end]).toEqual([0, 3]);
  });

  it("drops bigrams that straddle two words, keeps those inside a word or between lone characters", () => {
    expect(analyze("维修费用高")).not.toContain("用高");
    expect(analyze("新能源电动汽车")).not.toContain("动汽");
    expect(analyze("钙钛矿")).toEqual(expect.arrayContaining(["钙钛", "钛矿"]));
    expect(analyze("维修费用高")).toContain("高"); // a character alone between words stays findable
  });

  it("keeps straddling bigrams on request", () => {
    expect(createAnalyzer({ crossingBigrams: true }).analyze("维修费用高")).toContain("用高");
  });

  it("gives 无人机 a term of its own that 人机交互，无人值守 lacks", () => {
    const query = analyze("无人机");
    const sharedWrong = query.filter((t) => analyze("人机交互，无人值守").includes(t));
    const sharedRight = query.filter((t) => analyze("多旋翼无人机").includes(t));
    expect(sharedWrong).not.toContain("无人机");
    expect(sharedRight.length).toBeGreaterThan(sharedWrong.length);
  });

  it("gives the same Han terms with and without Intl.Segmenter", () => {
    const text = "超高速模数转换芯片用于雷达和基站";
    expect(createAnalyzer({ segmenter: false }).analyze(text)).toEqual(analyze(text));
  });
});

describe("the encoded word list", () => {
  it("decodes to distinct words of 2-4 Han characters, sorted within each first character, with known words in it", () => {
    const words: string[] = [];
    forEachChineseWord((word) => words.push(word));
    expect(words.length).toBeGreaterThan(80_000);
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((word) => !/^[\u3400-\u9fff]{2,4}$/.test(word))).toEqual([]);
    expect(words.filter((word, i) => i > 0 && word[0] === words[i - 1][0] && word <= words[i - 1])).toEqual([]);
    const known = new Set(words);
    for (const word of ["石墨", "石墨烯", "无人机", "人工智能", "芯片", "晶片"]) expect(known.has(word), word).toBe(true);
  });
});
