// Kept only for cli/loadRecords.ts, which still imports src/ files directly; the CLI helper moves it to the
// public door. Nothing in src/ may import this file (test/moduleMap.test.ts).
export { clip } from "../validation/describeValue.js";
