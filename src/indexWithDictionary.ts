/**
 * The door of `techbroker`, the package's main entry: everything of the core door (src/index.ts, published
 * as `techbroker/core`), with a {@link Matcher} whose default bridges include the CC-CEDICT Chinese <-> English
 * dictionary (`techbroker/bridges/zh-en`, CC BY-SA 4.0, see NOTICE.md). The build keeps both imports below
 * external (tsup.config.ts), so dist/index.* holds this file only and loads the core and the data beside it:
 * one copy of the library, and the data in its own module. Browser bundles that must stay small import
 * `techbroker/core`, which has the same API without the dictionary.
 */
import { Matcher as CoreMatcher, type BridgeDictionary } from "./index.js";
import { zhEnDictionary } from "./bridge/dictionary/zhEn.js";

export * from "./index.js";
export { zhEnDictionary };

/**
 * The Matcher of `techbroker`: bridges Chinese and English out of the box through the CC-CEDICT dictionary,
 * besides the built-in business <-> lab lexicon and acronyms. `bridges: { dictionary: false }` leaves the
 * dictionary out; `bridges: { builtin: false }` is plain BM25F.
 */
export class Matcher extends CoreMatcher {
  static override readonly defaultDictionary: BridgeDictionary | undefined = zhEnDictionary;
}
