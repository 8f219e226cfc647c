// A slow, plain BM25F scorer written straight from the formula, used as the oracle in tests.

export interface RefField {
  name: string;
  weight: number;
  b: number;
}

export interface RefDoc {
  id: string;
  fields: Record<string, string[]>;
}

export function referenceSearch(
  docs: RefDoc[],
  fields: RefField[],
  k1: number,
  query: { term: string; weight: number }[],
  k: number,
  /** Collection statistics when `docs` is only the part of a corpus that holds the query terms (df stays exact). */
  corpus?: { docCount: number; averageLengths: Record<string, number> },
): { id: string; score: number }[] {
  const N = corpus?.docCount ?? docs.length;
  if (docs.length === 0) return [];
  const avg = new Map<string, number>();
  for (const f of fields) avg.set(f.name, corpus?.averageLengths[f.name] ?? docs.reduce((a, d) => a + (d.fields[f.name]?.length ?? 0), 0) / N);
  const merged = new Map<string, number>();
  for (const q of query) merged.set(q.term, (merged.get(q.term) ?? 0) + q.weight);
  const scored: { id: string; score: number }[] = [];
  for (const d of docs) {
    let score = 0;
    let matched = false;
    for (const [term, qw] of merged) {
      const df = docs.filter((x) => fields.some((f) => (x.fields[f.name] ?? []).includes(term))).length;
      if (df === 0 || qw === 0) continue;
      let tilde = 0;
      for (const f of fields) {
        const toks = d.fields[f.name] ?? [];
        const tf = toks.filter((t) => t === term).length;
        const a = avg.get(f.name)!;
        const norm = a > 0 ? 1 - f.b + (f.b * toks.length) / a : 1;
        tilde += (f.weight * tf) / norm;
      }
      if (tilde === 0) continue;
      matched = true;
      const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
      score += qw * idf * ((k1 + 1) * tilde) / (k1 + tilde);
    }
    if (matched) scored.push({ id: d.id, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, k);
}
