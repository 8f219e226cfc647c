/**
 * Entry point `techbroker/bridges/zh-en`: the built-in Chinese <-> English dictionary, data only, kept out of
 * the core (`techbroker/core`); the main entry `techbroker` uses it by default. Data derived from CC-CEDICT
 * (https://cc-cedict.org/), CC BY-SA 4.0; see NOTICE.md.
 */
import type { BridgeDictionary } from "./dictionarySource.js";
import { ZH_EN_ACRONYMS, ZH_EN_ATTRIBUTION, ZH_EN_ENGLISH_KEYS, ZH_EN_ENGLISH_SENSES, ZH_EN_WORDS } from "./zhEnData.js";

/**
 * Chinese <-> English word list from CC-CEDICT. The Matcher of `techbroker` uses it by default; with
 * `techbroker/core`, pass it as `new Matcher({ bridges: { dictionary: zhEnDictionary } })`.
 */
export const zhEnDictionary: BridgeDictionary = Object.freeze({
  name: "CC-CEDICT zh-en",
  words: ZH_EN_WORDS,
  english: { senses: ZH_EN_ENGLISH_SENSES, keys: ZH_EN_ENGLISH_KEYS },
  acronyms: ZH_EN_ACRONYMS,
  attribution: ZH_EN_ATTRIBUTION,
});

export type { BridgeDictionary } from "./dictionarySource.js";
