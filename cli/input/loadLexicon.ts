import { parseLexicon, ValidationError, type Lexicon } from "techbroker";
import { CliInputError } from "./cliInputError.js";
import { readJsonFile } from "./readJsonFile.js";

/** Load and check a lexicon JSON file; problems name the file and the path inside it. */
export function loadLexicon(file: string): Lexicon {
  const data = readJsonFile(file);
  try {
    return parseLexicon(data);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new CliInputError(file, error.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)));
  }
}
