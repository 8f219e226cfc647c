import type { BridgedTerm } from "./bridgeTypes.js";

const twoDecimals = (x: number): string => x.toFixed(2);

/**
 * One line that tells a person why a term is in the query, e.g.
 * `"brake feel" -> "dissipation" (learned, 0.12)` or `"runs hot" -> "heat dissipation" (lexicon: thermal management)`.
 * The number is the term's weight in the query, relative to 1 for each word the user wrote.
 */
export function describeBridge(bridge: BridgedTerm): string {
  if (bridge.explanation !== undefined) return bridge.explanation;
  switch (bridge.source) {
    case "query":
      return `"${bridge.term}" (query)`;
    case "lexicon":
      return `"${bridge.fromText ?? bridge.from.join(" ")}" -> "${bridge.toText ?? bridge.term}" (lexicon: ${bridge.conceptLabel ?? bridge.concept ?? "?"}, ${twoDecimals(bridge.weight)})`;
    case "learned":
      return `"${bridge.from.join(" ")}" -> "${bridge.term}" (learned, ${twoDecimals(bridge.weight)})`;
    case "feedback":
      return `top results -> "${bridge.term}" (feedback, ${twoDecimals(bridge.weight)})`;
    default:
      return `"${bridge.fromText ?? bridge.from.join(" ")}" -> "${bridge.toText ?? bridge.term}" (${bridge.source}, ${twoDecimals(bridge.weight)})`;
  }
}

/** Explanations for the bridged terms (not the user's own words) that actually matched a document's terms. */
export function describeBridgesFor(bridges: readonly BridgedTerm[], matchedTerms: Iterable<string>): string[] {
  const matched = new Set(matchedTerms);
  return bridges.filter((b) => b.source !== "query" && matched.has(b.term)).map(describeBridge);
}
