// techbroker's own InvertedIndex from the built package (dist/): BM25F over title (weight 2) and text (weight 1)
// with the default analyzer (English lemmas, stop words, Chinese bigrams, technical tokens), exact top-k.
// Run `npm run build` first; if dist/ is missing the harness reports the library as skipped.
const { InvertedIndex } = await import("../../dist/index.js");

export const packageName = "techbroker";
export const setup = "InvertedIndex fields {title: {weight: 2}, text: {weight: 1}}; default analyzer; BM25F, exact top-k; toSnapshot/fromSnapshot";

const options = { fields: { title: { weight: 2 }, text: { weight: 1 } } };
let index;

/** Indexes the documents. */
export function build(docs) {
  index = new InvertedIndex(options);
  index.addAll(docs);
}

/** Top-k ids, best first. */
export function search(query, k) {
  const hits = index.search(query, { k });
  const ids = new Array(hits.length);
  for (let i = 0; i < hits.length; i += 1) ids[i] = hits[i].id;
  return ids;
}

/** The binary snapshot (Uint8Array). */
export function serialize() {
  return index.toSnapshot();
}

/** InvertedIndex.fromSnapshot(bytes). */
export function load(serialized) {
  index = InvertedIndex.fromSnapshot(serialized);
}
