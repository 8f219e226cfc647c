/**
 * A tiny JSON Schema checker for the keywords techbroker's schemas use (type, properties, required,
 * additionalProperties, items, minItems, maxItems, minLength, maxLength, pattern, enum, const, minimum,
 * maximum, exclusiveMinimum, exclusiveMaximum, maxProperties, anyOf, allOf). It throws on any other keyword,
 * so a schema cannot pass by using something this checker ignores. Returns the error paths.
 */
const KNOWN = new Set([
  "$schema", "title", "description", "type", "properties", "required", "additionalProperties", "items", "minItems",
  "maxItems", "minLength", "maxLength", "pattern", "enum", "const", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "maxProperties", "anyOf", "allOf",
]);

type Schema = Record<string, unknown>;

function typeOf(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "array";
  if (typeof x === "number") return Number.isInteger(x) ? "integer" : "number";
  return typeof x;
}

export function jsonSchemaErrors(schema: Schema, x: unknown, path = ""): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`tiny checker: unsupported keyword ${key} at ${path}`);
  const errors: string[] = [];
  const t = typeOf(x);
  if (schema.type !== undefined && !(schema.type === t || (schema.type === "number" && t === "integer"))) return [`${path}: type`];
  if (schema.enum && !(schema.enum as unknown[]).includes(x)) errors.push(`${path}: enum`);
  if ("const" in schema && schema.const !== x) errors.push(`${path}: const`);
  if (typeof x === "string") {
    // JSON Schema counts code points; our limits count UTF-16 units. Equal for the sample data (checked by the library too).
    if (typeof schema.minLength === "number" && x.length < schema.minLength) errors.push(`${path}: minLength`);
    if (typeof schema.maxLength === "number" && x.length > schema.maxLength) errors.push(`${path}: maxLength`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(x)) errors.push(`${path}: pattern`);
  }
  if (typeof x === "number") {
    if (typeof schema.minimum === "number" && x < schema.minimum) errors.push(`${path}: minimum`);
    if (typeof schema.maximum === "number" && x > schema.maximum) errors.push(`${path}: maximum`);
    if (typeof schema.exclusiveMinimum === "number" && x <= schema.exclusiveMinimum) errors.push(`${path}: exclusiveMinimum`);
    if (typeof schema.exclusiveMaximum === "number" && x >= schema.exclusiveMaximum) errors.push(`${path}: exclusiveMaximum`);
  }
  if (Array.isArray(x)) {
    if (typeof schema.minItems === "number" && x.length < schema.minItems) errors.push(`${path}: minItems`);
    if (typeof schema.maxItems === "number" && x.length > schema.maxItems) errors.push(`${path}: maxItems`);
    if (schema.items) x.forEach((item, i) => errors.push(...jsonSchemaErrors(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (t === "object") {
    const obj = x as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}.${key}: required`);
    if (typeof schema.maxProperties === "number" && Object.keys(obj).length > schema.maxProperties) errors.push(`${path}: maxProperties`);
    for (const [key, value] of Object.entries(obj)) {
      if (props[key]) errors.push(...jsonSchemaErrors(props[key], value, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: additionalProperties`);
      else if (typeof schema.additionalProperties === "object") errors.push(...jsonSchemaErrors(schema.additionalProperties as Schema, value, `${path}.${key}`));
    }
  }
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => jsonSchemaErrors(s, x, path).length === 0)) errors.push(`${path}: anyOf`);
  if (schema.allOf) for (const s of schema.allOf as Schema[]) errors.push(...jsonSchemaErrors(s, x, path));
  return errors;
}
