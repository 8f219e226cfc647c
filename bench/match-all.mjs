// Matchmaking-event benchmark: Matcher.matchAll for 10,000 research results x 2,000 demands (top 10 each),
// plain BM25F, with the sample lexicon's bridges, with RM3 feedback, and with both.
// Run: npm run bench:match-all                          (10,000 x 2,000; writes bench/results/match-all.json)
//      npm run bench:match-all -- --results 2000 --demands 400   (scaled down; prints only)
// Needs `node --expose-gc` (the npm script passes it) and a fresh build (`npx tsup`).
//
// Records are synthetic and deterministic (seeded): each belongs to one concept of the sample lexicon;
// results speak its lab words, demands its business words, so bridges have something to bridge.
// 20% of the records are Chinese, built from real technical words.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Matcher, parseLexicon } from "../dist/index.js";
import { createRandom, wordOfRank, zipfSampler } from "./corpus/synthetic.mjs";
import { memory, median, quantile } from "./measure.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FULL = { results: 10_000, demands: 2_000 };
const resultCount = arg("results", FULL.results);
const demandCount = arg("demands", FULL.demands);
const runs = arg("runs", 3);
const seed = arg("seed", 20260101);
const K = 10;

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

const LEXICON_PATH = new URL("../examples/data/lexicon.json", import.meta.url);
const lexicon = parseLexicon(JSON.parse(readFileSync(LEXICON_PATH, "utf8")));

/** Per concept: lab and business words in English, and Chinese words. */
const TOPICS = lexicon.concepts.map((c) => {
  const en = c.expressions.filter((e) => e.lang !== "zh");
  const lab = en.filter((e) => e.register !== "business").map((e) => e.text);
  const business = en.filter((e) => e.register !== "lab").map((e) => e.text);
  const zh = c.expressions.filter((e) => e.lang === "zh").map((e) => e.text);
  return { id: c.id, lab: lab.length ? lab : business, business: business.length ? business : lab, zh };
});

// ---- generation ------------------------------------------------------------------------------
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

// ---- measurement -----------------------------------------------------------------------------
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (x, digits) => Number(x.toFixed(digits));

const loadAtStart = loadavg();
const { results, demands } = generate();
const countWords = (s) => (/[\u4e00-\u9fff]/.test(s) ? s.length : s.split(" ").length);
const corpus = {
  results: results.length,
  demands: demands.length,
  chineseResults: results.filter((r) => r.language === "zh").length,
  chineseDemands: demands.filter((d) => d.language === "zh").length,
  resultsWithoutTrl: results.filter((r) => r.trl === undefined).length,
  demandsWithMinTrl: demands.filter((d) => d.minTrl !== undefined).length,
  englishSummaryWordsMean: round(mean(results.filter((r) => !r.language).map((r) => countWords(r.summary))), 1),
};

const heapBefore = memory();
let t = performance.now();
const matcher = new Matcher();
matcher.addResults(results);
matcher.addDemands(demands);
const buildMs = performance.now() - t;
t = performance.now();
matcher.matchDemand(demands[0].id, { k: K }); // the first search freezes pending postings into segments
const firstMatchMs = performance.now() - t;
const heapAfter = memory();

const topicOf = new Map(results.map((r) => [r.id, r.meta.topic]));

/** matchAll after a warm-up (median of `runs`), then one pass of single matchDemand calls for latencies. */
function measure(name, bridges) {
  matcher.setBridges(bridges);
  matcher.matchAll({ k: K }); // warm-up: JIT, cached bounds and feedback terms
  const wall = [];
  let all;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    all = matcher.matchAll({ k: K });
    wall.push(performance.now() - start);
  }
  const latency = [];
  for (const d of demands) {
    const start = performance.now();
    matcher.matchDemand(d.id, { k: K });
    latency.push(performance.now() - start);
  }
  const lists = [...all.values()];
  const tops = demands.filter((d) => all.get(d.id).length > 0);
  const medianMs = median(wall);
  return {
    name,
    wallMs: wall.map((x) => round(x, 1)),
    medianMs: round(medianMs, 1),
    perDemandMs: round(medianMs / demands.length, 3),
    latencyMs: { p50: round(median(latency), 3), p99: round(quantile(latency, 0.99), 3), max: round(Math.max(...latency), 3) },
    matchesPerDemand: round(mean(lists.map((l) => l.length)), 2),
    // Matches whose text score got something from a bridged term.
    bridgedShare: round(mean(lists.flat().map((m) => (m.explanation.parts.bridged > 0 ? 1 : 0))), 3),
    // Synthetic check, not a quality measure: top-1 result generated from the demand's own concept.
    topOnTopic: round(mean(tops.map((d) => (topicOf.get(all.get(d.id)[0].id) === d.meta.topic ? 1 : 0))), 3),
  };
}

const configs = [
  measure("plain BM25F", {}),
  measure("lexicon bridges", { lexicon }),
  measure("RM3 feedback", { feedback: true }),
  measure("lexicon + RM3", { lexicon, feedback: true }),
];
const loadAtEnd = loadavg();

const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? "unknown"} x ${cpus().length}`,
  loadAverage1m: { start: round(loadAtStart[0], 2), end: round(loadAtEnd[0], 2) },
  gcExposed: Boolean(globalThis.gc),
  settings: { seed, k: K, runs },
  corpus,
  buildMs: round(buildMs, 0),
  firstMatchMs: round(firstMatchMs, 0),
  heapMiB: globalThis.gc ? round((heapAfter - heapBefore) / 2 ** 20, 1) : null,
  heapTotalMiB: globalThis.gc ? round(heapAfter / 2 ** 20, 1) : null,
  configs,
};

const fmt = (n) => n.toLocaleString("en");
console.log(`\n### matchAll({ k: ${K} }): ${fmt(resultCount)} results x ${fmt(demandCount)} demands\n`);
console.log(`${corpus.chineseResults} Chinese results, ${corpus.chineseDemands} Chinese demands; node ${process.version}, ${report.cpu}`);
console.log(`load average (1 min): ${report.loadAverage1m.start} at start, ${report.loadAverage1m.end} at end\n`);
console.log("| figure | value |\n|---|---|");
console.log(`| build (addResults + addDemands) | ${fmt(report.buildMs)} ms |`);
console.log(`| first matchDemand (freezes postings) | ${fmt(report.firstMatchMs)} ms |`);
console.log(`| heap + array buffers after GC (matcher) | ${report.heapMiB === null ? "n/a (run with --expose-gc)" : `${report.heapMiB} MiB`} |`);
console.log("\n| bridges | matchAll median | per demand | single p50 | single p99 | max | bridged matches | top-1 on topic |");
console.log("|---|---|---|---|---|---|---|---|");
for (const c of configs) {
  console.log(
    `| ${c.name} | ${fmt(c.medianMs)} ms | ${c.perDemandMs} ms | ${c.latencyMs.p50} ms | ${c.latencyMs.p99} ms | ${c.latencyMs.max} ms | ${(c.bridgedShare * 100).toFixed(1)}% | ${(c.topOnTopic * 100).toFixed(1)}% |`,
  );
}

if (resultCount === FULL.results && demandCount === FULL.demands) {
  const dir = new URL("./results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL("match-all.json", dir), `${JSON.stringify(report, null, 2)}\n`);
  console.log("\nwrote bench/results/match-all.json");
} else console.log("\nscaled down: bench/results/match-all.json not written");
