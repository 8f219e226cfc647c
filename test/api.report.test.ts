// The public API, recorded: api/techbroker.api.md lists every name src/index.ts exports with its kind and type.
// A change of the door (a new export, a removed one, a renamed field) fails here until the report is regenerated
// with `npm run api:report`, so the change shows up in review as a diff of that file.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { apiReport, REPORT_PATH } from "../scripts/api-report.mjs";

const lines = (text: string): string[] => text.split("\n");

describe("public API report", () => {
  let now = "";
  beforeAll(() => {
    now = (apiReport as () => string)();
  });

  it("api/techbroker.api.md is the API src/index.ts exports (regenerate with `npm run api:report`)", () => {
    const recorded = readFileSync(REPORT_PATH as string, "utf8");
    const added = lines(now).filter((l) => !lines(recorded).includes(l));
    const removed = lines(recorded).filter((l) => !lines(now).includes(l));
    expect({ added, removed }, "the public API changed: run `npm run api:report` and commit the report").toEqual({ added: [], removed: [] });
    expect(now).toBe(recorded);
  });

  it("keeps internal helpers out of the door", () => {
    for (const internal of ["escapeXml", "describeBridgesFor", "validateBands", "crossesMiddleStage", "MAX_K", "ENGLISH_CUES", "isPlainObject"]) {
      expect(now).not.toMatch(new RegExp(`^(?:class|function|const|interface|type) ${internal}\\b`, "m"));
    }
  });
});
