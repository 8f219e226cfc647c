import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors/errors.js";
import { analyze, analyzeWithOffsets, createAnalyzer } from "../src/text/analyzer.js";

describe("English words (rules 7-9)", () => {
  it("lower-cases, drops stop words and stems (Porter2) by default", () => {
    expect(analyze("The Batteries were Running in the studies")).toEqual(["batteri", "run", "studi"]);
    expect(analyze("retrieval retrieve automatic automatically")).toEqual(["retriev", "retriev", "automat", "automat"]);
  });
  it("lemmatises instead with stem: false", () => {
    expect(createAnalyzer({ stem: false }).analyze("The Batteries were Running in the studies")).toEqual(["battery", "run", "study"]);
  });
  it("gives the same terms for Capitalised and lower-case words", () => {
    expect(analyze("Coatings")).toEqual(analyze("coatings"));
  });
  it("drops a possessive 's and splits other apostrophes", () => {
    expect(analyze("Moore's law")).toEqual(["moor", "law"]);
    expect(analyze("Moore\u2019s law")).toEqual(["moor", "law"]);
    expect(analyze("don't")).toEqual(["don", "t"]);
  });
  it("lower-cases accented and non-Latin words without lemmatising them", () => {
    expect(analyze("Straße Καλημέρα Привет")).toEqual(["straße", "καλημέρα", "привет"]);
  });
  it("can switch stop words and lemmas off", () => {
    expect(createAnalyzer({ stopWords: false, stem: false }).analyze("the batteries")).toEqual(["the", "battery"]);
    expect(createAnalyzer({ lemmatize: false, stem: false }).analyze("the batteries")).toEqual(["batteries"]);
    expect(createAnalyzer({ stopWords: false, lemmatize: false, stem: false }).analyze("The Batteries")).toEqual(["the", "batteries"]);
  });
});

describe("technical tokens", () => {
  it("keeps short mixed-case acronyms, never stop-filtered (rule 6)", () => {
    expect(analyze("SiC")).toEqual(["sic"]);
    expect(analyze("pH")).toEqual(["ph"]);
    expect(analyze("the pH of it")).toEqual(["ph"]);
    expect(analyze("GaN mRNA")).toEqual(["gan", "mrna"]);
  });
  it("keeps all-capital words as acronyms, even when the lower-case word is a stop word (rule 6)", () => {
    expect(analyze("IT services")).toEqual(["it", "servic"]);
    expect(analyze("it services")).toEqual(["servic"]);
    expect(analyze("MOSFET")).toEqual(["mosfet"]);
    expect(analyze("THE BATTERIES")).toEqual(["the", "batteries"]); // documented price of rule 6
  });
  it("drops the plural s of acronyms (rule 6)", () => {
    expect(analyze("LEDs GPUs MOSFETs")).toEqual(["led", "gpu", "mosfet"]);
  });
  it("keeps tokens with digits whole and lower-cased (rule 5)", () => {
    expect(analyze("CO2 H2O 2024")).toEqual(["co2", "h2o", "2024"]);
  });
  it("adds number and unit as parts (rule 5), and with quantities a canonical quantity term (rule 12)", () => {
    expect(analyze("28nm")).toEqual(["28nm", "28", "nm"]);
    expect(analyze("28 nm")).toEqual(["28", "nm"]);
    const withQuantities = createAnalyzer({ quantities: true });
    expect(withQuantities.analyze("28nm")).toEqual(["28nm", "28", "nm", "2.8e-8m"]);
    expect(withQuantities.analyze("5G")).toEqual(["5g", "5", "g"]); // G is no unit: 5G networks
    expect(withQuantities.analyze("28 nm")).toEqual(["28", "2.8e-8m", "nm"]);
  });
  it("keeps dotted versions and names whole (rule 4)", () => {
    expect(analyze("IEEE 802.11ax")).toEqual(["ieee", "802.11ax", "802.11", "ax"]);
    expect(analyze("v2.3.1 node.js 3.14")).toEqual(["v2.3.1", "node.js", "3.14"]);
    expect(analyze("end. Graphene")).toEqual(["end", "graphen"]);
  });
  it("keeps hyphenated compounds joined and adds their parts (rule 3)", () => {
    expect(analyze("Li-ion")).toEqual(["li-ion", "li", "ion"]);
    expect(analyze("state-of-the-art")).toEqual(["state-of-the-art", "state", "art"]);
    expect(analyze("TCP/IP")).toEqual(["tcp/ip", "tcp", "ip"]);
    expect(analyze("max_speed")).toEqual(["max_speed", "max", "speed"]);
    expect(analyze("lithium\u2010ion")).toEqual(["lithium\u2010ion", "lithium", "ion"]);
  });
  it("keeps the + and # of language names (rule 10)", () => {
    expect(analyze("C++ and C#, F#")).toEqual(["c++", "c#", "f#"]);
    expect(analyze("a+b")).toEqual(["b"]);
  });
  it("normalises full-width forms with NFKC", () => {
    expect(analyze("ＳｉＣ")).toEqual(["sic"]);
    expect(analyze("２８ｎｍ")).toEqual(analyze("28nm"));
  });
});

describe("validation", () => {
  it("throws ValidationError with path text on non-string input", () => {
    for (const bad of [undefined, null, 42, {}, ["a"]]) {
      let caught: unknown;
      try {
        analyze(bad as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).problems[0].path).toBe("text");
    }
  });
  it("rejects bad options, naming each one", () => {
    expect(() => createAnalyzer({ stopWords: "yes" as unknown as boolean })).toThrow(/options\.stopWords/);
    expect(() => createAnalyzer({ maxCacheEntries: -1 })).toThrow(/options\.maxCacheEntries/);
    expect(() => createAnalyzer({ colour: true } as unknown as object)).toThrow(/options\.colour/);
  });
});

describe("analyzeWithOffsets", () => {
  it("gives raw-text spans, also after NFKC changed the text", () => {
    const text = "ＳｉＣ and Li-ion 散热";
    const found = analyzeWithOffsets(text);
    expect(found.map((t) => t.term)).toEqual(analyze(text));
    expect(found[0]).toEqual({ term: "sic", start: 0, end: 3 });
    const li = found.find((t) => t.term === "li-ion");
    expect(li && text.slice(li.start, li.end)).toBe("Li-ion");
    const heat = found.find((t) => t.term === "散热");
    expect(heat && text.slice(heat.start, heat.end)).toBe("散热");
  });
});

describe("determinism", () => {
  it("gives the same terms on repeated and independent calls", () => {
    const text = "Graphene coatings (SiC, 28nm) improve 散热性能 of Li-ion cells in 5G base stations.";
    const first = analyze(text);
    expect(analyze(text)).toEqual(first);
    expect(createAnalyzer().analyze(text)).toEqual(first);
    expect(createAnalyzer({ maxCacheEntries: 0 }).analyze(text)).toEqual(first);
  });
});
