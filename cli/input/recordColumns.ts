import { isPlainDecimal } from "../commandLine.js";
import { closest } from "../didYouMean.js";
import { CliInputError } from "./cliInputError.js";
import type { CsvTable } from "./readCsv.js";

/** How a CSV cell becomes a field value. An empty cell always means "absent". */
export type CellKind = "text" | "list" | "number";

/** What can be read from CSV for one kind of record: column names (dotted for nested fields) and kinds. */
export interface ColumnSet {
  readonly columns: Readonly<Record<string, CellKind>>;
  /** Columns the header must name. */
  readonly required: readonly string[];
  /** Whether free `meta.NAME` columns are allowed (kept as text under `meta`). */
  readonly meta: boolean;
  /** Column names of the other record kind (or old names) and the column they most likely meant. */
  readonly hints?: Readonly<Record<string, string>>;
}

export const RESULT_COLUMNS: ColumnSet = {
  columns: {
    id: "text", title: "text", summary: "text", keywords: "list", disciplines: "list", trl: "number", institution: "text",
    ipStatus: "text", seeking: "list", region: "text", language: "text", updatedAt: "text",
  },
  required: ["id", "title", "summary"],
  meta: true,
  // `fields` was the old name of the `disciplines` column.
  hints: { fields: "disciplines", industry: "disciplines" },
};

export const DEMAND_COLUMNS: ColumnSet = {
  columns: {
    id: "text", title: "text", description: "text", industry: "list", minTrl: "number", "budget.amount": "number",
    "budget.currency": "text", region: "text", deadline: "text", company: "text", language: "text",
  },
  required: ["id", "title", "description"],
  meta: true,
  hints: { fields: "industry", disciplines: "industry" },
};

export const HISTORY_COLUMNS: ColumnSet = {
  columns: { demand: "text", result: "text", weight: "number" },
  required: ["demand", "result"],
  meta: false,
};

export const SUPPORT_COLUMNS: ColumnSet = {
  columns: {
    id: "text", name: "text", kind: "text", minTrl: "number", maxTrl: "number", "budget.amount": "number",
    "budget.currency": "text", region: "text",
  },
  required: ["id", "name", "kind", "minTrl", "maxTrl"],
  meta: false,
};

/** The record field each header cell feeds, matched case-insensitively; problems name line 1 and the column. */
function mapHeader(file: string, header: readonly string[], set: ColumnSet): string[] {
  const known = Object.keys(set.columns);
  const byLower = new Map(known.map((k) => [k.toLowerCase(), k]));
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const suggested = new Set<string>();
  const fields = header.map((raw, i) => {
    const name = raw.trim();
    const meta = set.meta && /^meta\.[^.]+$/i.test(name) ? `meta.${name.slice(5)}` : undefined;
    const field = meta ?? byLower.get(name.toLowerCase());
    if (field === undefined) {
      const hint = set.hints?.[name.toLowerCase()] ?? closest(name, known);
      if (hint !== undefined) suggested.add(hint);
      const extra = set.meta ? `; to keep it as extra data, name it "meta.${name}"` : "";
      problems.push(`line 1: unknown column "${name}" (column ${i + 1})${hint ? `: did you mean "${hint}"?` : `; known columns: ${known.join(", ")}`}${extra}`);
      return "";
    }
    const first = seen.get(field);
    if (first !== undefined) problems.push(`line 1: column "${field}" appears twice (columns ${first + 1} and ${i + 1})`);
    seen.set(field, i);
    return field;
  });
  const named = new Set(fields);
  if (!header.some((h) => byLower.has(h.trim().toLowerCase()))) {
    throw new CliInputError(file, [`line 1: no header line: the first line must name the columns (${set.required.join(", ")}, ...), got "${header.join(",").slice(0, 60)}"`]);
  }
  // A required column already suggested for a misspelt one is not reported twice.
  for (const r of set.required) if (!named.has(r) && !suggested.has(r)) problems.push(`line 1: the header has no "${r}" column`);
  if (problems.length > 0) throw new CliInputError(file, problems);
  return fields;
}

/** Set `path` (`budget.amount`, `meta.source`) on `target`, creating the nested object. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const dot = path.indexOf(".");
  // defineProperty, not assignment: a column named `meta.__proto__` must stay data, not a prototype.
  const define = (o: Record<string, unknown>, key: string, v: unknown): void =>
    void Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
  if (dot === -1) return define(target, path, value);
  const head = path.slice(0, dot);
  if (!Object.prototype.hasOwnProperty.call(target, head)) define(target, head, {});
  define(target[head] as Record<string, unknown>, path.slice(dot + 1), value);
}

/**
 * Turn CSV rows into plain records: columns mapped by header, `;`-separated lists, numbers parsed strictly
 * (`3` and `2.5e3` yes; `3 levels`, `0x10`, `1,5` no). Returns the records; every unreadable cell is listed
 * in one CliInputError as `line N (id "x"): field: message`. Type and range checks are left to the library.
 */
export function recordsFromCsv(file: string, table: CsvTable, set: ColumnSet): Record<string, unknown>[] {
  const fields = mapHeader(file, table.header, set);
  const problems: string[] = [];
  const records = table.rows.map((row, r) => {
    const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const where = (): string => {
      const id = row[fields.indexOf("id")];
      return `line ${table.lines[r]}${id ? ` (id ${JSON.stringify(id.slice(0, 80))})` : ""}`;
    };
    row.forEach((cell, c) => {
      const field = fields[c];
      const value = cell.trim();
      if (value === "") return;
      const kind = set.columns[field] ?? "text";
      if (kind === "list") {
        setPath(record, field, value.split(";").map((s) => s.trim()).filter((s) => s !== ""));
      } else if (kind === "number") {
        if (isPlainDecimal(value)) setPath(record, field, Number(value));
        else problems.push(`${where()}: ${field}: expected a number, got ${JSON.stringify(cell.slice(0, 80))}`);
      } else setPath(record, field, value);
    });
    return { ...record };
  });
  if (problems.length > 0) throw new CliInputError(file, problems);
  return records;
}
