// Browser page with the full library, default analyzer (English model + Chinese) included.
// Bundled by scripts/browser-check.mjs for the browser and, for the parity run, for Node.
import * as techbroker from "../../src/index.js";
import { runChecks, type CheckedApi } from "./checks.js";
import { report, reportCrash } from "./report.js";

try {
  report("full", runChecks(techbroker as CheckedApi));
} catch (error) {
  reportCrash("full", error);
}
