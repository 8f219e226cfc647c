/**
 * The English side of a bilingual word list: every sense, as plain lower-case words with plural endings
 * removed, pointing back to the Chinese words it translates. The build (scripts/build-zh-en.mjs) writes it
 * with this same function, so the shipped index and the query side cannot disagree; a dictionary without
 * one gets it built on first use.
 */

/** Longest English phrase (in words) that is looked up. */
export const MAX_ENGLISH_WORDS = 3;
/** Words that start no translation: function words and the verbs of every request ("we need ..."). */
export const ENGLISH_SKIP: ReadonlySet<string> = new Set("a an the of to and or in on at for with by from as is are be was were we our us you your it its this that these those need needs want wants looking seek seeking require requires can could would should will not no".split(" "));
const ENGLISH_WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
const SIMPLE_WORD = /^[a-z]+$/;

/** Lower-case words of English text with plural endings removed (batteries -> battery, cells -> cell). */
export function englishWords(text: string): string[] {
  const words = text.normalize("NFKC").toLowerCase().match(ENGLISH_WORD) ?? [];
  return words.map(singular);
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) return w.slice(0, -1);
  return w;
}

/**
 * The key a sense is found under: its words joined by one space; empty when it has none, too many, or starts
 * with a word no lookup starts at (ENGLISH_SKIP: "a burden", "to cool"), since no query could reach it.
 */
export function englishKey(sense: string): string {
  const words = SIMPLE_WORD.test(sense) ? [singular(sense)] : englishWords(sense);
  return words.length === 0 || words.length > MAX_ENGLISH_WORDS || ENGLISH_SKIP.has(words[0]) ? "" : words.join(" ");
}

/**
 * The English index of a word list `word<TAB>sense|sense` (lines sorted by word): lines `phrase<TAB>refs`,
 * sorted by phrase, where refs are the line numbers (base 36, comma-separated) of the Chinese words with that
 * sense, shorter words first (they are the common renderings: 电池 before 蓄电池组), then in list order.
 */
export function buildEnglishIndex(words: string): string {
  const byPhrase = new Map<string, number[]>();
  let line = 0;
  for (const row of words.split("\n")) {
    if (row === "") continue;
    const tab = row.indexOf("\t");
    if (tab > 0) {
      for (const sense of row.slice(tab + 1).split("|")) {
        const key = englishKey(sense);
        if (key === "") continue;
        const refs = byPhrase.get(key);
        if (!refs) byPhrase.set(key, [line]);
        else if (refs[refs.length - 1] !== line) refs.push(line);
      }
    }
    line++;
  }
  const lengths = words.split("\n").filter((row) => row !== "").map((row) => Math.max(0, row.indexOf("\t")));
  const out: string[] = [];
  for (const [key, refs] of byPhrase) {
    refs.sort((a, b) => lengths[a] - lengths[b] || a - b);
    out.push(`${key}\t${refs.map((r) => r.toString(36)).join(",")}`);
  }
  return out.sort().join("\n");
}
