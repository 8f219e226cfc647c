/**
 * Index and search your own documents with the BM25F InvertedIndex: choose the fields and their weights,
 * add documents, search in English and Chinese with k and a filter, explain a score, then update and remove.
 *
 *   npm run example -- search          # or, after `npx tsup`: npx tsx examples/search.ts
 *
 * The documents are the 330 research results in examples/data/results.json, but any { id, ...text fields } works.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, InvertedIndex, ValidationError, type SearchHit } from "techbroker";

// Your own document type: the index reads the fields named in its options.
interface Doc {
  id: string;
  title: string;
  keywords: string[];
  summary: string;
  region?: string;
  language?: string;
}

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "data");
const docs = JSON.parse(readFileSync(join(dataDir, "results.json"), "utf8")) as Doc[];
const byId = new Map(docs.map((d) => [d.id, d]));

// Titles say most about a document, keywords are curated, summaries are long: weight them in that order.
const index = new InvertedIndex({ fields: { title: { weight: 3 }, keywords: { weight: 2 }, summary: { weight: 1 } } });
// Only the declared fields are indexed; extra properties such as region are ignored by the index.
index.addAll(docs);
index.add({ id: "my-note", title: "Notes from the brake supplier visit", keywords: ["brake fade"], summary: "Discs overheat on alpine descents." });
console.log(`${index.size} documents indexed in fields ${index.fieldNames.join(", ")}\n`);

function show(title: string, hits: SearchHit[]): void {
  console.log(title);
  for (const h of hits) console.log(`  ${h.score.toFixed(3).padStart(7)}  ${h.id.padEnd(8)} ${byId.get(h.id)?.title ?? "(own document)"}`);
  console.log("");
}

// 1. English query, top 5.
const english = "graphene heat spreader for smartphones";
const englishHits = index.search(english, { k: 5 });
show(`search("${english}", { k: 5 })`, englishHits);

// 2. The same query restricted by a filter on the id: only results from Guangdong or Jiangsu.
const chineseRegions = new Set(["Guangdong", "Jiangsu"]);
show(
  `same query, filter: region in Guangdong/Jiangsu`,
  index.search(english, { k: 3, filter: (id) => chineseRegions.has(byId.get(id)?.region ?? "") }),
);

// 3. A Chinese query ("temperature-logging label for the cold chain"): Chinese text is cut into overlapping
// character pairs, so no spaces or dictionary are needed.
const chinese = "冷链温度记录标签";
console.log(`analyze("${chinese}") = ${analyze(chinese).join(" | ")}`);
show(`search("${chinese}", { k: 3 })`, index.search(chinese, { k: 3 }));

// 4. Why did the top English hit score what it scored? Per term, per field.
const top = englishHits[0];
console.log(`explainScore("${top.id}", "${english}")`);
for (const part of index.explainScore(top.id, english)) {
  const where = part.fields.map((f) => `${f.field} tf=${f.tf} -> ${f.score.toFixed(3)}`).join(", ");
  console.log(`  ${part.term.padEnd(12)} ${part.score.toFixed(3)}  (${where})`);
}
console.log("");

// 5. Update your own document: the new text replaces the old one atomically.
const brakeQuery = "brake fade alpine descents";
show(`before update: search("${brakeQuery}", { k: 3 })`, index.search(brakeQuery, { k: 3 }));
index.update({ id: "my-note", title: "Notes from the battery supplier visit", keywords: ["cell swelling"], summary: "Pouch cells swell in summer." });
const afterUpdate = index.search(brakeQuery, { k: 20 });
console.log(`after update: my-note in top 20 for "${brakeQuery}": ${afterUpdate.some((h) => h.id === "my-note")}`);
console.log(`              top hit for "pouch cells swell": ${index.search("pouch cells swell", { k: 1 })[0]?.id}\n`);

// 6. Remove the top English hit; it disappears from the ranking and the next one moves up.
index.remove(top.id);
show(`after remove("${top.id}"): search("${english}", { k: 3 })`, index.search(english, { k: 3 }));

// 7. Bad input is reported with a path, and nothing changes.
try {
  index.remove(top.id);
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.log(`remove twice -> ${error.name}: ${error.message}`);
}
console.log(`${index.size} documents left`);
