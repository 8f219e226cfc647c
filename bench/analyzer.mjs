// Analyzer throughput in MB/s (UTF-8 bytes of input per second), English and Chinese.
//
//   npm run build && node --expose-gc bench/analyzer.mjs
//
// Corpora are generated deterministically, so runs on different days compare:
// - "nfcorpus": titles and texts of ../shared/data/nfcorpus/docs.jsonl (lower-case, no punctuation),
//   falling back to the synthetic generator when the file is absent;
// - "en-synth": sentences with capitals, punctuation, acronyms, numbers with units, hyphenated words;
// - "zh-synth": Chinese sentences from a technical vocabulary with particles and full-width punctuation;
// - "mixed": Chinese sentences with English technical tokens inside.
// Each corpus is analysed RUNS times with the contenders alternated; the table shows medians.
// The first pass over a corpus fills the per-word cache (cold); later passes hit it (warm).
// Figures on a shared machine are indicative only; never fail CI on them.

import { existsSync, readFileSync } from "node:fs";
import { NFCORPUS_DIR } from "./corpus/nfcorpus.mjs";
import { createRandom } from "./corpus/synthetic.mjs";
import { median } from "./measure.mjs";

const { createAnalyzer } = await import("../dist/index.js");

const TARGET_BYTES = 3_000_000;
const RUNS = 5;


const bytesOf = (text) => new TextEncoder().encode(text).length;

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


const corpora = [
  ["nfcorpus (en)", nfcorpusText() ?? englishSynthetic(createRandom(1))],
  ["en-synth", englishSynthetic(createRandom(2))],
  ["zh-synth", chineseSynthetic(createRandom(3), false)],
  ["mixed zh+en", chineseSynthetic(createRandom(4), true)],
];
const contenders = [
  ["default", () => createAnalyzer()],
  ["no segmenter", () => createAnalyzer({ segmenter: false })],
];

const results = new Map();
for (const [corpusName, text] of corpora) {
  const bytes = bytesOf(text);
  const analyzers = contenders.map(([name, make]) => [name, make()]);
  const times = new Map(analyzers.map(([name]) => [name, []]));
  const cold = new Map();
  for (let run = 0; run < RUNS + 1; run++) {
    // Alternate the order so neither contender always runs on a warmer machine.
    const order = run % 2 === 0 ? analyzers : [...analyzers].reverse();
    for (const [name, analyzer] of order) {
      globalThis.gc?.();
      const start = performance.now();
      // Analyzers are objects since the analyzer identity change; older builds returned a function.
      const terms = typeof analyzer === "function" ? analyzer(text) : analyzer.analyze(text);
      const seconds = (performance.now() - start) / 1000;
      if (terms.length === 0) throw new Error(`no terms for ${corpusName}`);
      if (run === 0) cold.set(name, bytes / 1e6 / seconds);
      else times.get(name).push(bytes / 1e6 / seconds);
    }
  }
  for (const [name] of analyzers) {
    results.set(`${corpusName} | ${name}`, { corpusName, name, mb: bytes / 1e6, cold: cold.get(name), warm: median(times.get(name)) });
  }
}

console.log(`analyzer throughput, median of ${RUNS} warm runs (node ${process.version})\n`);
console.log("| corpus        | analyzer      |   MB | cold MB/s | warm MB/s |");
console.log("|---------------|---------------|-----:|----------:|----------:|");
for (const r of results.values()) {
  console.log(`| ${r.corpusName.padEnd(13)} | ${r.name.padEnd(13)} | ${r.mb.toFixed(1).padStart(4)} | ${r.cold.toFixed(1).padStart(9)} | ${r.warm.toFixed(1).padStart(9)} |`);
}
