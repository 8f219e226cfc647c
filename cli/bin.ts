// The `techbroker` executable (dist/cli.cjs): process io around runCli.
import type { CliIo } from "./commandLine.js";
import { runCli } from "./main.js";

// A closed pipe (`techbroker match ... | head`) is the reader's choice, not a failure to report.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

const io: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  stderrColumns: process.stderr.columns ?? 80,
};

void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
