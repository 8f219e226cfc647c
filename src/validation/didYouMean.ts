const fold = (s: string): string => s.toLowerCase().replace(/[_-]/g, "");

/**
 * The known name a mistyped `name` most likely meant: equal ignoring case, `_` and `-`, or a small edit
 * away (2 for names of 5+ characters, 1 for 3-4, none for shorter: "x" is not a typo of "id").
 * `hints` maps names of a neighbouring shape (`description` on a result) to the intended one.
 */
export function didYouMean(
  name: string,
  known: readonly string[],
  hints: Readonly<Record<string, string>> = {},
): string | undefined {
  if (name.length > 40) return undefined;
  const folded = fold(name);
  for (const hint of Object.keys(hints)) if (fold(hint) === folded) return hints[hint];
  const budget = folded.length >= 5 ? 2 : folded.length >= 3 ? 1 : 0;
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const k of known) {
    const d = editDistance(fold(k), folded, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** Levenshtein distance (Levenshtein 1966), two-row dynamic programme; gives up early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length];
}
