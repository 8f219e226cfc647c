// Shows check results: in the page as a list plus a JSON block that scripts/browser-check.mjs reads back from the
// dumped DOM; under Node (the parity run) as one JSON line on stdout.
import type { CheckResult } from "./checks.js";

/** Publishes the results of one page run, in the DOM if there is one, else on the console. */
export function report(page: string, results: readonly CheckResult[]): void {
  const json = JSON.stringify({ page, results });
  if (typeof document === "undefined") {
    console.log(json);
    return;
  }
  const list = document.getElementById("checks");
  for (const r of results) {
    const item = document.createElement("li");
    item.dataset.check = r.name;
    item.dataset.status = r.status;
    item.textContent = `${r.status.toUpperCase()} ${r.name}: ${r.detail}`;
    list?.append(item);
  }
  // A JSON script element survives --dump-dom unescaped, so the checker can parse it exactly.
  const data = document.createElement("script");
  data.type = "application/json";
  data.id = "results";
  data.textContent = json;
  document.body.append(data);
  const status = document.getElementById("status");
  if (status) status.textContent = `done: ${page}`;
}

/** Puts an error that escaped the checks (e.g. a failing module import) where the checker will see it. */
export function reportCrash(page: string, error: unknown): void {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  report(page, [{ name: "page", status: "fail", detail }]);
}
