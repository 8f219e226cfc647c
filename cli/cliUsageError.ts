/**
 * The command line itself is wrong: an unknown command or option, a missing or malformed value.
 * `usage` is the usage text of the command concerned, printed after the message on stderr.
 * (CLI errors are not TechbrokerErrors: their codes belong to the tool, not to the library's code list.)
 */
export class CliUsageError extends Error {
  readonly code = "CLI_USAGE";
  readonly usage: string;

  constructor(message: string, usage: string) {
    super(message);
    this.name = "CliUsageError";
    this.usage = usage;
  }
}
