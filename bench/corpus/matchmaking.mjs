// Synthetic matchmaking corpus: research results and demands that each belong to one concept of the sample
// lexicon; results speak its lab words, demands its business words, so bridges have something to bridge.
// 20% of the records are Chinese, built from real technical words. Deterministic for a given seed.
// Used by bench/match-all.mjs, bench/matcher-snapshot.mjs and bench/parallel-match-all.mjs.
import { readFileSync } from "node:fs";
import { parseLexicon } from "../../dist/index.js";
import { createRandom, wordOfRank, zipfSampler } from "./synthetic.mjs";

// ---- vocabulary -------------------------------------------------------------------------------
// English: function words first (the analyzer drops them, but real text carries them), then real
// technical words, then a pseudo-word tail, all drawn with a Zipf law (p(r) ~ 1/r).
const EN_FUNCTION = "the of and for with in a to is on by that this from as are at which can be".split(" ");
const EN_TECH = (
  "system method material process performance high low temperature structure surface layer device control " +
  "design test data model energy power cost efficiency stability quality application production sample " +
  "module sensor signal film coating composite polymer metal alloy ceramic fiber particle solution water " +
  "pressure flow thermal electrical mechanical chemical optical biological strength density resistance " +
  "interface phase reaction catalyst electrode electrolyte cell battery charge voltage current frequency " +
  "circuit chip wafer package substrate laser light image detection measurement analysis monitoring " +
  "prediction algorithm network machine learning robot motor drive gear bearing shaft tool cutting welding " +
  "casting moulding printing additive manufacturing assembly inspection defect failure fatigue crack wear " +
  "corrosion oxidation reduction synthesis preparation treatment recovery recycling waste soil plant crop " +
  "seed feed animal vaccine antibody protein enzyme drug dose patient clinical diagnosis imaging implant " +
  "tissue bone skin wound infection bacteria virus cooling heating storage transport pilot scale line " +
  "prototype field trial validation certification standard industrial commercial market partner"
).split(" ");
const PSEUDO_TAIL = 8_000;
const EN_WORDS = [...EN_FUNCTION, ...EN_TECH, ...Array.from({ length: PSEUDO_TAIL }, (_, r) => wordOfRank(r + 500))];

// Chinese: real technical words, general ones first so that the Zipf head is plausible.
const ZH_WORDS = (
  "技术 方法 系统 材料 工艺 性能 设备 装置 检测 制备 应用 产品 成本 效率 稳定性 可靠性 寿命 精度 质量 " +
  "电池 正极 负极 电解液 隔膜 储能 石墨烯 散热 导热 涂层 涂料 防腐 腐蚀 薄膜 纳米 复合材料 传感器 芯片 " +
  "封装 晶圆 光刻 刻蚀 半导体 碳化硅 氮化镓 功率器件 光伏 逆变器 电机 减速器 齿轮 轴承 数控 模具 注塑 " +
  "焊接 激光 机器人 视觉 自动化 无人机 物联网 算法 模型 数据 平台 监测 预警 中试 量产 良率 产业化 " +
  "催化剂 光催化 废水 污泥 重金属 土壤 修复 农药 化肥 育种 水稻 小麦 养殖 饲料 疫苗 抗体 诊断 试剂 " +
  "医疗器械 植入物 康复 影像 氢能 燃料电池 电解槽 冷链 保鲜 柔性 显示"
).split(" ");
const ZH_JOINERS = ["的", "和", "及", "用于", "提高", "降低", "实现", "基于", "通过"];

const LEXICON_PATH = new URL("../../examples/data/lexicon.json", import.meta.url);
/** The sample lexicon (examples/data/lexicon.json) whose concepts the records are drawn from. */
export const lexicon = parseLexicon(JSON.parse(readFileSync(LEXICON_PATH, "utf8")));

/** Per concept: lab and business words in English, and Chinese words. */
const TOPICS = lexicon.concepts.map((c) => {
  const en = c.expressions.filter((e) => e.lang !== "zh");
  const lab = en.filter((e) => e.register !== "business").map((e) => e.text);
  const business = en.filter((e) => e.register !== "lab").map((e) => e.text);
  const zh = c.expressions.filter((e) => e.lang === "zh").map((e) => e.text);
  return { id: c.id, lab: lab.length ? lab : business, business: business.length ? business : lab, zh };
});

// ---- generation ------------------------------------------------------------------------------
/** `{ results, demands }` of the given sizes, deterministic for a seed. */
export function generateMatchmaking({ resultCount, demandCount, seed }) {
const random = createRandom(seed);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(random() * xs.length)];

const enRank = zipfSampler(EN_WORDS.length, 1, random);
const zhRank = zipfSampler(ZH_WORDS.length, 1, random);

/** `count` words; a quarter come from the topic's own expressions. */
function words(count, zh, topicWords) {
  const out = [];
  while (out.length < count) {
    if (random() < 0.25 && topicWords.length > 0) out.push(...pick(topicWords).split(" "));
    else out.push(zh ? ZH_WORDS[zhRank()] : EN_WORDS[enRank()]);
  }
  return out.slice(0, count);
}

/** Sentences of 6-14 words: spaces and full stops in English, joiners and 。 in Chinese. */
function prose(count, zh, topicWords) {
  const ws = words(count, zh, topicWords);
  const sentences = [];
  for (let i = 0; i < ws.length; ) {
    const part = ws.slice(i, (i += int(6, 14)));
    if (!zh) sentences.push(`${part.join(" ")}.`);
    else sentences.push(`${part.map((w, j) => (j > 0 && random() < 0.3 ? pick(ZH_JOINERS) : "") + w).join("")}。`);
  }
  return sentences.join(zh ? "" : " ");
}
const title = (zh, topicWords) => {
  const ws = words(int(6, 10), zh, topicWords);
  return zh ? ws.join("") : ws.join(" ");
};

function generate() {
  const results = [];
  for (let i = 0; i < resultCount; i++) {
    const topic = pick(TOPICS);
    const zh = random() < 0.2;
    const own = zh ? topic.zh : topic.lab;
    const keywords = Array.from({ length: int(3, 6) }, () => (random() < 0.5 && own.length ? pick(own) : words(int(1, 2), zh, []).join(zh ? "" : " ")));
    const trl = random() < 0.15 ? undefined : int(1, 9);
    results.push({
      id: `r${i}`,
      title: title(zh, own),
      summary: prose(int(60, 150), zh, own),
      keywords,
      ...(trl === undefined ? {} : { trl }),
      ...(zh ? { language: "zh" } : {}),
      meta: { topic: topic.id },
    });
  }
  const demands = [];
  for (let i = 0; i < demandCount; i++) {
    const topic = pick(TOPICS);
    const zh = random() < 0.2;
    const own = zh ? topic.zh : topic.business;
    demands.push({
      id: `d${i}`,
      title: title(zh, own),
      description: prose(int(30, 80), zh, own),
      ...(random() < 0.5 ? { minTrl: int(3, 9) } : {}),
      ...(zh ? { language: "zh" } : {}),
      meta: { topic: topic.id },
    });
  }
  return { results, demands };
}
return generate();
}

