// lunr as its guides recommend: a builder with ref "id", fields title (boost 2) and text; the default pipeline
// (trimmer, English stop-word filter, Porter stemmer). Queries go through lunr.tokenizer + query.term rather
// than the query-string parser, so that characters such as ':' '-' '~' in real queries are not read as syntax.
import lunr from "lunr";

export const packageName = "lunr";
export const setup = "ref id; field title {boost: 2}, field text; default pipeline (stop words, Porter stemmer); query.term(tokenizer(q)), OR";

let index;

/** Indexes the documents. */
export function build(docs) {
  index = lunr(function configure() {
    this.ref("id");
    this.field("title", { boost: 2 });
    this.field("text");
    for (const doc of docs) this.add(doc);
  });
}

/** Top-k ids, best first. */
export function search(query, k) {
  const hits = index.query((q) => {
    q.term(lunr.tokenizer(query));
  });
  const ids = new Array(Math.min(k, hits.length));
  for (let i = 0; i < ids.length; i += 1) ids[i] = hits[i].ref;
  return ids;
}

/** The documented serialization: JSON.stringify(index). */
export function serialize() {
  return JSON.stringify(index);
}

/** lunr.Index.load(JSON.parse(...)). */
export function load(serialized) {
  index = lunr.Index.load(JSON.parse(serialized));
}
