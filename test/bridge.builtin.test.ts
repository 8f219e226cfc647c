import { describe, expect, it } from "vitest";
import { Matcher } from "../src/match/matcher.js";
import { expandQuery } from "../src/bridge/expandQuery.js";
import { BUILTIN_LEXICON, withBuiltinLexicon } from "../src/bridge/builtin/builtinLexicon.js";
import { DictionarySource, initialsMatch, type BridgeDictionary } from "../src/bridge/dictionary/dictionarySource.js";
import { zhEnDictionary } from "../src/bridge/dictionary/zhEn.js";
import { LexiconIndex } from "../src/bridge/lexiconIndex.js";
import { describeBridge } from "../src/bridge/describeBridge.js";
import { analyze } from "../src/text/analyzer.js";
import type { BridgeSource } from "../src/bridge/bridgeTypes.js";
import { ValidationError } from "../src/errors/errors.js";
import type { Lexicon } from "../src/bridge/lexicon.js";

const builtin = new LexiconIndex(BUILTIN_LEXICON, analyze);
const bridgedTerms = (text: string, index = builtin): Set<string> => {
  const expanded = expandQuery(analyze(text), { lexicon: index, text });
  return new Set(expanded.terms.filter((t) => t.source !== "query").map((t) => t.term));
};

describe("built-in acronyms", () => {
  it.each([
    ["SiC", ["silicon", "carbide", "碳化硅"]],
    ["GaN", ["gallium", "nitride", "氮化", "化镓"]],
    ["ADC", ["analog-to-digital", "converter", "模数"]],
    ["RFID", ["射频", "识别"]],
    ["LFP", ["磷酸", "lithium", "iron", "phosphate"]],
    ["PV", ["光伏", "photovoltaic"]],
  ])("%s bridges to its name in English and Chinese", (acronym, expected) => {
    const terms = bridgedTerms(`${acronym} modules`);
    // Expected words go through the same analyzer (lemmas or stems, whichever is the default).
    for (const t of expected.map((w) => analyze(w)[0])) expect(terms).toContain(t);
  });

  it("names bridge back to the acronym, in both languages", () => {
    expect(bridgedTerms("碳化硅功率器件")).toContain("sic");
    expect(bridgedTerms("silicon carbide wafers")).toContain("sic");
    expect(bridgedTerms("gallium nitride transistors")).toContain("化镓");
  });

  it("derives acronym pairs only where the letters are the name's initials", () => {
    expect(initialsMatch("ADC", "analog-to-digital converter")).toBe(true);
    expect(initialsMatch("RFID", "radio-frequency identification")).toBe(false);
    expect(initialsMatch("ACG", "pool")).toBe(false);
    expect(initialsMatch("AGI", "artificial general intelligence")).toBe(true);
  });
});

describe("built-in business <-> lab lexicon", () => {
  // Demands worded unlike any sample or bench text: each must reach a lab term of its problem.
  it.each([
    ["The handheld scanner gets too hot to hold after an hour", ["dissipation", "thermal"]],
    ["Conveyor rollers wear out too fast in the quarry", ["abrasion", "tribology"]],
    ["Our gates rust within a year near the sea", ["anticorrosion", "corrosion"]],
    ["Customers say the blender is too noisy", ["acoustic", "noise"]],
    ["The drone frame is too heavy", ["lightweight", "lightweighting"]],
    ["Freezer plant has a huge electricity bill", ["energy", "efficiency"]],
    ["Bakery bread goes stale and spoils in two days", ["preservation", "shelf"]],
    ["Kiln exhaust fails emission limits", ["denitrification", "desulfurisation"]],
    ["The packing line breaks down without warning", ["predictive", "maintenance"]],
  ])("%s", (demand, anyOf) => {
    const terms = bridgedTerms(demand);
    expect(anyOf.flatMap((w) => analyze(w)).some((t) => terms.has(t))).toBe(true);
  });

  it.each([
    ["平板电脑玩久了发烫", "散热"],
    ["仓库货架生锈", "防腐"],
    ["冷库电费太高", "节能"],
    ["包装线经常停机", "预测"],
    ["廠房噪音太大", "降噪"],
  ])("Chinese business wording %s reaches lab term %s", (demand, target) => {
    expect([...bridgedTerms(demand)].some((t) => t.includes(target.slice(0, 2)))).toBe(true);
  });

  it("does not read false concepts into ordinary phrases", () => {
    expect(bridgedTerms("需要降低温度")).not.toContain("low-temperature");
    expect(bridgedTerms("减肥药")).toEqual(new Set());
    expect(bridgedTerms("weight loss diet")).not.toContain(analyze("lightweight")[0]);
  });
});

describe("dictionary bridge (Pirkola slots)", () => {
  const tiny: BridgeDictionary = {
    name: "tiny",
    words: "碳化硅\tsilicon carbide|carborundum\n材料\tmaterial|data|stuff\n电池\tbattery",
    attribution: "test",
  };
  const source = new DictionarySource(tiny, analyze);

  it("translates Chinese words and explains each translation", () => {
    const expanded = expandQuery(analyze("碳化硅材料"), { text: "碳化硅材料", sources: [source] });
    const silicon = expanded.terms.find((t) => t.term === analyze("silicon")[0])!;
    expect(silicon.source).toBe("dictionary");
    expect(describeBridge(silicon)).toMatch(/^"碳化硅" -> "silicon carbide" \(dictionary, 0\.\d\d\)$/);
  });

  it("all translations of one word share one slot, so an ambiguous word cannot flood the query", () => {
    const candidates = source.expand({ terms: analyze("材料 电池"), text: "材料 电池" });
    const sum = (from: string) => candidates.filter((c) => c.fromText === from).reduce((s, c) => s + c.strength, 0);
    expect(sum("材料")).toBeCloseTo(1, 9);
    expect(sum("电池")).toBeCloseTo(1, 9);
    expect(Math.max(...candidates.filter((c) => c.fromText === "材料").map((c) => c.strength))).toBeCloseTo(1 / 3, 9);
  });

  it("translated terms weigh less than the user's words", () => {
    const expanded = expandQuery(analyze("电池 battery"), { text: "电池", sources: [source] });
    for (const t of expanded.terms) if (t.source === "dictionary") expect(t.weight).toBeLessThan(1);
  });

  it("translates English phrases into Chinese words, longest phrase first", () => {
    const terms = source.expand({ terms: analyze("silicon carbide battery"), text: "silicon carbide battery" }).map((c) => c.term);
    expect(terms).toContain("碳化硅");
    expect(terms).toContain("电池");
  });

  it("the shipped CC-CEDICT data bridges both ways and carries its attribution", () => {
    const zhEn = new DictionarySource(zhEnDictionary, analyze);
    expect(zhEn.attribution).toMatch(/CC-CEDICT.*CC BY-SA 4\.0/);
    const en = zhEn.expand({ terms: analyze("大米镉超标"), text: "大米镉超标" }).map((c) => c.term);
    expect(en).toContain(analyze("cadmium")[0]);
    const zh = zhEn.expand({ terms: analyze("heat pump"), text: "heat pump" }).map((c) => c.term);
    expect(zh).toContain("热泵");
  });
});

describe("built-in bridges in the Matcher", () => {
  const results = [
    { id: "r1", title: "碳化硅功率模块", summary: "用于电驱逆变器的碳化硅器件封装。" },
    { id: "r2", title: "Vapor chamber for heat dissipation", summary: "Thin heat spreader for handheld devices." },
  ];
  const demand = { id: "d", title: "SiC modules wanted", description: "We need SiC for inverters." };

  it("are on by default and off with builtin: false", () => {
    const on = new Matcher();
    on.addResults(results);
    expect(on.matchDemand(demand).map((m) => m.id)).toEqual(["r1"]);
    const off = new Matcher({ bridges: { builtin: false } });
    off.addResults(results);
    expect(off.matchDemand(demand)).toEqual([]);
  });

  it("a user lexicon wins over the built-in one: same id replaces, same expression moves", () => {
    const user: Lexicon = {
      version: 1,
      concepts: [
        { id: "noise", expressions: [{ text: "too noisy" }, { text: "vibration welding" }] },
        { id: "my-acronyms", expressions: [{ text: "SiC" }, { text: "silicon integrated circuit" }] },
      ],
    };
    const merged = withBuiltinLexicon(user);
    expect(merged.concepts.filter((c) => c.id === "noise")).toEqual([user.concepts[0]]);
    expect(merged.concepts.find((c) => c.id === "acronym:SiC")?.expressions.map((e) => e.text)).not.toContain("SiC");
    const index = new LexiconIndex(merged, analyze);
    const terms = bridgedTerms("too noisy SiC", index);
    expect(terms).toContain(analyze("circuit")[0]);
    expect(terms).not.toContain("碳化硅");
    expect(terms).not.toContain("acoustic");
  });

  it("checks the new bridge options, naming the path", () => {
    const paths = (f: () => unknown): string[] => {
      try {
        f();
      } catch (e) {
        if (e instanceof ValidationError) return e.problems.map((p) => p.path);
        throw e;
      }
      return [];
    };
    expect(paths(() => new Matcher({ bridges: { builtin: "yes" as unknown as boolean } }))).toEqual(["bridges.builtin"]);
    expect(paths(() => new Matcher({ bridges: { dictionary: {} as BridgeDictionary } }))).toEqual(["bridges.dictionary"]);
    expect(paths(() => new Matcher({ bridges: { sources: [{ name: "x" } as unknown as BridgeSource] } }))).toEqual(["bridges.sources[0]"]);
  });

  it("a custom BridgeSource is one object: it adds terms and writes their explanation", () => {
    const synonyms: BridgeSource = {
      name: "synonyms",
      weight: 0.5,
      expand: (q) => (/inverter/i.test(q.text) ? analyze("逆变器").map((term) => ({ term, strength: 1, from: ["inverter"] })) : []),
      describe: (t) => `inverter ~ ${t.term} (synonyms)`,
    };
    const m = new Matcher({ bridges: { builtin: false, sources: [synonyms] } });
    m.addResults(results);
    const [top] = m.matchDemand({ id: "q", title: "inverter", description: "inverter" });
    expect(top.id).toBe("r1");
    // Whatever pieces the Chinese analysis cuts 逆变器 into, the top term comes from the source, explained by it.
    expect(top.explanation.terms[0].bridge).toMatch(/^inverter ~ (逆变器|逆变|变器|器) \(synonyms\)$/);
  });
});
