// Orama as its docs recommend for full-text search: create({schema: {title: 'string', text: 'string'}}),
// insertMultiple, search({term, properties, boost: {title: 2}, limit}) with its default BM25 ranking and
// default tokenizer (English, no stemming unless configured), default threshold (any-term matches).
import { create, insertMultiple, load as loadRaw, save, search as oramaSearch } from "@orama/orama";

export const packageName = "@orama/orama";
export const setup = "schema {title:'string', text:'string'}; insertMultiple; search boost {title: 2}, BM25 (default), default tokenizer";

const schema = { title: "string", text: "string" };
let db;

/** Indexes the documents (Orama also stores them: that is part of its memory cost). */
export async function build(docs) {
  db = create({ schema });
  await insertMultiple(db, docs, 1000);
}

function idsOf(result, k) {
  const hits = result.hits;
  const ids = new Array(Math.min(k, hits.length));
  for (let i = 0; i < ids.length; i += 1) ids[i] = hits[i].id;
  return ids;
}

/** Top-k ids, best first; Orama's search may return a promise, so keep both paths. */
export function search(query, k) {
  const result = oramaSearch(db, { term: query, properties: ["title", "text"], boost: { title: 2 }, limit: k });
  return typeof result?.then === "function" ? result.then((r) => idsOf(r, k)) : idsOf(result, k);
}

/** The documented persistence: save(db) gives raw data, serialized here as JSON. */
export function serialize() {
  return JSON.stringify(save(db));
}

/** load(db, raw) into a fresh database created with the same schema. */
export function load(serialized) {
  db = create({ schema });
  loadRaw(db, JSON.parse(serialized));
}
