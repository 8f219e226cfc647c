/** Edit distance (insert, delete, substitute, swap of neighbours), capped: only short words are compared. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/**
 * The known word closest to `word` (case-insensitive), when it is close enough to be a typo:
 * at most 1 edit for words up to 4 letters, 2 up to 8, 3 beyond. Undefined otherwise.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  if (word.length > 64) return undefined; // no typo is that long; keeps the cost bounded
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(w, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  const allowed = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
  return bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(word: string, known: readonly string[], quote = true): string {
  const hit = closest(word, known);
  if (hit === undefined) return "";
  return quote ? ` (did you mean "${hit}"?)` : ` (did you mean ${hit}?)`;
}
