// Runs the CLI's runCli in this process with captured io: the same code as dist/cli.cjs minus process
// start-up, so that many error cases stay fast. A few tests still spawn the built binary.
import type { CliIo } from "../../cli/commandLine.js";
import { runCli } from "../../cli/main.js";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run `techbroker ...args`; `tty` pretends stderr is a terminal. */
export async function cliInProcess(args: readonly string[], tty = false): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), stderrIsTty: tty, stderrColumns: 80 };
  const status = await runCli(args, io);
  return { status, stdout, stderr };
}
