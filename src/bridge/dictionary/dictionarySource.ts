import type { BridgeCandidate, BridgedTerm, BridgeQuery, BridgeSource, TermAnalyzer } from "../bridgeTypes.js";
import { findHanPhrases, normalizeForPhrases, type TextFold } from "../hanPhrases.js";
import { LexiconIndex } from "../lexiconIndex.js";
import type { LexiconConcept } from "../lexicon.js";

/**
 * A bilingual word list in the compact form the build writes (see scripts/build-zh-en.mjs): one line per
 * Chinese word, `word<TAB>sense|sense`; optionally acronyms, `ACRONYM<TAB>english<TAB>chinese`.
 */
export interface BridgeDictionary {
  readonly name: string;
  readonly words: string;
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

interface EnglishPhrase {
  readonly sequence: readonly string[];
  readonly zh: string[];
}

const MAX_ENGLISH_WORDS = 3;
const ENGLISH_WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
/** Words that start no translation: function words and the verbs of every request ("we need ..."). */
const ENGLISH_SKIP = new Set("a an the of to and or in on at for with by from as is are be was were we our us you your it its this that these those need needs want wants looking seek seeking require requires can could would should will not no".split(" "));

/** Lower-case words of English text with plural endings removed (batteries -> battery, cells -> cell). */
export function englishWords(text: string): string[] {
  const words = text.normalize("NFKC").toLowerCase().match(ENGLISH_WORD) ?? [];
  return words.map(singular);
}

const SIMPLE_WORD = /^[a-z]+$/;

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) return w.slice(0, -1);
  return w;
}

/**
 * Dictionary-based cross-language bridge (Chinese <-> English), with Pirkola's structured queries (1998):
 * all translations of one source word share one slot of weight, so an ambiguous word with many senses
 * cannot flood the query, and a translated term always weighs less than a word the user wrote.
 * Chinese words are found in the query text by forward maximum matching on word boundaries; English
 * words and phrases (up to three words) by the longest run of analysed terms.
 */
export class DictionarySource implements BridgeSource {
  readonly name = "dictionary";
  readonly weight: number;
  private readonly maxTranslations: number;
  private readonly fold?: TextFold;
  private zh?: Map<string, string>;
  private maxZhLength = 0;
  private english?: Map<string, EnglishPhrase[]>;
  private acronymIndex?: LexiconIndex;
  private readonly analysed = new Map<string, readonly string[]>();

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
    const zh = this.zhWords();
    // Chinese -> English: each dictionary word found in the text is one slot.
    const seen = new Set<string>();
    for (const hit of findHanPhrases(normalizeForPhrases(query.text, this.fold), zh, this.maxZhLength, true)) {
      if (seen.has(hit.phrase)) continue;
      seen.add(hit.phrase);
      const senses = zh.get(hit.phrase)!.split("|").slice(0, this.maxTranslations).map((s) => this.translation(s));
      this.slot(out, hit.phrase, this.terms(hit.phrase), senses);
    }
    // English -> Chinese: the longest dictionary phrase at each position of the text's words is one slot.
    const english = this.englishPhrases();
    const words = englishWords(query.text);
    for (let i = 0; i < words.length; ) {
      let best: EnglishPhrase | undefined;
      if (!ENGLISH_SKIP.has(words[i])) {
        for (const p of english.get(words[i]) ?? []) {
          if (p.sequence.length > (best?.sequence.length ?? 0) && runsAt(words, i, p.sequence)) best = p;
        }
      }
      if (!best) {
        i += 1;
        continue;
      }
      const key = best.sequence.join(" ");
      if (!seen.has(key)) {
        seen.add(key);
        this.slot(out, key, this.terms(key), best.zh.slice(0, this.maxTranslations).map((w) => this.translation(w)));
      }
      i += best.sequence.length;
    }
    const terms = query.terms;
    // Acronyms the dictionary names (ADC -> analog-to-digital converter -> 模数转换器).
    for (const hit of this.acronyms().lookup(terms, query.text)) {
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

  /** Chinese word -> its senses joined by "|" (split on use: most words are never looked up). */
  private zhWords(): Map<string, string> {
    if (!this.zh) {
      this.zh = new Map();
      const fold = this.fold;
      const words = this.dictionary.words;
      for (let start = 0; start < words.length; ) {
        let end = words.indexOf("\n", start);
        if (end < 0) end = words.length;
        const tab = words.indexOf("\t", start);
        if (tab > start && tab < end) {
          const word = fold ? normalizeForPhrases(words.slice(start, tab), fold) : words.slice(start, tab);
          this.zh.set(word, words.slice(tab + 1, end));
          if (word.length > this.maxZhLength) this.maxZhLength = word.length;
        }
        start = end + 1;
      }
    }
    return this.zh;
  }

  /**
   * English senses -> Chinese words, built on first use. Senses and query text are compared as plain
   * lower-case words with plural endings removed, not through the analyzer: analysing 100k senses up
   * front would cost seconds, while this costs tens of milliseconds.
   */
  private englishPhrases(): Map<string, EnglishPhrase[]> {
    if (!this.english) {
      const byText = new Map<string, EnglishPhrase>();
      for (const [word, senses] of this.zhWords()) {
        for (const sense of senses.split("|")) {
          const sequence = SIMPLE_WORD.test(sense) ? [singular(sense)] : englishWords(sense);
          if (sequence.length === 0 || sequence.length > MAX_ENGLISH_WORDS) continue;
          const key = sequence.join(" ");
          let phrase = byText.get(key);
          if (!phrase) byText.set(key, (phrase = { sequence, zh: [] }));
          phrase.zh.push(word);
        }
      }
      this.english = new Map();
      for (const phrase of byText.values()) {
        // Shorter Chinese words first: they are the common renderings (电池 before 蓄电池组).
        phrase.zh.sort((a, b) => a.length - b.length);
        const list = this.english.get(phrase.sequence[0]);
        if (list) list.push(phrase);
        else this.english.set(phrase.sequence[0], [phrase]);
      }
    }
    return this.english;
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

/** True when `at` starts a copy of `needle` in `haystack`. */
function runsAt(haystack: readonly string[], at: number, needle: readonly string[]): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let j = 0; j < needle.length; j++) if (haystack[at + j] !== needle[j]) return false;
  return true;
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
