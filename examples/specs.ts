/**
 * Precise matching (精准对接): read the specs of a demand and of each result, rank by how well the result meets
 * them, and name the teams to call.
 *
 *   npm run example -- specs          # or, after `npx tsup`: npx tsx examples/specs.ts
 */
import { explain, extractSpecs, formatSpec, Matcher, parseQuantity, type ResearchResult } from "techbroker";

// 1. Quantities and specs, in English and Chinese (both scripts), with constraint words and ranges.
console.log('parseQuantity("3 GS/s") ->', parseQuantity("3 GS/s"));
for (const text of ["采样率不低于3GS/s、分辨率12位以上的模数转换芯片", "must survive 400 °C; power under 2 W", "工作溫度-40~125℃，交貨期2-3 週", "5G, ISO 9001, version 3.0"]) {
  const specs = extractSpecs(text).map((s) => `${formatSpec(s)}${s.quantity ? ` [${s.quantity}]` : ""} @${s.start}-${s.end}`);
  console.log(`extractSpecs(${JSON.stringify(text)}) -> ${specs.length ? specs.join(", ") : "none"}`);
}

// 2. Spec fit: three converters that read alike; only their numbers differ.
const results: ResearchResult[] = [
  { id: "adc-1g", title: "高速模数转换芯片", summary: "模数转换芯片采样率1GS/s，分辨率10位，已流片验证。", institution: "Lab A", trl: 5 },
  { id: "adc-5g", title: "高速模数转换芯片", summary: "模数转换芯片采样率5GS/s，分辨率14位，已流片验证。", institution: "Lab B", trl: 5 },
  { id: "adc-4g", title: "高速模数转换芯片", summary: "模数转换芯片采样率4GS/s，分辨率14位，样片测试中。", institution: "Lab B", trl: 4 },
  { id: "adc-x", title: "高速模数转换芯片", summary: "模数转换芯片，采样率与分辨率均较高，已流片验证。", institution: "Lab C", trl: 5 },
];
const matcher = new Matcher();
matcher.addResults(results);
matcher.addDemands([{ id: "radar", title: "雷达接收机用高速模数转换芯片", description: "需要采样率不低于3GS/s、分辨率12位以上的模数转换芯片。" }]);

console.log("\nmatchDemand(\"radar\"): spec fit multiplies the score; nothing is dropped");
for (const m of matcher.matchDemand("radar", { k: 5 })) {
  const checks = m.explanation.specs.map((c) => c.status).join("/");
  console.log(`  ${m.id.padEnd(7)} score ${m.score.toFixed(2)}  specFit ${m.explanation.parts.specFit.toFixed(2)}  (${checks})`);
}
console.log(`\nexplain: ${explain(matcher.matchDemand("radar", { k: 1 })[0])}`);

// Both ways: which demand specs does a result meet?
const [back] = matcher.matchResult("adc-1g");
console.log(`\nmatchResult("adc-1g") -> ${back.id}: ${back.explanation.specs.map((c) => `${formatSpec(c.need)} ${c.status}`).join(", ")}`);

// 3. The teams to call: institutions ranked by the evidence of their results.
console.log("\nmatchInstitutions(\"radar\", { k: 3 })");
for (const team of matcher.matchInstitutions("radar", { k: 3 })) {
  console.log(`  ${team.institution.padEnd(6)} ${team.score.toFixed(3)}  results: ${team.results.map((r) => r.id).join(", ")}`);
}
