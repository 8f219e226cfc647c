import { describe, expect, it } from "vitest";
import { TranslationModel, type TranslationPair } from "../src/bridge/translationModel.js";
import { ValidationError } from "../src/errors/errors.js";
import { analyze } from "../src/text/analyzer.js";

const words = (text: string): string[] => text.split(" ");

// A small history: business words on the left, lab words on the right, with generic lab filler everywhere.
const history: TranslationPair[] = [
  { source: words("brake feel"), target: words("graphene coating heat dissipation study result") },
  { source: words("brake fade"), target: words("heat dissipation thermal conductivity study result") },
  { source: words("brake noise"), target: words("damping vibration heat study result") },
  { source: words("battery swelling"), target: words("electrolyte decomposition gas study result") },
  { source: words("battery life"), target: words("electrolyte cycle capacity study result") },
  { source: words("battery life"), target: words("cathode cycle capacity study result"), weight: 2 },
  { source: words("screen glare"), target: words("antireflection coating study result") },
  { source: words("screen glare"), target: words("antireflection nanostructure study result") },
];

describe("TranslationModel", () => {
  const model = TranslationModel.train(history, { minTargetPairs: 1, minProbability: 0.01 });

  it("learns which demand words predict which result words", () => {
    const brake = model.translate("brake").map((t) => t.term);
    expect(brake.slice(0, 3)).toContain("heat");
    expect(brake).toContain("dissipation");
    const battery = model.translate("battery").map((t) => t.term);
    expect(battery.slice(0, 3)).toEqual(expect.arrayContaining(["electrolyte"]));
    expect(battery).not.toContain("antireflection");
  });

  it("lets the background absorb words every result has", () => {
    const brake = model.translate("brake");
    const heat = brake.find((t) => t.term === "heat")!.probability;
    const study = brake.find((t) => t.term === "study")?.probability ?? 0;
    expect(heat).toBeGreaterThan(study);
  });

  it("is deterministic", () => {
    const again = TranslationModel.train(history, { minTargetPairs: 1, minProbability: 0.01 });
    expect(JSON.stringify(again.toJSON())).toBe(JSON.stringify(model.toJSON()));
  });

  it("round-trips through JSON", () => {
    const copy = TranslationModel.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(copy.toJSON()).toEqual(model.toJSON());
    expect(copy.translate("brake")).toEqual(model.translate("brake"));
    expect(copy.sourceCount).toBe(model.sourceCount);
    expect(copy.trainedPairs).toBe(history.length);
  });

  it("rejects a corrupted model with the bad path", () => {
    const json = JSON.parse(JSON.stringify(model));
    json.table.brake[1] = ["heat", 7];
    expect(() => TranslationModel.fromJSON(json)).toThrow(/table\.brake\[1\]/);
    expect(() => TranslationModel.fromJSON({ format: "other", version: 1 })).toThrow(ValidationError);
  });

  it("keeps only the strongest translations", () => {
    const small = TranslationModel.train(history, { minTargetPairs: 1, maxTranslations: 2 });
    expect(small.translate("brake")).toHaveLength(2);
    const strict = TranslationModel.train(history, { minTargetPairs: 2 });
    expect(strict.translate("screen").map((t) => t.term)).not.toContain("nanostructure");
  });

  it("with no history translates nothing", () => {
    expect(TranslationModel.train([]).sourceCount).toBe(0);
    expect(TranslationModel.empty().translate("brake")).toEqual([]);
  });

  it("rejects bad options and pairs", () => {
    expect(() => TranslationModel.train(history, { iterations: 0 })).toThrow(/iterations/);
    expect(() => TranslationModel.train([{ source: ["a"], target: ["b"], weight: -1 }])).toThrow(/pairs\[0\]\.weight/);
  });
});

describe("learnBridges", () => {
  it("learns from plain-text history with the default analyzer, and an empty history changes nothing", async () => {
    const { learnBridges } = await import("../src/bridge/learnBridges.js");
    const { expandQuery } = await import("../src/bridge/expandQuery.js");
    const model = learnBridges(
      [
        { demand: "Brakes fade on long descents", result: "Graphene coating for heat dissipation on brake discs" },
        { demand: "Brake pedal goes soft when hot", result: "Heat dissipation coating with high thermal conductivity" },
      ],
      { minTargetPairs: 1 },
    );
    expect(model.translate(analyze("brake")[0]).map((t) => t.term)).toContain(analyze("dissipation")[0]);
    const empty = learnBridges([]);
    expect(expandQuery(["brake", "fade"], { model: empty }).query).toEqual(expandQuery(["brake", "fade"]).query);
    expect(() => learnBridges([{ demand: "x" } as never])).toThrow(/history\[0\]/);
    const reverse = learnBridges([{ demand: "brake fade", result: "heat dissipation coating" }, { demand: "brake noise", result: "heat damping" }], {
      minTargetPairs: 1,
      direction: "resultToDemand",
    });
    expect(reverse.translate("heat").map((t) => t.term)).toContain("brake");
    expect(reverse.translate("brake")).toEqual([]);
  });
});
