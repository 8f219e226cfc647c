// Deterministic synthetic corpus: the same seed and size always give the same documents and queries,
// so every library (each in its own process) sees identical input.
//  - vocabulary: pseudo-words ranked by frequency with a Zipf law, p(r) ∝ 1/r^s (s = 1.0, as in natural text);
//    frequent words are short (2 syllables), rare ones longer, like real language;
//  - document length: lognormal (mean ~100 words, long right tail), as measured for abstracts and web text;
//  - titles: 3-10 words; queries: 3 words from the mid-frequency band (ranks 50-20,000), so that they are
//    neither stop-word-like nor so rare that they match nothing.
// Pseudo-words use only ASCII letters so that every library's tokenizer splits them the same way.

const SYLLABLES = (() => {
  const consonants = "bdfgklmnprstvz";
  const vowels = "aeiou";
  const out = [];
  for (const c of consonants) for (const v of vowels) out.push(c + v);
  return out; // 70 syllables
})();

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; enough for a reproducible benchmark corpus. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The pseudo-word of frequency rank r (0-based): base-70 syllables, at least two. */
export function wordOfRank(rank) {
  let n = rank;
  let word = "";
  do {
    word = SYLLABLES[n % SYLLABLES.length] + word;
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word.length < 4 ? `${word}x${SYLLABLES[rank % SYLLABLES.length]}` : word;
}

/** Cumulative Zipf distribution over `size` ranks, sampled by binary search. */
export function zipfSampler(size, exponent, random) {
  const cdf = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r += 1) {
    total += 1 / Math.pow(r + 1, exponent);
    cdf[r] = total;
  }
  return (low = 0, high = size) => {
    const from = low === 0 ? 0 : cdf[low - 1];
    const target = from + random() * (cdf[high - 1] - from);
    let lo = low;
    let hi = high - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Standard normal by Box-Muller. */
function gaussian(random) {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Generates `count` documents `{id, title, text}` and `queryCount` queries `{id, text}` of `queryWords`
 * words (3 by default; 30 stands for a demand's length). The documents do not depend on `queryWords`.
 * @param {{ count: number, queryCount?: number, queryWords?: number, seed?: number, vocabulary?: number, exponent?: number }} options
 */
export function generateSyntheticCorpus(options) {
  const { count, queryCount = 1000, queryWords = 3, seed = 20240611, vocabulary = 100_000, exponent = 1.0 } = options;
  const random = createRandom(seed);
  const sample = zipfSampler(vocabulary, exponent, random);
  const words = Array.from({ length: vocabulary }, (_, r) => wordOfRank(r));
  const sigma = 0.6;
  const mu = Math.log(100) - (sigma * sigma) / 2; // lognormal mean = 100 words
  const phrase = (length) => {
    const parts = new Array(length);
    for (let i = 0; i < length; i += 1) parts[i] = words[sample()];
    return parts.join(" ");
  };
  const docs = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const length = Math.min(2000, Math.max(5, Math.round(Math.exp(mu + sigma * gaussian(random)))));
    const titleLength = 3 + Math.floor(random() * 8);
    docs[i] = { id: `d${i}`, title: phrase(titleLength), text: phrase(length) };
  }
  const queryRandom = createRandom(seed ^ 0x5bd1e995);
  const querySample = zipfSampler(vocabulary, exponent, queryRandom);
  const queries = new Array(queryCount);
  for (let i = 0; i < queryCount; i += 1) {
    const terms = [];
    for (let j = 0; j < queryWords; j += 1) terms.push(words[querySample(50, Math.min(20_000, vocabulary))]);
    queries[i] = { id: `q${i}`, text: terms.join(" ") };
  }
  return { docs, queries };
}
