// Writes the bench results as Markdown: one speed/memory table per corpus, the NFCorpus quality table,
// and how each library was configured. Failed runs stay in the tables with their reason (never hidden).

import { checkTargets, SCALE_BASELINE } from "./targets.mjs";

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function fixed(value, digits) {
  return value === undefined || value === null || !Number.isFinite(value) ? "–" : value.toFixed(digits);
}
function whole(value) {
  return value === undefined || value === null || !Number.isFinite(value) ? "–" : number.format(value);
}
function bytes(value) {
  if (value === undefined || value === null) return "–";
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} KB`;
  return `${value} B`;
}

/** Short name of a corpus run, e.g. "synthetic 100,000" or "NFCorpus". */
export function corpusLabel(result) {
  return result.corpus === "nfcorpus" ? "NFCorpus" : `synthetic ${number.format(result.size)}`;
}

function speedTable(rows) {
  const lines = [
    "| library | status | build docs/s | queries/s (top-10) | p50 ms | p99 ms | heap bytes/doc | snapshot | load ms |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.library} | ${r.status} | ${whole(r.docsPerSecond)} | ${whole(r.queriesPerSecond)} | ${fixed(r.p50Ms, 3)} | ${fixed(r.p99Ms, 3)} | ` +
        `${whole(r.heapBytesPerDoc)} | ${r.snapshotError ? "failed" : r.snapshotBytes === undefined ? "–" : bytes(r.snapshotBytes)}${r.sameAfterLoad === false ? " (results differ after load)" : ""} | ${fixed(r.loadMs, 0)} |`,
    );
  }
  return lines.join("\n");
}

function qualityTable(rows) {
  const scored = rows.filter((r) => r.ndcg !== undefined).sort((a, b) => b.ndcg - a.ndcg);
  const lines = ["| library / variant | nDCG@10 | Recall@100 | judged queries |", "|---|--:|--:|--:|"];
  for (const r of scored) lines.push(`| ${r.library} | ${fixed(r.ndcg, 4)} | ${fixed(r.recall, 4)} | ${r.queries} |`);
  for (const r of rows.filter((x) => x.ndcg === undefined)) lines.push(`| ${r.library} | – | – | ${r.status} |`);
  return lines.join("\n");
}

/**
 * Renders the whole report.
 * @param {object} report the object written to latest.json
 * @returns {string}
 */
/** The query-scale rows: techbroker and Xapian in queries per CPU second, with ratios. */
function scaleTable(runs) {
  const lines = [
    "`bench/query-scale.mjs`, one process per size; queries per CPU second of each engine's own process (user + system), " +
      "median of 3 passes after a warm-up; Xapian (C++, BM25) through Debian's python3-xapian on the same documents and queries. " +
      "Before = `npm run bench:scale` before block-max MaxScore (DESIGN.md §3), measured in an earlier run.",
    "",
    "| documents | top-10 workload | techbroker q/CPU s | equal to exhaustive | Xapian q/CPU s | techbroker / Xapian | before | now / before |",
    "|--:|---|--:|--:|--:|--:|--:|--:|",
  ];
  for (const run of runs) {
    if (run.status !== "ok") lines.push(`| ${whole(run.size)} | ${run.status} | – | – | – | – | – | – |`);
    for (const w of run.workloads) {
      const before = SCALE_BASELINE[run.size]?.[w.name];
      lines.push(
        `| ${whole(run.size)} | ${w.name} | ${whole(w.qps)} | ${w.equal} | ${whole(w.xapianQps)} | ${w.xapianQps ? `${(w.qps / w.xapianQps).toFixed(2)}x` : "–"} | ` +
          `${whole(before)} | ${before ? `${(w.qps / before).toFixed(2)}x` : "–"} |`,
      );
    }
  }
  for (const run of runs) {
    for (const note of run.notes ?? []) lines.push("", `${whole(run.size)} documents: ${note}.`);
    if (run.status === "ok") lines.push("", `${whole(run.size)} documents: techbroker build ${fixed(run.buildCpuSeconds, 1)} CPU s, heap ${whole(run.heapBytesPerDoc)} B/doc.`);
  }
  return lines;
}

export function renderMarkdown(report) {
  const m = report.machine;
  const out = [
    "# techbroker benchmark",
    "",
    `Run ${report.generatedAt} (${report.mode} mode) on ${m.cpuModel}, ${m.cores} cores, ${(m.totalMemBytes / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `${m.platform} ${m.release}; Node ${report.node}.`,
    "",
    `Packages: ${Object.entries(report.packages).map(([name, version]) => `${name} ${version}`).join(", ")}.`,
    "",
    "Every library ran in its own fresh Node process on the same documents and queries, one after another in this run. " +
      "The machine is shared and noisy: compare ratios within a run, not absolute figures across runs. " +
      "Heap = heapUsed + arrayBuffers after GC, indexed minus before indexing (documents already loaded).",
    ...(report.notes ?? []).flatMap((note) => ["", `Note: ${note}`]),
  ];
  const groups = new Map();
  for (const r of report.results) {
    const label = corpusLabel(r);
    if (!groups.has(label)) groups.set(label, { docs: r.docs, rows: [] });
    groups.get(label).rows.push(r);
  }
  for (const [label, group] of groups) {
    out.push("", `## ${label}${group.docs ? ` (${number.format(group.docs)} documents)` : ""}`, "", speedTable(group.rows));
  }
  const nf = report.results.filter((r) => r.corpus === "nfcorpus");
  if (nf.length > 0 || report.variants.length > 0) {
    out.push(
      "",
      "## Quality on NFCorpus dev (graded judgments)",
      "",
      "nDCG@10 (linear gain, log2 discount, ideal from all judged documents) and Recall@100, averaged over the dev queries " +
        "with judgments, computed by `bench/eval/ranking-quality.mjs` for every library. Reference: BM25 in Lucene ≈ 0.32 nDCG@10 (BEIR).",
      "",
      qualityTable([...nf, ...report.variants]),
    );
  }
  if (report.scale?.length > 0) out.push("", "## Query throughput at scale, with Xapian as the native ceiling", "", ...scaleTable(report.scale));
  const snapshotFailures = report.results.filter((r) => r.snapshotError);
  if (snapshotFailures.length > 0) {
    out.push("", "Snapshot failures: " + snapshotFailures.map((r) => `${r.library} at ${corpusLabel(r)}: ${r.snapshotError}`).join("; ") + ".");
  }
  const targets = checkTargets(report);
  out.push("", "## Targets (ratios within this run)", "", "| target | measured | met |", "|---|---|---|");
  for (const t of targets) out.push(`| ${t.target} | ${t.measured} | ${t.met === null ? "n/a" : t.met ? "yes" : "**no**"} |`);
  out.push("", "## Configuration of each library", "");
  for (const [name, setup] of Object.entries(report.setups)) out.push(`- **${name}**: ${setup}`);
  if (report.skipped.length > 0) {
    out.push("", "## Skipped", "");
    for (const s of report.skipped) out.push(`- ${s}`);
  }
  return `${out.join("\n")}\n`;
}
