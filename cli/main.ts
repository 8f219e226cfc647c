// The techbroker command line, as a function (bin.ts is the executable). Node-only; it uses the library
// only through its public door (the package "techbroker"), so dist/cli.cjs requires dist/index.cjs
// instead of carrying a second copy.
import { TechbrokerError, ValidationError } from "techbroker";
import { CliUsageError } from "./cliUsageError.js";
import { commandUsage, parseLine, type CliIo, type Command } from "./commandLine.js";
import { demoCommand } from "./commands/demo.js";
import { generalUsage, version } from "./commands/help.js";
import { indexCommand } from "./commands/indexSnapshot.js";
import { matchCommand } from "./commands/match.js";
import { portfolioCommand } from "./commands/portfolio.js";
import { readinessCommand } from "./commands/readiness.js";
import { didYouMean } from "./didYouMean.js";
import { CliInputError } from "./input/cliInputError.js";
import { terminalBlock } from "./output/terminalText.js";

const COMMANDS: readonly Command[] = [matchCommand, indexCommand, readinessCommand, portfolioCommand, demoCommand];

const findCommand = (name: string | undefined): Command | undefined => COMMANDS.find((c) => c.name === name);

function unknownCommand(name: string): CliUsageError {
  const names = COMMANDS.map((c) => c.name).concat("help");
  return new CliUsageError(`unknown command "${name}"${didYouMean(name, names)}`, generalUsage(COMMANDS));
}

/** Run one command line; returns the exit code. Help goes to stdout (exit 0); mistakes to stderr (exit 1). */
async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliUsageError("no command given", generalUsage(COMMANDS));
  if (first === "--version" || first === "-v" || first === "version") {
    io.out(`${version}\n`);
    return 0;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    if (rest.length === 0) io.out(`${generalUsage(COMMANDS)}\n`);
    else {
      const command = findCommand(rest[0]);
      if (command === undefined) throw unknownCommand(rest[0]);
      io.out(`${commandUsage(command)}\n`);
    }
    return 0;
  }
  const command = findCommand(first);
  if (command === undefined) throw unknownCommand(first);
  const dashDash = rest.indexOf("--");
  if (rest.slice(0, dashDash === -1 ? undefined : dashDash).some((a) => a === "--help" || a === "-h")) {
    io.out(`${commandUsage(command)}\n`);
    return 0;
  }
  await command.run(parseLine(command, rest), io);
  return 0;
}

/** What a failure prints: our own errors as they are, library errors with their problems, anything else as a crash. */
function describeFailure(error: unknown): string {
  if (error instanceof CliUsageError) return `techbroker: ${error.message}\n\n${error.usage}`;
  if (error instanceof CliInputError) return error.lines.map((l) => `techbroker: ${l}`).join("\n");
  if (error instanceof ValidationError) return `techbroker: ${error.message}`;
  if (error instanceof TechbrokerError) return `techbroker: ${error.message}`;
  return `techbroker: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

/**
 * Run one command line with the given io; never throws. Help and results go to `io.out`, mistakes and
 * progress to `io.err`. Returns the exit code: 0, or 1 for any error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.err(`${terminalBlock(describeFailure(error))}\n`);
    return 1;
  }
}
