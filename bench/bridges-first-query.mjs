// What the built-in bridges cost a fresh process, in CPU time (process.cpuUsage; wall time is unreliable on a
// shared machine): importing the entry, `new Matcher()`, the first query (which compiles the built-in lexicon
// and loads the dictionary) and a second one, and the heap they leave. One variant per process, so that
// every figure is cold; bench/bridges-builtin.mjs runs it several times per variant, alternating, and takes medians.
// Run: node --expose-gc bench/bridges-first-query.mjs <plain|no-dictionary|default|core|explicit-zh-en>
// (explicit-zh-en passes the dictionary of techbroker/bridges/zh-en by hand: it runs on older builds too.)
const variant = process.argv[2] ?? "default";
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const heap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
let t = cpu();
const api = await import(variant === "core" ? "../dist/core.js" : "../dist/index.js");
const importMs = cpu() - t;
api.analyze("warm up the analyzer 预热分析器"); // the English model and the Chinese word list load here, not below
const before = heap();
const zhEn = variant === "explicit-zh-en" ? (await import("../dist/bridges/zh-en.js")).zhEnDictionary : undefined;
const bridges = { plain: { builtin: false }, "no-dictionary": { dictionary: false }, default: {}, core: {}, "explicit-zh-en": { dictionary: zhEn } }[variant];
t = cpu();
const matcher = new api.Matcher({ bridges });
const buildMs = cpu() - t;
matcher.addResults([
  { id: "a", title: "Silicon carbide power modules", summary: "Thermal management of traction inverters." },
  { id: "b", title: "碳化硅功率模块", summary: "用于电动汽车逆变器的散热设计。" },
]);
const zh = { id: "zh", title: "电池冬天续航短", description: "我们的电动车在冬天跑不远，充电也慢。" };
const en = { id: "en", title: "Our phones get hot when gaming", description: "We need a cooler battery pack for winter." };
t = cpu();
matcher.matchDemand(zh);
const firstMs = cpu() - t;
t = cpu();
matcher.matchDemand(en);
const firstEnglishMs = cpu() - t;
t = cpu();
matcher.matchDemand(zh);
const againMs = cpu() - t;
const after = heap();
console.log(JSON.stringify({ variant, importMs, buildMs, firstMs, firstEnglishMs, againMs, heapMiB: after - before }));
