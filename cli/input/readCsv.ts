import { parse } from "csv-parse/sync";
import { CliInputError } from "./cliInputError.js";

/** A CSV file split into its header and rows; `lines[i]` is the 1-based line where row i starts. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
}

interface CsvParseFailure {
  code?: string;
  lines?: number;
  column?: number | string;
  message?: string;
}

const newlines = (cells: readonly string[]): number => cells.reduce((n, c) => n + (c.split("\n").length - 1), 0);

/** The parser's complaint in a user's words, for one line of output. */
function reason(error: CsvParseFailure, columns: number): string {
  const field = typeof error.column === "number" ? ` (column ${error.column + 1})` : "";
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field starts on this line and its closing quote never comes";
    case "INVALID_OPENING_QUOTE":
      return `a quote inside an unquoted field${field}: quote the whole field and double the quotes inside ("")`;
    case "CSV_INVALID_CLOSING_QUOTE":
      return `text after a closing quote${field}: quote the whole field and double the quotes inside ("")`;
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const got = /got (\d+)/.exec(error.message ?? "")?.[1];
      return `${got ?? "a different number of"} columns, but the header has ${columns}`;
    }
    default:
      return `malformed CSV: ${(error.message ?? "unknown error").split("\n")[0]}`;
  }
}

/**
 * Parse CSV text (RFC 4180: `,` separated, `"` quoted, `""` for a quote inside quotes). A UTF-8 BOM and
 * Windows line ends are accepted; blank lines are skipped. Every row must have as many cells as the
 * header. Line breaks inside quoted fields come back as "\n". A malformed file throws a one-line
 * CliInputError naming the line where the bad row starts.
 */
export function parseCsv(file: string, text: string): CsvTable {
  let lastEnd = 0; // line where the last good row ended: a row that fails starts after it
  let columns = 0;
  const starts: number[] = [];
  let output: string[][];
  try {
    // Windows line ends become "\n" first: csv-parse 7 counts a CRLF inside quotes as two lines, which would
    // put every later line number off by one (a line break inside a field is then "\n").
    output = parse(text.replace(/\r\n/g, "\n"), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      on_record: (record: string[], context: { lines: number }) => {
        if (columns === 0) columns = record.length;
        lastEnd = context.lines;
        starts.push(context.lines - newlines(record));
        return record;
      },
    });
  } catch (error) {
    const failure = (typeof error === "object" && error !== null ? error : {}) as CsvParseFailure;
    // Unclosed quotes are reported at the end of the file; the row that opened it starts after the last good row.
    const line = failure.code === "CSV_QUOTE_NOT_CLOSED" || failure.lines === undefined ? lastEnd + 1 : failure.lines;
    throw new CliInputError(file, [`line ${line}: ${reason(failure, columns)}`]);
  }
  if (output.length === 0) throw new CliInputError(file, ["line 1: file is empty, expected a header line naming the columns"]);
  return { header: output[0], rows: output.slice(1), lines: starts.slice(1) };
}
