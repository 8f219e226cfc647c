// Builds CSV exports like a tech-transfer office's CRM would produce, from the sample data, so that no big
// fixture file is committed. Some titles carry what breaks naive CSV and terminals: commas, quotes, line
// breaks, Chinese, ANSI escapes.
import { readFileSync } from "node:fs";
import { csvLine } from "../../cli/output/csvText.js";

interface SampleResult {
  id: string; title: string; summary: string; keywords?: string[]; disciplines?: string[]; trl?: number; institution?: string;
  region?: string; language?: string;
}
interface SampleDemand {
  id: string; title: string; description: string; industry?: string[]; minTrl?: number;
  budget?: { amount: number; currency: string }; company?: string; language?: string;
}

/** Titles that CSV writers and terminals get wrong. */
export const TRICKY_TITLES = [
  'Coating, "graphene" based',
  "Two-line\ntitle with, comma",
  "石墨烯涂层，快速散热",
  "\u001b[31mRed alert\u001b[0m title",
];

/** A CSV of `count` results built from the sample results (ids r0001...), the first few with tricky titles. */
export function resultsCsv(count: number): string {
  const sample = JSON.parse(readFileSync("examples/data/results.json", "utf8")) as SampleResult[];
  let csv = csvLine(["id", "title", "summary", "keywords", "disciplines", "trl", "institution", "region", "language"]);
  for (let i = 0; i < count; i++) {
    const s = sample[i % sample.length];
    const title = i < TRICKY_TITLES.length ? TRICKY_TITLES[i] : `${s.title}${i >= sample.length ? ` (batch ${Math.floor(i / sample.length)})` : ""}`;
    csv += csvLine([
      `r${String(i + 1).padStart(4, "0")}`, title, s.summary, (s.keywords ?? []).join("; "), (s.disciplines ?? []).join(";"), s.trl,
      s.institution, s.region, s.language,
    ]);
  }
  return csv;
}

/** A CSV of the sample demands with budget columns, plus demands written to hit the tricky results. */
export function demandsCsv(): string {
  const sample = JSON.parse(readFileSync("examples/data/demands.json", "utf8")) as SampleDemand[];
  let csv = csvLine(["id", "title", "description", "industry", "minTrl", "budget.amount", "budget.currency", "company", "language"]);
  for (const d of sample) {
    csv += csvLine([d.id, d.title, d.description, (d.industry ?? []).join(";"), d.minTrl, d.budget?.amount, d.budget?.currency, d.company, d.language]);
  }
  csv += csvLine(["x-zh", "散热涂层", "需要石墨烯散热涂层", "", "", "", "", "深圳某公司", "zh"]);
  csv += csvLine(["x-red", 'Red "alert",\nplease', 'Need a "red alert" title match', "", "", "", "", "", "en"]);
  return csv;
}
