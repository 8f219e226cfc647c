import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unitAt } from "../src/units/unitLookup.js";
import { UNIT_TABLE, type UnitDefinition } from "../src/units/unitTable.js";

// The former unitAt: one slice and one or two map look-ups per candidate length, longest first. The scan without
// slices must find the same unit and end at every position.
const exact = new Map<string, UnitDefinition>();
const folded = new Map<string, UnitDefinition>();
const clash = new Set<string>();
for (const def of UNIT_TABLE) for (const alias of def.aliases) exact.set(alias, def);
for (const def of UNIT_TABLE) {
  for (const alias of def.aliases) {
    if (alias.length < 2 || !/^[\x20-\x7e]+$/.test(alias)) continue;
    const low = alias.toLowerCase();
    const owner = exact.get(low) ?? folded.get(low);
    if (owner !== undefined && owner !== def) clash.add(low);
    else folded.set(low, def);
  }
}
for (const low of clash) folded.delete(low);
const longest = Math.max(...[...exact.keys()].map((a) => a.length));
const firsts = new Set([...exact.keys()].map((a) => a[0]));
for (const alias of folded.keys()) firsts.add(alias[0]).add(alias[0].toUpperCase());
const BLOCKED: Record<string, string> = { 位: "于置移数专教博院研学老客员工同嘉代女男先患用领志成选名", 次: "方元级序要", 周: "年期岁边围末", 年: "级代度底初前后纪", 天: "然线津空气文下才", 克: "隆服", 秒: "杀", 瓦: "解片", 米: "饭粒", 欧: "洲元美盟式", 歐: "洲元美盟式", 赫: "然", 伏: "击" };
const wordChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
function referenceUnitAt(text: string, pos: number): { unit: string; end: number } | undefined {
  if (pos >= text.length || !firsts.has(text[pos])) return undefined;
  for (let len = Math.min(longest, text.length - pos); len >= 1; len--) {
    const candidate = text.slice(pos, pos + len);
    const def = exact.get(candidate) ?? (len >= 2 ? folded.get(candidate.toLowerCase()) : undefined);
    if (def === undefined) continue;
    const end = pos + len;
    const next = end < text.length ? text.charCodeAt(end) : -1;
    if (wordChar(text.charCodeAt(end - 1)) && wordChar(next)) continue;
    if (len === 1 && next !== -1 && BLOCKED[candidate]?.includes(text[end])) continue;
    return { unit: def.unit, end };
  }
  return undefined;
}

const aliases = UNIT_TABLE.flatMap((def) => def.aliases);
const pieces = [...aliases, ...aliases.map((a) => a.toUpperCase()), ...aliases.map((a) => a.toLowerCase()), "a", "x", "1", " ", "于", "线", "\u212a", "İ", "/", "s"];

describe("unitAt", () => {
  it("finds the same unit and end as the slice-per-length look-up, at every position", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        for (let pos = 0; pos <= text.length; pos++) {
          const got = unitAt(text, pos);
          expect(got === undefined ? undefined : { unit: got.def.unit, end: got.end }, `${text} @${pos}`).toEqual(referenceUnitAt(text, pos));
        }
      }),
      { numRuns: 2000 },
    );
  });
  it("keeps the examples of the table's rules", () => {
    expect(unitAt("5 mmHg", 2)).toBeUndefined();
    expect(unitAt("GSPS", 0)?.def.unit).toBe("GS/s");
    expect(unitAt("ghz", 0)?.def.unit).toBe("GHz");
    expect(unitAt("位于", 0)).toBeUndefined();
    expect(unitAt("位", 0)?.def.unit).toBe("bit");
  });
});
