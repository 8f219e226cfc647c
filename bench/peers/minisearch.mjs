// MiniSearch as its README recommends for full-text search: fields title and text, title boosted 2x at query
// time, default tokenizer (split on Unicode space/punctuation, lower-cased), default BM25+ scoring, OR semantics.
import MiniSearch from "minisearch";

export const packageName = "minisearch";
export const setup = "fields title,text; searchOptions.boost {title: 2}; default tokenizer, BM25+, OR";

const options = { fields: ["title", "text"], idField: "id", searchOptions: { boost: { title: 2 } } };
let index;

/** Indexes the documents. */
export function build(docs) {
  index = new MiniSearch(options);
  index.addAll(docs);
}

/** Top-k ids, best first (MiniSearch ranks every match; we keep the first k). */
export function search(query, k) {
  const hits = index.search(query);
  const ids = new Array(Math.min(k, hits.length));
  for (let i = 0; i < ids.length; i += 1) ids[i] = hits[i].id;
  return ids;
}

/** The documented serialization: JSON.stringify of the index. */
export function serialize() {
  return JSON.stringify(index);
}

/** MiniSearch.loadJSON with the same options as at build time. */
export function load(serialized) {
  index = MiniSearch.loadJSON(serialized, options);
}
