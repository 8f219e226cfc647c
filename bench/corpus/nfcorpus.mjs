// Loader for the NFCorpus test collection (Boteva et al., ECIR 2016, as packaged by BEIR):
// docs.jsonl {id, title, text}, dev.queries.jsonl {id, text}, dev.qrels.tsv (qid, docid, grade 1-2).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseQrels } from "../eval/ranking-quality.mjs";

/** Default location: ../shared/data/nfcorpus next to the repository. */
export const NFCORPUS_DIR = fileURLToPath(new URL("../../../shared/data/nfcorpus/", import.meta.url));

/** Parsed lines of a JSON-lines file (blank lines skipped). */
export function readJsonLines(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}

/**
 * Queries and judgments of one split ("dev" or "train").
 * @param {"dev" | "train"} split
 * @param {string} [dir]
 * @returns {{ queries: {id:string,text:string}[], qrels: Map<string, Map<string, number>> }}
 */
export function loadSplit(split, dir = NFCORPUS_DIR) {
  const queries = readJsonLines(`${dir}/${split}.queries.jsonl`).map((q) => ({ id: String(q.id ?? q._id), text: String(q.text) }));
  const qrels = parseQrels(readFileSync(`${dir}/${split}.qrels.tsv`, "utf8"));
  return { queries, qrels };
}

/**
 * Loads documents, dev queries and dev judgments.
 * @param {string} [dir]
 * @returns {{ docs: {id:string,title:string,text:string}[], queries: {id:string,text:string}[], qrels: Map<string, Map<string, number>> }}
 */
export function loadNfcorpus(dir = NFCORPUS_DIR) {
  const docs = readJsonLines(`${dir}/docs.jsonl`).map((d) => ({
    id: String(d.id ?? d._id),
    title: String(d.title ?? ""),
    text: String(d.text ?? ""),
  }));
  return { docs, ...loadSplit("dev", dir) };
}
