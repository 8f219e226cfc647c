import { describe, expect, it } from "vitest";
import { linesOf } from "./support/problemPaths.js";
import { validate } from "../src/validation/checkShape.js";
import { describeValue } from "../src/validation/describeValue.js";
import { toJsonSchema } from "../src/validation/jsonSchema.js";
import {
  aFunction, arrayOf, boolean, either, integer, number, object, oneOf, optional, recordOf, refine, string,
} from "../src/validation/shapes.js";


const options = object({
  k: optional(integer(1, 1000)),
  minScore: optional(number({ finite: false })),
  weights: optional(object({ title: optional(number({ min: 0, minExclusive: true })), summary: optional(number({ min: 0 })) })),
  region: optional(either(string({ max: 10 }), arrayOf(string({ max: 10 }), { max: 3 }))),
  mode: optional(oneOf(["fast", "exact"])),
  flag: optional(boolean()),
  perBand: optional(recordOf(number({ min: 0, minExclusive: true }), { max: 5 })),
  where: optional(aFunction),
  range: optional(refine(object({ min: integer(1, 9), max: integer(1, 9) }), (r) => (r.max < r.min ? [{ at: ["max"], message: `below min ${r.min}` }] : undefined))),
});

describe("describeValue", () => {
  it("names the type and the value, so a string is never shown as a number", () => {
    expect(describeValue("5")).toBe('the string "5"');
    expect(describeValue(5)).toBe("the number 5");
    expect(describeValue(-0)).toBe("the number 0");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(-Infinity)).toBe("-Infinity");
    expect(describeValue([1])).toBe("an array");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue({})).toBe("an object");
    expect(describeValue(new Date(0))).toBe("a Date");
    expect(describeValue(new Map())).toBe("a Map");
    expect(describeValue(true)).toBe("true");
    expect(describeValue("x".repeat(1000)).length).toBeLessThan(80);
  });
});

describe("validate", () => {
  it("returns a clean copy with only the described keys, functions kept", () => {
    const where = (): boolean => true;
    expect(validate(options, { k: 5, where, weights: { title: 2 } })).toEqual({ k: 5, where, weights: { title: 2 } });
  });

  it("collects every problem with the caller's path and a precise 'got'", () => {
    expect(linesOf(() => validate(options, {
      k: "5", minScore: Number.NaN, weights: { title: -1, sumary: 1 }, region: ["CN", 7], mode: "Fast", flag: 1,
      perBand: { pilot: 0 }, where: "x", range: { min: 5, max: 3 },
    }, { root: "options", context: "match" }))).toEqual([
      'options.k: expected an integer from 1 to 1000, got the string "5"',
      "options.minScore: expected a number, got NaN",
      'options.weights.sumary: unknown key; did you mean "summary"?',
      "options.weights.title: expected a finite number > 0, got the number -1",
      "options.region[1]: expected a non-empty string, got the number 7",
      'options.mode: expected one of "fast", "exact", got the string "Fast"; did you mean "fast"?',
      "options.flag: expected true or false, got the number 1",
      "options.perBand.pilot: expected a finite number > 0, got the number 0",
      'options.where: expected a function, got the string "x"',
      "options.range.max: below min 5",
    ]);
  });

  it("rejects unknown keys with did-you-mean, or lists the known keys", () => {
    expect(linesOf(() => validate(options, { limit: 5 }))).toEqual([
      "limit: unknown key; known keys: k, minScore, weights, region, mode, flag, perBand, where, range",
    ]);
    expect(linesOf(() => validate(options, { regoin: "CN" }))).toEqual(['regoin: unknown key; did you mean "region"?']);
  });

  it("names a union's options when no branch fits, and the branch's problem when one does", () => {
    expect(linesOf(() => validate(options, { region: 3 }))).toEqual([
      "region: expected a non-empty string or an array of strings, got the number 3",
    ]);
    expect(linesOf(() => validate(options, { region: "" }))).toEqual(["region: expected a non-empty string, got an empty string"]);
  });

  it("puts the context and every problem in the message", () => {
    expect(() => validate(options, { k: 0, flag: "no" }, { context: "match" })).toThrow(
      'match: k: expected an integer from 1 to 1000, got the number 0; flag: expected true or false, got the string "no"',
    );
  });

  it("does not read inherited members as keys", () => {
    const withProto = object({ constructor: optional(string({ max: 5 })), toString: optional(string({ max: 5 })) });
    expect(validate(withProto, {})).toEqual({});
    expect(validate(withProto, { constructor: "a" })).toEqual({ constructor: "a" });
    expect(linesOf(() => validate(object({ a: optional(boolean()) }), JSON.parse('{"__proto__": 1}')))).toEqual([
      "__proto__: unknown key; known keys: a",
    ]);
  });
});

describe("toJsonSchema", () => {
  it("derives the schema from the same description", () => {
    const schema = toJsonSchema(options, "Options");
    expect(schema).toMatchObject({
      title: "Options",
      type: "object",
      additionalProperties: false,
      required: [],
      properties: {
        k: { type: "integer", minimum: 1, maximum: 1000 },
        weights: { type: "object", properties: { title: { type: "number", exclusiveMinimum: 0 } } },
        region: { anyOf: [{ type: "string", maxLength: 10, minLength: 1 }, { type: "array", maxItems: 3 }] },
        mode: { enum: ["fast", "exact"] },
      },
    });
  });
});
