import { BoundedCache } from "../../text/boundedCache.js";
import type { BridgeCandidate, BridgedTerm, BridgeQuery, BridgeSource, TermAnalyzer } from "../bridgeTypes.js";
import { findHanPhrases, normalizeForPhrases, type TextFold } from "../hanPhrases.js";
import { LexiconIndex } from "../lexiconIndex.js";
import type { LexiconConcept } from "../lexicon.js";
import { buildEnglishIndex, EnglishIndex, ENGLISH_SKIP, englishWords, MAX_ENGLISH_WORDS, type EnglishIndexData } from "./englishIndex.js";
import { SortedLines } from "./sortedLines.js";

/**
 * A bilingual word list in the compact form the build writes (see scripts/build-zh-en.mjs): one line per
 * Chinese word, `word<TAB>sense|sense`, sorted by word (an unsorted list is sorted on first use); optionally
 * its English index (`buildEnglishIndex`; built on first use when absent) and acronyms,
 * `ACRONYM<TAB>english<TAB>chinese`. Words are compared with the query after script folding, so write them in
 * Simplified script when the analyzer folds.
 */
export interface BridgeDictionary {
  /** Stable name; a Matcher snapshot records it to say which dictionary it was made with. */
  readonly name: string;
  readonly words: string;
  /** English phrase -> Chinese words, as `buildEnglishIndex(words)` writes it. */
  readonly english?: EnglishIndexData;
  readonly acronyms?: string;
  /** Licence and attribution of the data, shown by `describe` users and shipped with it. */
  readonly attribution: string;
}

/** Options of a dictionary bridge. */
export interface DictionarySourceOptions {
  /** Weight in [0, 1) of one source word's translations together (one Pirkola slot); default 0.5. */
  readonly weight?: number;
  /** Most translations used per source word, in dictionary order; default 3. */
  readonly maxTranslations?: number;
  /** Script fold for Chinese text (Traditional -> Simplified); default none. */
  readonly fold?: TextFold;
}

interface Translation {
  readonly text: string;
  readonly terms: readonly string[];
}

/** The searchable form of a dictionary, built once per dictionary object and shared by every source using it. */
interface LoadedDictionary {
  readonly zh: SortedLines;
  english?: EnglishIndex;
}
const loaded = new WeakMap<BridgeDictionary, LoadedDictionary>();

function load(dictionary: BridgeDictionary): LoadedDictionary {
  let entry = loaded.get(dictionary);
  if (!entry) loaded.set(dictionary, (entry = { zh: new SortedLines(dictionary.words) }));
  return entry;
}

/** The English index of a dictionary: the shipped one, or one built from its words (a hand-made dictionary). */
function englishOf(dictionary: BridgeDictionary): EnglishIndex {
  const entry = load(dictionary);
  // The shipped index counts lines of the list as given, so it is used only when the list needed no sorting.
  const shipped = dictionary.english !== undefined && entry.zh.text === dictionary.words ? dictionary.english : undefined;
  entry.english ??= new EnglishIndex(entry.zh.text, shipped ?? buildEnglishIndex(entry.zh.text));
  return entry.english;
}

/**
 * Dictionary-based cross-language bridge (Chinese <-> English), with Pirkola's structured queries (1998):
 * all translations of one source word share one slot of weight, so an ambiguous word with many senses
 * cannot flood the query, and a translated term always weighs less than a word the user wrote.
 * Chinese words are found in the query text by forward maximum matching on word boundaries; English
 * words and phrases (up to three words) by the longest phrase of the English index at each word.
 * Loading is one pass over each list for an offset table (see sortedLines.ts), done once per dictionary
 * object; the English index and the acronyms are loaded at the first query that needs them.
 */
export class DictionarySource implements BridgeSource {
  readonly name = "dictionary";
  readonly weight: number;
  private readonly maxTranslations: number;
  private readonly fold?: TextFold;
  private acronymIndex?: LexiconIndex;
  /** Analysed terms of translations, by text; bounded, since a long-running server meets many words. */
  private readonly analysed = new BoundedCache<readonly string[]>(20_000);

  constructor(private readonly dictionary: BridgeDictionary, private readonly analyzer: TermAnalyzer, options: DictionarySourceOptions = {}) {
    this.weight = options.weight ?? 0.5;
    this.maxTranslations = options.maxTranslations ?? 3;
    this.fold = options.fold;
  }

  /** Attribution of the dictionary data (CC-CEDICT: CC BY-SA 4.0). */
  get attribution(): string {
    return this.dictionary.attribution;
  }

  expand(query: BridgeQuery): BridgeCandidate[] {
    const out: BridgeCandidate[] = [];
    const zh = load(this.dictionary).zh;
    // Chinese -> English: each dictionary word found in the text is one slot.
    const seen = new Set<string>();
    for (const hit of findHanPhrases(normalizeForPhrases(query.text, this.fold), zh, zh.maxKeyLength, true)) {
      if (seen.has(hit.phrase)) continue;
      seen.add(hit.phrase);
      const senses = zh.valueOf(zh.find(hit.phrase)).split("|").slice(0, this.maxTranslations);
      this.slot(out, hit.phrase, this.terms(hit.phrase), senses.map((s) => this.translation(s)));
    }
    // English -> Chinese: the longest indexed phrase at each position of the text's words is one slot.
    const words = englishWords(query.text);
    if (words.length > 0) {
      const english = englishOf(this.dictionary);
      const list = zh.text;
      for (let i = 0; i < words.length; ) {
        let length = 0;
        let key = "";
        let found: number[] = [];
        if (!ENGLISH_SKIP.has(words[i])) {
          for (length = Math.min(MAX_ENGLISH_WORDS, words.length - i); length > 0; length--) {
            key = length === 1 ? words[i] : words.slice(i, i + length).join(" ");
            found = english.lookup(key);
            if (found.length > 0) break;
          }
        }
        if (found.length === 0) {
          i += 1;
          continue;
        }
        if (!seen.has(key)) {
          seen.add(key);
          const chinese = found.slice(0, this.maxTranslations).map((start) => list.slice(start, list.indexOf("\t", start)));
          this.slot(out, key, this.terms(key), chinese.map((w) => this.translation(w)));
        }
        i += length;
      }
    }
    // Acronyms the dictionary names (ADC -> analog-to-digital converter -> 模数转换器).
    for (const hit of this.acronyms().lookup(query.terms, query.text)) {
      for (const t of hit.targets) out.push({ term: t.term, strength: t.weight / hit.targets.length, from: hit.matchedTerms, fromText: hit.matchedText, toText: t.text });
    }
    return out;
  }

  describe(term: BridgedTerm): string {
    return `"${term.fromText ?? term.from.join(" ")}" -> "${term.toText ?? term.term}" (${this.name}, ${term.weight.toFixed(2)})`;
  }

  /** One Pirkola slot: the translations share strength 1, each translation's terms share its part. */
  private slot(out: BridgeCandidate[], fromText: string, from: readonly string[], translations: readonly Translation[]): void {
    const usable = translations.filter((t) => t.terms.length > 0);
    for (const t of usable) {
      for (const term of t.terms) out.push({ term, strength: 1 / (usable.length * t.terms.length), from, fromText, toText: t.text });
    }
  }

  private translation(text: string): Translation {
    return { text, terms: this.terms(text) };
  }

  private terms(text: string): readonly string[] {
    let terms = this.analysed.get(text);
    if (!terms) {
      terms = [...new Set(this.analyzer(text))];
      this.analysed.set(text, terms);
    }
    return terms;
  }

  private acronyms(): LexiconIndex {
    if (!this.acronymIndex) {
      const concepts: LexiconConcept[] = [];
      for (const line of (this.dictionary.acronyms ?? "").split("\n")) {
        const [acronym, english, chinese] = line.split("\t");
        if (!acronym || !english || !chinese || !initialsMatch(acronym, english)) continue;
        concepts.push({ id: acronym, label: english, expressions: [{ text: acronym }, { text: english }, { text: chinese }] });
      }
      this.acronymIndex = new LexiconIndex({ version: 1, concepts }, this.analyzer, { fold: this.fold });
    }
    return this.acronymIndex;
  }
}

const LINK_WORDS = new Set(["to", "of", "and", "for", "the", "in", "on", "a"]);

/** ADC = analog-to-digital converter: the acronym's letters are the initials of the name (link words optional). */
export function initialsMatch(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, "");
  const words = name.toLowerCase().split(/[\s\-\u2010/]+/).filter((w) => w !== "");
  const all = words.map((w) => w[0]).join("");
  const content = words.filter((w) => !LINK_WORDS.has(w)).map((w) => w[0]).join("");
  return letters.length >= 2 && (letters === all || letters === content);
}
