/**
 * Match industrial demands to research results and back with the Matcher: ranked, readiness-aware and explained.
 * Shows filters (TRL range, region, IP status, required TRL), an ad-hoc demand that is never stored, and a timed
 * matchAll over the whole sample, checked against the labelled true pairs in examples/data/labels.json.
 *
 *   npm run example -- match          # or, after `npx tsup`: npx tsx examples/match.ts
 *
 * Words only here: examples/bridges.ts adds business-to-lab bridges on top.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { explain, Matcher, type Demand, type Match, type ResearchResult } from "techbroker";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "data");
const load = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, `${name}.json`), "utf8"));
const results = load("results") as ResearchResult[];
const demands = load("demands") as Demand[];
const labels = load("labels") as Record<string, string[]>;

const matcher = new Matcher();
matcher.addResults(results); // validated with parseResults: all or none
matcher.addDemands(demands);
console.log(`${matcher.resultCount} results, ${matcher.demandCount} demands (* = a labelled true match)\n`);

function showResults(heading: string, demandId: string | undefined, matches: Match<ResearchResult>[]): void {
  const truth = new Set(demandId ? labels[demandId] : []);
  console.log(heading);
  for (const m of matches) {
    const where = `TRL ${m.item.trl ?? "?"}, ${m.item.region ?? "?"}`;
    console.log(`  ${m.score.toFixed(2).padStart(6)}  ${m.id}${truth.has(m.id) ? "*" : " "} ${m.item.title}  (${where})`);
  }
  console.log("");
}

// 1. Demand -> results, and why the first one was proposed.
const demand = matcher.getDemand("d004")!;
console.log(`${demand.id}: "${demand.title}" (${demand.company}, ${demand.region}, needs TRL ${demand.minTrl})`);
const top = matcher.matchDemand(demand.id, { k: 5 });
showResults("matchDemand(d004, { k: 5 })", demand.id, top);
console.log(`explain: ${explain(top[0])}\n`);

// 2. Filters narrow the candidates before ranking; scores of the survivors do not change.
showResults("filter { trl: { min: 6, max: 9 } }  (ready for a pilot now)", demand.id, matcher.matchDemand(demand.id, { k: 3, filter: { trl: { min: 6, max: 9 } } }));
showResults(
  'filter { region: ["California", "Massachusetts"], ipStatus: ["pending", "granted"] }',
  demand.id,
  matcher.matchDemand(demand.id, { k: 3, filter: { region: ["California", "Massachusetts"], ipStatus: ["pending", "granted"] } }),
);

// 3. Result -> demands: who could use this result?
const result = matcher.getResult("r009")!;
console.log(`${result.id}: "${result.title}" (TRL ${result.trl}, seeking ${result.seeking?.join(", ")})`);
const users = matcher.matchResult(result.id, { k: 3, filter: { maxRequiredTrl: 6 } });
for (const m of users) console.log(`  ${m.score.toFixed(2).padStart(6)}  ${m.id}  needs TRL ${m.item.minTrl ?? "-"}  ${m.item.title}`);
console.log(`explain: ${explain(users[0])}\n`);

// 4. An ad-hoc demand, typed in at a fair: matched like a stored one, but never added to the matcher.
const adHoc: Demand = {
  id: "fair-42",
  title: "Drone batteries that die in the cold",
  description: "Our inspection drones lose half their flight time below minus ten degrees. We need lithium cells that keep their capacity in winter.",
  minTrl: 6,
};
showResults(`ad-hoc "${adHoc.title}" (needs TRL 6)`, undefined, matcher.matchDemand(adHoc, { k: 3 }));
console.log(`explain: ${explain(matcher.matchDemand(adHoc, { k: 1 })[0], 3)}`);
console.log(`demands stored after the ad-hoc match: ${matcher.demandCount}\n`);

// 5. The matchmaking-event batch: top 10 results for every stored demand, timed on this machine.
matcher.matchDemand("d001"); // warm-up, so the timing is not the first call's JIT cost
const t0 = performance.now();
const all = matcher.matchAll({ k: 10 });
const elapsed = performance.now() - t0;
let firstRight = 0;
let inTop10 = 0;
let labelled = 0;
for (const [id, matches] of all) {
  const truth = new Set(labels[id] ?? []);
  if (truth.size === 0) continue;
  labelled += 1;
  if (truth.has(matches[0]?.id ?? "")) firstRight += 1;
  if (matches.some((m) => truth.has(m.id))) inTop10 += 1;
}
console.log(`matchAll({ k: 10 }): ${all.size} demands in ${elapsed.toFixed(1)} ms (${(elapsed / all.size).toFixed(2)} ms per demand)`);
console.log(`labelled demands: ${labelled}; first match is a true pair for ${firstRight}, a true pair is in the top 10 for ${inTop10}`);
