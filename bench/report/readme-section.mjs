// Puts the latest full bench report into README.md between `<!-- bench:start -->` and `<!-- bench:end -->`,
// with headings pushed down one level and the chart linked, so the README always shows the table the bench wrote.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replace the README's bench section with `markdown` (the latest.md text); returns false if there are no markers. */
export function updateReadmeSection(readmePath, markdown, chartPath) {
  if (!existsSync(readmePath)) return false;
  const readme = readFileSync(readmePath, "utf8");
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return false;
  const body = markdown
    .replace(/^# .*\n+/, "") // the report's own title
    .replace(/^(#{2,5}) /gm, "#$1 ")
    .trim();
  const section = `${START}\n### Side by side with the peers (\`npm run bench\`)\n\n${body}\n\n![queries/s and memory against corpus size](${chartPath})\n${END}`;
  writeFileSync(readmePath, readme.slice(0, from) + section + readme.slice(to + END.length));
  return true;
}
