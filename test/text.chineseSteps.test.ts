import { describe, expect, it } from "vitest";
import { analyze, analyzeWithOffsets, createAnalyzer } from "../src/text/analyzer.js";
import { foldScript } from "../src/text/foldScript.js";
import { joinSpacedHan } from "../src/text/joinSpacedHan.js";
import { stripPinyin } from "../src/text/stripPinyin.js";

const shared = (a: string, b: string) => analyze(a).filter((t) => analyze(b).includes(t));

describe("foldScript", () => {
  it("folds Traditional, Taiwan and Hong Kong phrases to Simplified", () => {
    expect(foldScript("射頻標籤 碳化矽 晶片 軟體 已完成中試")).toBe("射频标签 碳化硅 芯片 软件 已完成中试");
    expect(foldScript("記憶體")).toBe("内存");
  });

  it("leaves Simplified text, Latin text and digits as they are", () => {
    const text = "超高速模数转换芯片 SiC 28nm 3GS/s";
    expect(foldScript(text)).toBe(text);
  });

  it("makes both scripts meet in the default analyzer", () => {
    expect(analyze("射頻標籤")).toEqual(analyze("射频标签"));
    expect(shared("碳化矽功率器件", "碳化硅")).toContain("碳化");
    expect(analyze("晶片與軟體")).toEqual(analyze("芯片与软件"));
  });

  it("leaves Simplified words alone that are also Taiwan phrase keys (the regional pass needs a Traditional character)", () => {
    expect(foldScript("完成中试批次生产")).toBe("完成中试批次生产");
    expect(foldScript("完成中試批次生產")).toBe("完成中试批量生产"); // Taiwan text: 批次 is the Taiwan word for 批量
  });

  it("folds Taiwan words written in Simplified characters, in text with no Traditional character", () => {
    expect(foldScript("晶片设计与记忆体容量")).toBe("芯片设计与内存容量");
    expect(foldScript("资料库系统的网路安全")).toBe("数据库系统的网络安全");
    expect(foldScript("多执行绪程式码")).toBe("多线程代码");
    expect(foldScript("硬体与中介软体")).toBe("硬件与中间件");
    expect(analyze("车用晶片")).toEqual(analyze("车用芯片"));
  });

  it("keeps words that mainland text uses with its own meaning, and words inside longer words", () => {
    // CC-CEDICT: 软体 is first "soft-bodied" (软体机器人: soft robots), 程式 "formula", 批次 "a batch"; 元件 and 资料 are mainland words.
    for (const text of ["软体机器人", "软体动物", "方程式", "程式化", "批次生产", "电子元件", "技术资料", "装置"]) expect(foldScript(text)).toBe(text);
    expect(foldScript("单位元件")).toBe("单位元件"); // 位元 (Taiwan: bit) straddles 单位|元件
    expect(foldScript("游标卡尺")).toBe("游标卡尺"); // 游标 (Taiwan: cursor) inside the mainland word for vernier caliper
    expect(foldScript("尼日利亚")).toBe("尼日利亚"); // proper names are not in the table (尼日 would cut into Nigeria)
  });

  it("stays linear with many Taiwan words in one Han run", () => {
    const run = "晶片".repeat(100_000);
    const started = performance.now();
    expect(foldScript(run)).toBe("芯片".repeat(100_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("keeps offsets through the Taiwan-word pass", () => {
    const text = "大容量记忆体";
    const term = analyzeWithOffsets(text).find((t) => t.term === "内存");
    expect(term && text.slice(term.start, term.end)).toBe("记忆体");
  });

  it("can be switched off", () => {
    expect(createAnalyzer({ foldScript: false }).analyze("軟體")).toEqual(["軟體"]);
    expect(createAnalyzer({ foldScript: false }).analyze("晶片")).toEqual(["晶片"]);
  });
});

describe("stripPinyin", () => {
  it("removes annotations with tone marks or tone numbers after a Han character", () => {
    expect(stripPinyin("成(chéng)果轉(zhuǎn)化", false).text).toBe("成果轉化");
    expect(stripPinyin("成(cheng2)果(guo3)", false).text).toBe("成果");
    expect(stripPinyin("转化(zhuǎn huà)", false).text).toBe("转化");
  });

  it("keeps parentheses that are not pinyin", () => {
    for (const text of ["碳化硅(SiC)", "二氧化碳(CO2)", "二氧化碳(co2)", "芯片(ADC)", "模块(module)", "成(cheng)果", "见(1)"]) {
      expect(stripPinyin(text, false).text).toBe(text);
    }
  });

  it("restores the bigram chain in the analyzer, full-width parentheses too", () => {
    expect(analyze("成(chéng)果轉(zhuǎn)化")).toEqual(analyze("成果转化"));
    expect(analyze("成（chéng）果")).toEqual(analyze("成果"));
  });
});

describe("joinSpacedHan", () => {
  it("joins runs of single characters, also across one line break", () => {
    expect(joinSpacedHan("超 高 速 模 数\n转 换 芯 片", false).text).toBe("超高速模数转换芯片");
    expect(joinSpacedHan("模数转\n换芯片", false).text).toBe("模数转换芯片");
  });

  it("keeps a space between words of several characters and a paragraph break", () => {
    expect(joinSpacedHan("碳化硅 功率器件", false).text).toBe("碳化硅 功率器件");
    expect(joinSpacedHan("功率器件\n\n碳化硅", false).text).toBe("功率器件\n\n碳化硅");
    expect(joinSpacedHan("SiC 器 件", false).text).toBe("SiC 器件");
  });

  it("treats ideographic and full-width spaces as spaces", () => {
    expect(analyze("模\u3000数\u3000转\u3000换")).toEqual(analyze("模数转换"));
  });

  it("makes PDF-spaced text meet its clean form in the analyzer", () => {
    expect(analyze("超 高 速 模 数 转 换 芯 片")).toEqual(analyze("超高速模数转换芯片"));
  });
});

describe("offsets through the Chinese steps", () => {
  it("point into the caller's text after folding, pinyin stripping and joining", () => {
    const text = "記憶體，成(chéng)果 模 数 轉 換";
    for (const { term, start, end } of analyzeWithOffsets(text)) {
      const original = text.slice(start, end);
      // The span, cleaned the same way, holds the term.
      expect(analyze(original).join("") + original).toContain(term);
    }
    const memory = analyzeWithOffsets(text).find((t) => t.term === "内存");
    expect(memory && text.slice(memory.start, memory.end)).toBe("記憶體");
    const change = analyzeWithOffsets(text).find((t) => t.term === "转换");
    expect(change && text.slice(change.start, change.end)).toBe("轉 換");
    const result = analyzeWithOffsets(text).find((t) => t.term === "成果");
    expect(result && text.slice(result.start, result.end)).toBe("成(chéng)果");
  });
});
