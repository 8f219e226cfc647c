// Corpora for the analyzer benches (bench/analyzer.mjs, bench/analyzer-ab.mjs), generated deterministically so that
// runs on different days compare:
// - "nfcorpus": titles and texts of ../shared/data/nfcorpus/docs.jsonl (lower-case, no punctuation),
//   falling back to the synthetic generator when the file is absent;
// - "en-synth": sentences with capitals, punctuation, acronyms, numbers with units, hyphenated words;
// - "zh-synth": Chinese sentences from a technical vocabulary with particles and full-width punctuation;
// - "mixed": Chinese sentences with English technical tokens inside;
// - "listings (en sample)": the English results of examples/data (titles and summaries, with their units and figures),
//   repeated with a distinct number in front of each copy.
import { existsSync, readFileSync } from "node:fs";
import { NFCORPUS_DIR } from "./nfcorpus.mjs";
import { createRandom } from "./synthetic.mjs";

const TARGET_BYTES = 3_000_000;


export const bytesOf = (text) => new TextEncoder().encode(text).length;

function nfcorpusText() {
  const path = `${NFCORPUS_DIR}docs.jsonl`;
  if (!existsSync(path)) return undefined;
  const parts = [];
  let size = 0;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line || size >= TARGET_BYTES) continue;
    const doc = JSON.parse(line);
    const text = `${doc.title}\n${doc.text}\n`;
    parts.push(text);
    size += text.length;
  }
  return parts.join("");
}

const EN = {
  subjects: ["The team", "Our laboratory", "A new process", "This coating", "The prototype", "Researchers", "The start-up", "Engineers"],
  verbs: ["improves", "reduces", "measured", "developed", "is testing", "demonstrated", "has optimised", "will scale up"],
  nouns: ["thermal conductivity", "battery life", "switching losses", "yield", "signal-to-noise ratio", "corrosion resistance",
    "energy density", "throughput", "heat dissipation", "crop yields", "drug delivery", "wafer bonding", "grid stability"],
  tech: ["SiC MOSFETs", "GaN HEMTs", "Li-ion cells", "5G base stations", "IEEE 802.11ax", "CO2 capture", "pH sensors", "28nm nodes",
    "graphene films", "perovskite solar cells", "mRNA vaccines", "LiDAR modules", "C++ firmware", "state-of-the-art IGBTs"],
  tails: ["by 35%", "at 150 °C", "under 10 kV", "in 3.5 hours", "for automotive OEMs", "with TRL 6 pilots", "(see Fig. 2)", "in Europe's plants"],
};

function englishSynthetic(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const parts = [];
  let size = 0;
  while (size < TARGET_BYTES) {
    const sentence = `${pick(EN.subjects)} ${pick(EN.verbs)} the ${pick(EN.nouns)} of ${pick(EN.tech)} ${pick(EN.tails)}; ` +
      `${pick(EN.nouns)} and ${pick(EN.tech)} were compared ${pick(EN.tails)}. `;
    parts.push(sentence);
    size += sentence.length;
  }
  return parts.join("");
}

const ZH = {
  words: ["石墨烯", "涂层", "散热", "性能", "锂离子", "电池", "正极", "材料", "能量密度", "逆变器", "功率", "模块", "新能源", "汽车",
    "基站", "传感器", "半导体", "晶圆", "封装", "良率", "工艺", "催化剂", "二氧化碳", "捕集", "疫苗", "递送", "作物", "产量",
    "智能制造", "机器人", "视觉", "检测", "光伏", "钙钛矿", "电网", "稳定性", "热管理", "复合材料", "耐腐蚀", "中试"],
  glue: ["的", "了", "和", "在", "具有", "采用", "提高", "降低", "实现", "用于", "研究", "开发"],
  stops: ["，", "。", "；", "、"],
};

function chineseSynthetic(random, withEnglish) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const parts = [];
  let size = 0;
  while (size < TARGET_BYTES) {
    let clause = "";
    const length = 4 + Math.floor(random() * 10);
    for (let i = 0; i < length; i++) {
      clause += random() < 0.35 ? pick(ZH.glue) : pick(ZH.words);
      if (withEnglish && random() < 0.1) clause += pick(EN.tech);
    }
    clause += pick(ZH.stops);
    parts.push(clause);
    size += bytesOf(clause);
  }
  return parts.join("");
}


function sampleListings() {
  const results = JSON.parse(readFileSync(new URL("../../examples/data/results.json", import.meta.url), "utf8"));
  const english = results.filter((r) => !/\p{sc=Han}/u.test(`${r.title} ${r.summary}`)).map((r) => `${r.title}\n${r.summary}\n`).join("");
  const parts = [];
  let size = 0;
  for (let copy = 0; size < TARGET_BYTES; copy++) {
    const text = `${copy} ${english}`;
    parts.push(text);
    size += text.length;
  }
  return parts.join("");
}

/** [name, text] pairs, about 3 MB each. */
export const corpora = [
  ["nfcorpus (en)", nfcorpusText() ?? englishSynthetic(createRandom(1))],
  ["en-synth", englishSynthetic(createRandom(2))],
  ["zh-synth", chineseSynthetic(createRandom(3), false)],
  ["mixed zh+en", chineseSynthetic(createRandom(4), true)],
  ["listings (en sample)", sampleListings()],
];
