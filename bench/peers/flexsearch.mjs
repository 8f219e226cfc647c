// FlexSearch as its README's Document examples use it: a Document index over title and text with the default
// ("balanced") profile: default encoder, strict tokenizer, resolution 9. The "score" preset (context index)
// was tried: same nDCG@10 on NFCorpus (0.209) at 10x the memory (65-77 KB per document), so it is not used.
// FlexSearch has no BM25/TF-IDF: relevance comes from where a term sits in a field. Its default is AND over query terms; we pass
// `suggest: true` (its documented option for partial matches) so that multi-word natural-language queries are
// ranked rather than dropped, as with the other libraries; per-field results are merged with `merge: true`.
import { Document } from "flexsearch";

export const packageName = "flexsearch";
export const setup = "Document {id, index: [title, text]}, default profile; search {limit, suggest: true, merge: true}; no BM25 (positional scoring)";

const config = { document: { id: "id", index: ["title", "text"] } };
let index;

/** Indexes the documents. */
export function build(docs) {
  index = new Document(config);
  for (const doc of docs) index.add(doc);
}

/** Top-k ids, best first: title hits are listed before text-only hits, as merge orders fields. */
export function search(query, k) {
  const merged = index.search(query, { limit: k, suggest: true, merge: true });
  const ids = new Array(Math.min(k, merged.length));
  for (let i = 0; i < ids.length; i += 1) ids[i] = merged[i].id;
  return ids;
}

/** Document.export(handler): the documented in-memory export, as key/data pairs (serialized here as JSON). */
export async function serialize() {
  const parts = [];
  await index.export((key, data) => {
    parts.push([key, data]);
  });
  return JSON.stringify(parts);
}

/** Document.import(key, data) for every exported part, into a Document with the same configuration. */
export async function load(serialized) {
  index = new Document(config);
  for (const [key, data] of JSON.parse(serialized)) await index.import(key, data);
}
