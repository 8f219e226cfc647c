import { describe, expect, it } from "vitest";
import { inferReadiness } from "../src/index.js";

const now = "2026-11-23";
const infer = (text: string) => inferReadiness(text, { now });

describe("inferReadiness in Traditional script and listing styles", () => {
  it("reads Traditional, Taiwan and Hong Kong text like Simplified", () => {
    expect(infer("已完成中試").trl).toBe(infer("已完成中试").trl);
    expect(infer("已完成中試").trl).toBe(6);
    expect(infer("產品已上市銷售").trl).toBe(9);
  });

  it("keeps evidence offsets in the caller's text after folding and joining", () => {
    const text = "本 成 果 已 完 成 中 試 。";
    const estimate = infer(text);
    expect(estimate.trl).toBe(6);
    for (const e of estimate.evidence) expect(text.slice(e.start, e.end)).toBe(e.phrase);
    expect(estimate.evidence[0].phrase).toBe("中 試");
  });

  it("reads the stage field of Chinese listing sites as a statement", () => {
    const cases: [string, number][] = [
      ["成果阶段：正在研发", 3],
      ["成果阶段：已有样品", 5],
      ["成果阶段：通过小试", 4],
      ["成果阶段：通过中试", 6],
      ["成熟度：可以量产", 8],
      ["产品已上市销售。", 9],
      ["已投入生产，年产能500吨。", 9],
      ["已小批量供货。", 8],
    ];
    for (const [text, trl] of cases) expect([text, infer(text).trl]).toEqual([text, trl]);
    expect(infer("成果阶段：通过中试。团队曾获量产经验奖").trl).toBe(6); // the field value wins over a loose cue
  });

  it("reads the Taiwan words for small-batch and batch production (批次 stays unfolded: it is also a mainland word)", () => {
    expect(infer("已小批次供货").trl).toBe(infer("已小批量供货").trl);
    expect(infer("已在钢厂批次生产").trl).toBe(infer("已在钢厂批量生产").trl);
  });

  it("reads plan markers in both scripts", () => {
    expect(infer("即將進入定型階段").evidence[0].polarity).toBe("planned");
    expect(infer("即将进入中试").evidence[0].polarity).toBe("planned");
    expect(infer("正在申请注册证").evidence[0].polarity).toBe("planned");
    expect(infer("拟开展中试").evidence[0].polarity).toBe("planned");
  });

  it("reads the English listing convention of technology-offer platforms", () => {
    const cases: [string, number][] = [
      ["Stage of development: Concept stage", 2],
      ["Stage of development: Under development/lab tested", 4],
      ["Stage of development: Prototype available for demonstration", 6],
      ["Stage of development: Field tested/evaluated", 7],
      ["Stage of development: Already on the market", 9],
    ];
    for (const [text, trl] of cases) expect([text, infer(text).trl]).toEqual([text, trl]);
    expect(infer("Stage of development: Prototype available for demonstration").evidence[0].explicit).toBe(true);
  });
});
