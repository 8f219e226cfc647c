import { version } from "../../package.json";
import type { Command } from "../commandLine.js";

/** The general usage: every command with its one-line summary. */
export function generalUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `techbroker ${version}: match research results and industrial demands, both ways, with explanations.`,
    "",
    "usage: techbroker COMMAND [ARGS] [--options]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "techbroker help COMMAND (or COMMAND --help) shows a command's options; techbroker --version its version.",
  ].join("\n");
}

export { version };
