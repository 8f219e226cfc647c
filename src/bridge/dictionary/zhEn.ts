/**
 * Entry point `techbroker/bridges/zh-en`: the built-in Chinese <-> English dictionary bridge, kept out of
 * the core bundle. Data derived from CC-CEDICT (https://cc-cedict.org/), CC BY-SA 4.0; see NOTICE.md.
 */
import type { BridgeDictionary } from "./dictionarySource.js";
import { ZH_EN_ACRONYMS, ZH_EN_ATTRIBUTION, ZH_EN_WORDS } from "./zhEnData.js";

/** Chinese <-> English word list from CC-CEDICT; pass it as `new Matcher({ bridges: { dictionary: zhEnDictionary } })`. */
export const zhEnDictionary: BridgeDictionary = Object.freeze({
  name: "CC-CEDICT zh-en",
  words: ZH_EN_WORDS,
  acronyms: ZH_EN_ACRONYMS,
  attribution: ZH_EN_ATTRIBUTION,
});

export type { BridgeDictionary } from "./dictionarySource.js";
