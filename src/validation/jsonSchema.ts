import type { JsonSchema, ShapeNode } from "./shapes.js";

/**
 * The JSON Schema (draft 2020-12) of a description, for platforms that validate forms and API bodies
 * with the same rules as the library. What JSON Schema cannot say (unique ids in a list, a real
 * calendar day, min <= max) is checked by the library only and mentioned in `description`.
 */
export function toJsonSchema(shape: ShapeNode, title?: string): JsonSchema {
  const body = schemaOf(shape);
  return title === undefined
    ? { $schema: "https://json-schema.org/draft/2020-12/schema", ...body }
    : { $schema: "https://json-schema.org/draft/2020-12/schema", title, ...body };
}

function withAbout(shape: ShapeNode, schema: Record<string, unknown>): JsonSchema {
  return shape.about === undefined ? schema : { description: shape.about, ...schema };
}

function schemaOf(shape: ShapeNode): JsonSchema {
  switch (shape.kind) {
    case "string": {
      const s: Record<string, unknown> = { type: "string", maxLength: shape.maxLength };
      if (shape.nonBlank) s.minLength = 1;
      // JSON Schema patterns are ECMA-262 regexes without flags, like ours.
      const patterns = [shape.nonBlank ? "\\S" : undefined, shape.trimmed ? "^\\S(?:[\\s\\S]*\\S)?$" : undefined, shape.pattern?.source]
        .filter((p): p is string => p !== undefined);
      if (patterns.length === 1) s.pattern = patterns[0];
      else if (patterns.length > 1) s.allOf = patterns.map((pattern) => ({ pattern }));
      return withAbout(shape, s);
    }
    case "number": {
      const s: Record<string, unknown> = { type: shape.integer ? "integer" : "number" };
      if (shape.min !== undefined) s[shape.minExclusive ? "exclusiveMinimum" : "minimum"] = shape.min;
      if (shape.max !== undefined) s[shape.maxExclusive ? "exclusiveMaximum" : "maximum"] = shape.max;
      return withAbout(shape, s);
    }
    case "boolean":
      return withAbout(shape, { type: "boolean" });
    case "enum":
      return withAbout(shape, { enum: [...shape.values] });
    case "array": {
      const s: Record<string, unknown> = { type: "array", items: schemaOf(shape.items), maxItems: shape.maxItems };
      if (shape.minItems > 0) s.minItems = shape.minItems;
      return withAbout(shape, s);
    }
    case "object": {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const name of shape.names) {
        const child = shape.keys[name];
        const schema = schemaOf(child);
        properties[name] = child.optional && shape.nullIsAbsent ? { anyOf: [schema, { type: "null" }] } : schema;
        if (!child.optional) required.push(name);
      }
      return withAbout(shape, { type: "object", properties, required, additionalProperties: shape.open });
    }
    case "record":
      return withAbout(shape, { type: "object", additionalProperties: schemaOf(shape.values), maxProperties: shape.maxKeys });
    case "union":
      return withAbout(shape, { anyOf: shape.options.map(schemaOf) });
    case "custom":
      return withAbout(shape, { ...shape.jsonSchema });
    case "refine":
      return schemaOf(shape.base);
  }
}
