/**
 * A user's input file cannot be used: missing, unreadable, too large, not UTF-8, malformed JSON or CSV,
 * or holding invalid records. `lines` holds one human-readable line per problem, each starting with
 * the file name, ready to print; `message` is those lines joined by newlines.
 */
export class CliInputError extends Error {
  readonly code = "CLI_INPUT";
  /** The file as the user named it. */
  readonly file: string;
  /** One line per problem, e.g. `data.json: record 3 (id "r9"): trl: expected an integer from 1 to 9, got "high"`. */
  readonly lines: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    const lines = problems.map((p) => `${file}: ${p}`);
    super(lines.join("\n"));
    this.name = "CliInputError";
    this.file = file;
    this.lines = lines;
  }
}
