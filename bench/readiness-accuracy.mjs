// Accuracy of inferReadiness on the labelled sample data: exact TRL, within ±1, and a confusion summary.
//   node bench/readiness-accuracy.mjs            (after the build; imports ../dist/index.js)
// Reads examples/data/results.json. The label is each record's `trl`; the text is "title. summary".
import { inferReadiness } from "../dist/index.js";
import { loadSample } from "./corpus/sample.mjs";

const records = loadSample("results").filter((r) => Number.isInteger(r.trl));
const now = "2026-11-23"; // fixed, so that "in 2027" counts as a plan whatever the day the bench runs
const matrix = Array.from({ length: 10 }, () => new Array(10).fill(0)); // [label][predicted], predicted 0 = no estimate
const byLang = new Map();
let exact = 0;
let within = 0;
let none = 0;
for (const r of records) {
  const est = inferReadiness(`${r.title}. ${r.summary}`, { now });
  const p = est.trl ?? 0;
  matrix[r.trl][p]++;
  const lang = r.language ?? "?";
  const s = byLang.get(lang) ?? { n: 0, exact: 0, within: 0 };
  s.n++;
  if (p === r.trl) { exact++; s.exact++; }
  if (p !== 0 && Math.abs(p - r.trl) <= 1) { within++; s.within++; }
  if (p === 0) none++;
  byLang.set(lang, s);
}
const pct = (a, n) => (n === 0 ? "-" : `${((100 * a) / n).toFixed(1)}%`);
const n = records.length;
console.log(`inferReadiness on ${n} labelled results`);
console.log(`exact TRL: ${exact}/${n} = ${pct(exact, n)}   within ±1: ${within}/${n} = ${pct(within, n)}   no estimate: ${none}`);
for (const [lang, s] of [...byLang].sort()) console.log(`  ${lang}: n=${s.n} exact ${pct(s.exact, s.n)} ±1 ${pct(s.within, s.n)}`);
console.log("\nconfusion (rows: label TRL, columns: estimate; '-' = no estimate)");
console.log("label |    -    1    2    3    4    5    6    7    8    9");
for (let l = 1; l <= 9; l++) {
  console.log(`  ${l}   | ${matrix[l].map((c) => String(c || ".").padStart(4)).join(" ")}`);
}
