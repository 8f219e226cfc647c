import { CliUsageError } from "./cliUsageError.js";
import { didYouMean } from "./didYouMean.js";

/** One option of a command: `--name VALUE` (or `--name=VALUE`) when it takes a value, else a flag. */
export interface OptionSpec {
  readonly name: string;
  /** Placeholder shown in help, e.g. `N`; absent for a flag. */
  readonly value?: string;
  readonly help: string;
}

/** A command: its words for help, its options, and what it does with the parsed line. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The usage line(s) after `techbroker`, e.g. `match RESULTS DEMANDS [options]`. */
  readonly usage: string;
  /** Paragraphs printed after the options in `help CMD`. */
  readonly details?: string;
  readonly options: readonly OptionSpec[];
  readonly positionals: { readonly min: number; readonly max: number };
  run(line: ParsedLine, io: CliIo): Promise<void> | void;
}

/** Where a command writes: stdout for results, stderr for progress; `stderrIsTty` decides the progress bar. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly stderrIsTty: boolean;
  readonly stderrColumns: number;
}

/** The arguments of one command, parsed but not yet interpreted. */
export class ParsedLine {
  constructor(
    readonly command: Command,
    readonly positionals: readonly string[],
    private readonly values: ReadonlyMap<string, string | true>,
  ) {}

  usageError(message: string): CliUsageError {
    return new CliUsageError(message, commandUsage(this.command));
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  string(name: string): string | undefined {
    const v = this.values.get(name);
    return typeof v === "string" ? v : undefined;
  }

  /** One of `choices`, or `fallback`; another value is a usage error with did-you-mean. */
  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const v = this.string(name);
    if (v === undefined) return fallback;
    if ((choices as readonly string[]).includes(v)) return v as T;
    throw this.usageError(`--${name} must be one of ${choices.join(", ")}, got "${v}"${didYouMean(v, choices)}`);
  }

  /** A strictly written integer in [min, max]: "10" yes; "10abc", "1e1", "" no. */
  integer(name: string, min: number, max: number, fallback: number): number {
    const v = this.string(name);
    if (v === undefined) return fallback;
    const n = /^[+-]?\d+$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw this.usageError(`--${name} must be an integer from ${min} to ${max}, got "${v}"`);
    return n;
  }

  /** A strictly written finite number (no "", "12px", "0x10"). */
  number(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const n = isPlainDecimal(v) ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw this.usageError(`--${name} must be a number, got "${v}"`);
    return n;
  }
}

/** Decimal notation as people type it: 12, -3.5, .5, 1e-3. Not hex, not Infinity, not empty. */
export function isPlainDecimal(text: string): boolean {
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text.trim());
}

/** The usage block of a command: usage line, options, details. */
export function commandUsage(command: Command): string {
  const width = Math.max(...command.options.map((o) => o.name.length + (o.value ? o.value.length + 1 : 0)), 6) + 4;
  const lines = [`usage: techbroker ${command.usage}`, "", command.summary];
  if (command.options.length > 0) {
    lines.push("", "options:");
    for (const o of command.options) lines.push(`  --${`${o.name}${o.value ? ` ${o.value}` : ""}`.padEnd(width)}${o.help}`);
    lines.push(`  --${"help".padEnd(width)}this text`);
  }
  if (command.details) lines.push("", command.details);
  return lines.join("\n");
}

/**
 * Split `argv` (after the command word) into positionals and options, per the command's option specs.
 * `--` ends the options. Throws CliUsageError for an unknown option (with did-you-mean), a repeated
 * option, a missing value, or a wrong number of positionals. `--help` is handled by the caller.
 */
export function parseLine(command: Command, argv: readonly string[]): ParsedLine {
  const specs = new Map(command.options.map((o) => [o.name, o]));
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  const usage = commandUsage(command);
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith("--") || arg === "-") {
      if (!onlyPositionals && arg.startsWith("-") && arg !== "-" && !/^-\d/.test(arg)) {
        throw new CliUsageError(`unknown option ${arg} (options start with --)`, usage);
      }
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = specs.get(name);
    if (spec === undefined) {
      const names = command.options.map((o) => `--${o.name}`);
      throw new CliUsageError(`unknown option --${name} for "${command.name}"${didYouMean(`--${name}`, names, false)}`, usage);
    }
    if (values.has(name)) throw new CliUsageError(`--${name} is given twice`, usage);
    if (spec.value === undefined) {
      if (eq !== -1) throw new CliUsageError(`--${name} takes no value`, usage);
      values.set(name, true);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new CliUsageError(`--${name} needs a value (${spec.value})`, usage);
    values.set(name, value);
  }
  const { min, max } = command.positionals;
  if (positionals.length < min || positionals.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw new CliUsageError(`"${command.name}" takes ${expected} argument${max === 1 ? "" : "s"}, got ${positionals.length}`, usage);
  }
  return new ParsedLine(command, positionals, values);
}
