// Browser page that avoids the default analyzer: it passes its own tiny analyzer, and scripts/browser-check.mjs
// bundles it with the English model aliased to an empty module (the README's recipe for lean bundles).
// Only static property reads of the namespace (never the namespace object itself), so esbuild can tree-shake
// everything else.
import * as techbroker from "../../src/index.js";
import { runChecks, type CheckedApi } from "./checks.js";
import { report, reportCrash } from "./report.js";

/** Lower-cased letter/digit runs; runs of Han characters become overlapping character bigrams. */
function leanAnalyzer(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    for (const part of token.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (!/\p{Script=Han}/u.test(part)) terms.push(part);
      else if (part.length === 1) terms.push(part);
      else for (let i = 0; i + 1 < part.length; i++) terms.push(part.slice(i, i + 2));
    }
  }
  return terms;
}

try {
  const api: CheckedApi = {
    ValidationError: techbroker.ValidationError,
    InvertedIndex: techbroker.InvertedIndex,
    Matcher: techbroker.Matcher,
  };
  report("lean", runChecks(api, { name: "lean", analyze: leanAnalyzer }));
} catch (error) {
  reportCrash("lean", error);
}
