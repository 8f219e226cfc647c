// The translator in the box: the Matcher of the main entry (`techbroker`) bridges Chinese and English through
// the CC-CEDICT dictionary with no options; the core (`techbroker/core`) has the same API without the data.
import { describe, expect, it } from "vitest";
import { Matcher, SnapshotError, zhEnDictionary, explain, type Lexicon } from "../src/indexWithDictionary.js";
import { Matcher as CoreMatcher } from "../src/index.js";
import { LexiconIndex } from "../src/bridge/lexiconIndex.js";
import { SortedLines } from "../src/bridge/dictionary/sortedLines.js";
import { buildEnglishIndex, englishKey, EnglishIndex } from "../src/bridge/dictionary/englishIndex.js";
import { ZH_EN_ENGLISH_KEYS, ZH_EN_ENGLISH_SENSES, ZH_EN_WORDS } from "../src/bridge/dictionary/zhEnData.js";
import { DictionarySource } from "../src/bridge/dictionary/dictionarySource.js";
import { bridgeFoldOf } from "../src/match/bridgeSettings.js";
import { analyze, defaultAnalyzer } from "../src/text/analyzer.js";
import { problemPaths } from "./support/problemPaths.js";

// Words outside the built-in lexicon and acronyms, so that only the dictionary can bridge them.
const results = [
  { id: "honey", title: "Beekeeping and honey quality", summary: "Hive health and residue testing." },
  { id: "tea", title: "茶叶种植", summary: "茶园的病虫害防治。" },
  { id: "other", title: "Graphene ink", summary: "Printed electronics." },
];
const zhDemand = { id: "d1", title: "蜂蜜质量", description: "我们的蜂蜜需要检测。" };
const enDemand = { id: "d2", title: "Growing tea", description: "We grow tea and need help." };

function matcher(options?: ConstructorParameters<typeof Matcher>[0], Class: typeof CoreMatcher = Matcher): CoreMatcher {
  const m = new Class(options);
  m.addResults(results);
  return m;
}

describe("the main entry's Matcher bridges Chinese and English by default", () => {
  it("a Chinese demand finds an English result and the reverse, with no options", () => {
    const m = matcher();
    expect(m.matchDemand(zhDemand, { k: 3 }).map((x) => x.id)).toEqual(["honey"]);
    expect(m.matchDemand(enDemand, { k: 3 }).map((x) => x.id)).toEqual(["tea"]);
  });

  it("explains each translation as the dictionary's", () => {
    const [top] = matcher().matchDemand(zhDemand, { k: 1 });
    const bridges = top.explanation.terms.map((t) => t.bridge).filter((b): b is string => b !== undefined);
    expect(bridges.some((b) => /^"蜂蜜" -> "honey" \(dictionary, 0\.\d\d\)$/.test(b))).toBe(true);
    expect(explain(top)).toContain('"蜂蜜" -> "honey" (dictionary');
  });

  it("a translated term brings less than the same word written by the user", () => {
    const own = matcher().matchDemand({ id: "own", title: "茶叶", description: "茶叶" }, { k: 1 })[0];
    const bridged = matcher().matchDemand({ id: "bridged", title: "tea", description: "tea" }, { k: 1 })[0];
    expect(bridged.explanation.terms.find((t) => t.term === "茶叶")?.source).toBe("dictionary");
    expect(bridged.score).toBeLessThan(own.score);
  });

  it("dictionary: false leaves the dictionary out, builtin: false is plain BM25F", () => {
    expect(matcher({ bridges: { dictionary: false } }).matchDemand(zhDemand)).toEqual([]);
    expect(matcher({ bridges: { builtin: false } }).matchDemand(zhDemand)).toEqual([]);
    // An explicit dictionary is used even without the other built-ins.
    expect(matcher({ bridges: { builtin: false, dictionary: zhEnDictionary } }).matchDemand(zhDemand, { k: 1 }).map((x) => x.id)).toEqual(["honey"]);
    expect(problemPaths(() => new Matcher({ bridges: { dictionary: true as unknown as false } }))).toEqual(["bridges.dictionary"]);
  });

  it("the core Matcher has no dictionary unless given one", () => {
    expect(CoreMatcher.defaultDictionary).toBeUndefined();
    expect(Matcher.defaultDictionary).toBe(zhEnDictionary);
    expect(matcher({}, CoreMatcher).matchDemand(zhDemand)).toEqual([]);
    expect(matcher({ bridges: { dictionary: zhEnDictionary } }, CoreMatcher).matchDemand(zhDemand, { k: 1 }).map((x) => x.id)).toEqual(["honey"]);
  });
});

describe("snapshots record the dictionary by name", () => {
  const answers = (m: CoreMatcher): string => JSON.stringify([m.matchDemand(zhDemand), m.matchDemand(enDemand)]);

  it("load identically, as the class they are loaded with, without the data in the bytes", () => {
    const m = matcher();
    const bytes = m.toSnapshot();
    expect(bytes.length).toBeLessThan(20_000);
    const loaded = Matcher.fromSnapshot(bytes);
    expect(loaded).toBeInstanceOf(Matcher);
    expect(answers(loaded)).toBe(answers(m));
    expect(loaded.toSnapshot()).toEqual(bytes);
  });

  it("the core refuses a snapshot made with the dictionary unless it is given, then loads it identically", () => {
    const m = matcher();
    const bytes = m.toSnapshot();
    expect(() => CoreMatcher.fromSnapshot(bytes)).toThrow(SnapshotError);
    try {
      CoreMatcher.fromSnapshot(bytes);
    } catch (error) {
      expect((error as SnapshotError).mismatch).toBe("dictionary");
      expect((error as SnapshotError).code).toBe("DICTIONARY_MISSING");
      expect((error as Error).message).toContain("CC-CEDICT zh-en");
    }
    expect(answers(CoreMatcher.fromSnapshot(bytes, { dictionary: zhEnDictionary }))).toBe(answers(m));
  });

  it("a snapshot without the dictionary stays without it, in either class", () => {
    for (const m of [matcher({}, CoreMatcher), matcher({ bridges: { dictionary: false } })]) {
      const bytes = m.toSnapshot();
      const loaded = Matcher.fromSnapshot(bytes);
      expect(loaded.matchDemand(zhDemand)).toEqual([]);
      expect(answers(loaded)).toBe(answers(m));
    }
  });
});

describe("the dictionary is searched in place", () => {
  it("finds keys by binary search, and sorts a hand-made list once", () => {
    const lines = new SortedLines("电池\tbattery\n碳化硅\tsilicon carbide|carborundum\n\n材料\tmaterial");
    expect(lines.size).toBe(3);
    expect(lines.keyOf(0)).toBe("材料");
    expect(lines.valueOf(lines.find("碳化硅"))).toBe("silicon carbide|carborundum");
    expect(lines.find("碳化")).toBe(-1);
    expect(lines.has("电池")).toBe(true);
    expect(lines.maxKeyLength).toBe(3);
    const shipped = new SortedLines(ZH_EN_WORDS);
    expect(shipped.text).toBe(ZH_EN_WORDS); // already sorted: nothing copied
    expect(shipped.valueOf(shipped.find("热泵"))).toContain("heat pump");
  });

  it("the shipped English index is exactly what the bridge's own function builds", () => {
    expect(buildEnglishIndex(ZH_EN_WORDS)).toEqual({ senses: ZH_EN_ENGLISH_SENSES, keys: ZH_EN_ENGLISH_KEYS });
  });

  it("the English index answers every key as a plain map of all senses would, shorter Chinese words first", () => {
    const naive = new Map<string, string[]>();
    for (const row of ZH_EN_WORDS.split("\n")) {
      const [zh, senses] = row.split("\t");
      for (const sense of senses.split("|")) {
        const key = englishKey(sense);
        if (key === "") continue;
        const list = naive.get(key) ?? [];
        if (!list.includes(zh)) list.push(zh);
        naive.set(key, list);
      }
    }
    const index = new EnglishIndex(ZH_EN_WORDS, { senses: ZH_EN_ENGLISH_SENSES, keys: ZH_EN_ENGLISH_KEYS });
    const word = (start: number): string => ZH_EN_WORDS.slice(start, ZH_EN_WORDS.indexOf("\t", start));
    let checked = 0;
    for (const [key, list] of naive) {
      expect(index.lookup(key).map(word)).toEqual([...list].sort((a, b) => a.length - b.length));
      checked++;
    }
    expect(checked).toBeGreaterThan(40_000);
    expect(index.lookup("heat pump").map(word)).toContain("热泵");
    expect(index.lookup("battery").map(word)).toContain("电池");
    expect(index.lookup("no such phrase here")).toEqual([]);
  });

  it("a hand-made dictionary without an English index gets one on first use", () => {
    const source = new DictionarySource({ name: "tiny", words: "电池\tbatteries\n热泵\theat pump", attribution: "test" }, analyze);
    const terms = source.expand({ terms: analyze("battery heat pump"), text: "battery heat pump" }).map((c) => c.term);
    expect(terms).toContain("电池");
    expect(terms).toContain("热泵");
  });
});

describe("built-in lexicon compiled lazily, Traditional script folded", () => {
  it("a LexiconIndex analyses nothing until its first lookup, and validates at once", () => {
    let calls = 0;
    const counting = (text: string): string[] => {
      calls++;
      return analyze(text);
    };
    const index = new LexiconIndex({ version: 1, concepts: [{ id: "c", expressions: [{ text: "runs hot" }, { text: "heat dissipation" }] }] }, counting);
    expect(calls).toBe(0);
    expect(index.lookup(analyze("it runs hot"), "it runs hot").map((h) => h.conceptId)).toEqual(["c"]);
    expect(calls).toBe(2);
    index.lookup(analyze("runs hot"), "runs hot");
    expect(calls).toBe(2);
    expect(problemPaths(() => new LexiconIndex({ version: 1, concepts: [{ id: "c", expressions: [{ text: "one" }] }] }))).toEqual(["concepts[0].expressions"]);
  });

  it("the default analyzer's fold reaches bridges: Traditional text meets Simplified dictionary words and lexicons", () => {
    const fold = bridgeFoldOf(defaultAnalyzer());
    expect(fold?.("導電油墨")).toBe("导电油墨");
    expect(bridgeFoldOf({ name: "mine", analyze: (t) => t.split(" ") })).toBeUndefined();
    const m = matcher();
    expect(m.matchDemand({ id: "t", title: "蜂蜜質量", description: "檢測蜂蜜" }, { k: 1 }).map((x) => x.id)).toEqual(["honey"]);
    // A Traditional expression in a user lexicon matches Simplified demand text, and the reverse.
    const lexicon: Lexicon = { version: 1, concepts: [{ id: "ink", expressions: [{ text: "導電油墨" }, { text: "graphene ink" }] }] };
    const withLexicon = matcher({ bridges: { lexicon, dictionary: false } });
    expect(withLexicon.matchDemand({ id: "s", title: "导电油墨", description: "导电油墨" }, { k: 1 }).map((x) => x.id)).toEqual(["other"]);
  });
});
