import { lexiconShape } from "../bridge/lexicon.js";
import { demandShape, resultShape } from "../schema/recordShapes.js";
import { supportShape } from "../stage/portfolioInput.js";
import { toJsonSchema } from "../validation/jsonSchema.js";
import type { JsonSchema } from "../validation/shapes.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

/**
 * JSON Schemas (draft 2020-12) of the inputs platforms exchange, generated from the same descriptions
 * the library checks with, so a form or an API can validate with the library's rules. What JSON Schema
 * cannot say (unique ids in a list, a real calendar day, minTrl <= maxTrl) is checked by the library only.
 */
export const jsonSchemas: {
  readonly researchResult: JsonSchema;
  readonly demand: JsonSchema;
  readonly lexicon: JsonSchema;
  readonly support: JsonSchema;
} = deepFreeze({
  researchResult: toJsonSchema(resultShape, "ResearchResult"),
  demand: toJsonSchema(demandShape, "Demand"),
  lexicon: toJsonSchema(lexiconShape, "Lexicon"),
  support: toJsonSchema(supportShape, "Support"),
});
