/**
 * Bridges between business language ("the pedal loses its bite") and lab language ("friction coefficient"):
 * load the sample lexicon, validate and merge your own lexicon (a bad entry is caught as a ValidationError),
 * learn bridges from a history of successful matches (examples/data/labels.json), plug both into the Matcher,
 * and print a match whose demand and result share no analysed term at all, with the bridge that made it.
 *
 *   npm run example -- bridges        # or, after `npx tsup`: npx tsx examples/bridges.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, explain, learnBridges, Matcher, mergeLexicons, parseLexicon, ValidationError } from "techbroker";
import type { Demand, Match, MatchHistoryEntry, ResearchResult } from "techbroker";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "data");
const load = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, `${name}.json`), "utf8"));
const results = load("results") as ResearchResult[];
const demands = load("demands") as Demand[];
const labels = load("labels") as Record<string, string[]>;

// 1. The shared lexicon: untrusted JSON, so it goes through parseLexicon.
const shared = parseLexicon(load("lexicon"));
console.log(`lexicon "${shared.name}": ${shared.concepts.length} concepts`);

// 2. Your own words. The first draft has a bad concept: weight above 1 and a single expression (nothing to bridge to).
const draft = {
  version: 1,
  name: "our workshop words",
  concepts: [
    { id: "brake-fade", expressions: [{ text: "pedal sinks", register: "business", lang: "en" }, { text: "friction coefficient", register: "lab" }] },
    { id: "sand", label: "sand on panels", weight: 1.5, expressions: ["sand on the panels"] },
  ],
};
try {
  parseLexicon(draft);
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.log(`draft rejected (${error.name}, ${error.problems.length} problems):`);
  for (const p of error.problems) console.log(`  ${p.path}: ${p.message}`);
}
const mine = parseLexicon({ ...draft, concepts: draft.concepts.slice(0, 1) });
// Listed last, so our label and weight would win; same-id concepts are united.
const lexicon = mergeLexicons(shared, mine);
const brakeFade = lexicon.concepts.find((c) => c.id === "brake-fade")!;
console.log(`merged "${lexicon.name}": ${lexicon.concepts.length} concepts; brake-fade now has ${brakeFade.expressions.length} expressions\n`);

// 3. Learned bridges from the match history: each labelled (demand, result) pair, as plain text.
const demandText = new Map(demands.map((d) => [d.id, `${d.title}\n${d.description}`]));
const resultText = new Map(results.map((r) => [r.id, `${r.title}\n${(r.keywords ?? []).join("\n")}\n${r.summary}`]));
const history: MatchHistoryEntry[] = Object.entries(labels).flatMap(([d, rs]) =>
  rs.map((r) => ({ demand: demandText.get(d) ?? "", result: resultText.get(r) ?? "" })),
);
const model = learnBridges(history);
console.log(`learnBridges: ${model.trainedPairs} pairs -> ${model.sourceCount} demand-side terms with translations`);
for (const word of ["pedal", "dust", "hot"]) {
  console.log(`  "${word}" -> ${model.translate(word).slice(0, 4).map((t) => `${t.term} ${t.probability.toFixed(3)}`).join(", ")}`);
}
console.log("");

// 4. A new demand, in a driver's words, that no labelled pair contains. Compare the matcher without and with bridges.
const demand: Demand = {
  id: "new-1",
  title: "The pedal loses its bite on every downhill",
  description: "Our van drivers say the pedal sinks after a few kilometres downhill.",
};
const demandTerms = new Set(analyze(`${demand.title}\n${demand.description}`));
const sharedTerms = (id: string): string[] => [...new Set(analyze(resultText.get(id) ?? ""))].filter((t) => demandTerms.has(t));
const show = (label: string, matches: Match<ResearchResult>[]): void =>
  console.log(`${label.padEnd(28)} ${matches.map((m) => `${m.id}${sharedTerms(m.id).length === 0 ? "°" : ""} ${m.score.toFixed(1)}`).join("  ")}`);

const matcher = new Matcher({ bridges: { lexicon } }); // bridges in the options...
matcher.addResults(results);
console.log(`top 5 for "${demand.title}"  (° = shares no analysed term with the demand)`);
matcher.setBridges({}); // ...and replaced later: an empty object turns them off
show("words only", matcher.matchDemand(demand, { k: 5 }));
matcher.setBridges({ lexicon });
show("lexicon", matcher.matchDemand(demand, { k: 5 }));
matcher.setBridges({ model });
show("learned", matcher.matchDemand(demand, { k: 5 }));
matcher.setBridges({ lexicon, model });
const bridged = matcher.matchDemand(demand, { k: 5 });
show("lexicon + learned", bridged);

// 5. The best match that only bridges could make.
const onlyBridged = bridged.find((m) => sharedTerms(m.id).length === 0);
if (!onlyBridged) throw new Error("expected a bridged match with no shared term");
console.log(`\n${onlyBridged.id}: ${onlyBridged.item.title}`);
console.log(`demand terms: ${[...demandTerms].join(" ")}`);
console.log(`terms shared with the result: ${sharedTerms(onlyBridged.id).length}`);
console.log(`explain: ${explain(onlyBridged, 3)}`);
// The explanation keeps every matched term with its source, so the two kinds of bridge can be told apart.
for (const source of ["lexicon", "learned"] as const) {
  const terms = onlyBridged.explanation.terms.filter((t) => t.source === source);
  const share = terms.reduce((sum, t) => sum + t.share, 0);
  console.log(`  ${source}: ${terms.length} matched terms, ${Math.round(share * 100)}% of the text score; strongest ${terms[0]?.bridge ?? "-"}`);
}
