import type { Dimension } from "../units/unitTable.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

/**
 * Named quantities, in English and Chinese (both scripts), each with the dimensions it can have and
 * which way is better. `better` decides what a plain demand value means: "需要分辨率12位" is satisfied by
 * 14 bits (higher is better), "功耗2W" by 1.5 W (lower is better); without a direction it asks for about
 * that value. `family` groups names that may be compared with each other (power and power consumption).
 */
export interface QuantityName {
  readonly name: string;
  readonly family: string;
  /** Dimensions it can be measured in; a name is only attached to a spec of one of them. */
  readonly dimensions: readonly Dimension[];
  readonly better?: "higher" | "lower";
  /** Lower-case words that name it. */
  readonly words: readonly string[];
}

const q = (name: string, dimensions: readonly Dimension[], better: "higher" | "lower" | undefined, words: readonly string[], family = name): QuantityName =>
  better === undefined ? { name, family, dimensions, words } : { name, family, dimensions, better, words };

export const QUANTITY_NAMES: readonly QuantityName[] = deepFreeze([
  q("sampling rate", ["sampleRate"], "higher", ["sampling rate", "sample rate", "sampling frequency", "sampling speed", "sampling", "samples", "采样率", "採樣率", "采样速率", "採樣速率", "采样频率", "採樣頻率", "采样"]),
  q("resolution", ["bits", "length", "pressure", "temperature", "voltage", "current", "time", "mass", "frequency", "ratio", "force"], undefined, ["resolution", "分辨率", "解析度", "分辨力"]),
  q("temperature", ["temperature"], undefined, ["operating temperature", "working temperature", "temperature", "温度", "溫度", "工作温度", "工作溫度", "耐温", "耐溫", "heat resistance", "熔点", "熔點"]),
  q("voltage", ["voltage"], undefined, ["breakdown voltage", "rated voltage", "input voltage", "output voltage", "voltage", "电压", "電壓", "耐压", "耐壓", "击穿电压", "擊穿電壓"]),
  q("current", ["current"], undefined, ["current", "电流", "電流"]),
  q("power", ["power"], "higher", ["output power", "rated power", "power output", "power", "功率", "输出功率", "輸出功率", "额定功率", "額定功率"]),
  q("power consumption", ["power", "energy"], "lower", ["power consumption", "power draw", "consumption", "consumes", "功耗", "耗电", "耗電", "能耗"], "power"),
  q("capacity", ["charge", "energy"], "higher", ["capacity", "容量", "电量", "電量"]),
  q("specific capacity", ["specificCapacity"], "higher", ["specific capacity", "比容量"]),
  q("energy density", ["energyDensity"], "higher", ["energy density", "能量密度"]),
  q("frequency", ["frequency"], undefined, ["operating frequency", "frequency", "频率", "頻率", "工作频率", "工作頻率"]),
  q("bandwidth", ["frequency", "dataRate"], "higher", ["bandwidth", "带宽", "帶寬"]),
  q("data rate", ["dataRate"], "higher", ["data rate", "transfer rate", "throughput", "传输速率", "傳輸速率", "速率", "吞吐量"]),
  q("cycle life", ["count"], "higher", ["cycle life", "cycles", "循环寿命", "循環壽命", "循环次数", "循環次數"]),
  q("lifetime", ["time"], "higher", ["service life", "lifetime", "life", "使用寿命", "使用壽命", "寿命", "壽命"]),
  q("lead time", ["time"], "lower", ["lead time", "delivery", "deliver", "交货期", "交貨期", "交付周期", "交付週期", "交期", "交货", "交貨", "工期"]),
  q("response time", ["time"], "lower", ["response time", "responds", "响应时间", "響應時間", "响应", "響應"]),
  q("charging time", ["time"], "lower", ["charging time", "charge time", "充电时间", "充電時間"]),
  q("thickness", ["length"], undefined, ["thickness", "thick", "厚度"]),
  q("line width", ["length"], "lower", ["line width", "linewidth", "feature size", "线宽", "線寬"]),
  q("process node", ["length"], "lower", ["process node", "process", "node", "工艺", "工藝", "制程", "製程"]),
  q("wavelength", ["length"], undefined, ["wavelength", "波长", "波長"]),
  q("particle size", ["length"], undefined, ["particle size", "grain size", "粒径", "粒徑", "粒度"]),
  q("size", ["length"], undefined, ["size", "dimensions", "尺寸", "大小"]),
  q("range", ["length"], "higher", ["detection range", "range", "distance", "探测距离", "探測距離", "距离", "距離", "射程"]),
  q("strength", ["pressure"], "higher", ["tensile strength", "yield strength", "compressive strength", "strength", "强度", "強度", "抗拉强度", "抗拉強度", "屈服强度", "屈服強度"]),
  q("pressure", ["pressure"], undefined, ["pressure", "压力", "壓力", "压强", "壓強"]),
  q("force", ["force"], "higher", ["thrust", "force", "推力", "拉力"]),
  q("weight", ["mass"], "lower", ["weight", "weighs", "mass", "重量", "自重"]),
  q("load", ["mass", "force"], "higher", ["payload", "load capacity", "load", "载重", "載重", "载荷", "載荷", "负载", "負載", "承重"]),
  q("efficiency", ["ratio"], "higher", ["conversion efficiency", "efficiency", "效率", "转换效率", "轉換效率"]),
  q("purity", ["ratio"], "higher", ["purity", "纯度", "純度"]),
  q("yield", ["ratio"], "higher", ["yield", "良率", "良品率", "产率", "產率"]),
  q("accuracy", ["ratio", "temperature", "length", "voltage", "current", "time", "mass", "pressure", "frequency"], "lower", ["accuracy", "precision", "精度", "准确度", "準確度"]),
  q("error", ["ratio", "temperature", "length", "voltage", "time"], "lower", ["error", "误差", "誤差"]),
  q("loss", ["ratio", "decibel", "power"], "lower", ["insertion loss", "loss", "损耗", "損耗", "插损", "插損"]),
  q("noise", ["decibel"], "lower", ["noise", "噪声", "噪聲", "噪音"]),
  q("gain", ["decibel"], "higher", ["gain", "增益"]),
  q("signal-to-noise ratio", ["decibel"], "higher", ["signal-to-noise ratio", "signal-to-noise", "snr", "信噪比"]),
  q("thermal conductivity", ["thermalConductivity"], "higher", ["thermal conductivity", "导热系数", "導熱係數", "导热率", "導熱率", "热导率", "熱導率", "导热", "導熱"]),
  q("resistance", ["resistance"], "lower", ["internal resistance", "on-resistance", "resistance", "电阻", "電阻", "内阻", "內阻", "导通电阻", "導通電阻"]),
]);

/** Which way is better for a spec without a name: more samples, bits, cycles and density are always better. */
export const DIMENSION_BETTER: Readonly<Partial<Record<Dimension, "higher" | "lower">>> = deepFreeze({
  sampleRate: "higher",
  bits: "higher",
  dataRate: "higher",
  energyDensity: "higher",
  specificCapacity: "higher",
  count: "higher",
  thermalConductivity: "higher",
});

/** Per-dimension exceptions: a resolution in bits is better higher, in anything else (μm, MPa) lower; accuracy in % higher. */
export function betterOf(name: QuantityName | undefined, dimension: Dimension): "higher" | "lower" | undefined {
  if (name === undefined) return DIMENSION_BETTER[dimension];
  if (name.name === "resolution") return dimension === "bits" ? "higher" : "lower";
  if (name.name === "accuracy" && dimension === "ratio") return "higher";
  return name.better ?? DIMENSION_BETTER[dimension];
}

const BY_NAME = new Map(QUANTITY_NAMES.map((n) => [n.name, n]));

/** The table entry of a quantity name, if it is one of ours. */
export function quantityName(name: string | undefined): QuantityName | undefined {
  return name === undefined ? undefined : BY_NAME.get(name);
}

const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && /^[a-z]$/.test(ch);

/**
 * The quantity a lower-cased window names for a spec of `dimension`: the occurrence nearest to the
 * number (`nearEnd`: the number follows the window; otherwise it precedes it), the longest word on a tie.
 */
export function findQuantityName(window: string, dimension: Dimension, nearEnd: boolean): QuantityName | undefined {
  let best: QuantityName | undefined;
  let bestDistance = Infinity;
  let bestLength = 0;
  for (const [word, entry] of wordsFor(dimension)) {
    const at = nearEnd ? window.lastIndexOf(word) : window.indexOf(word);
    if (at < 0) continue;
    const latin = isLatinLetter(word[0]);
    if (latin && (isLatinLetter(window[at - 1]) || isLatinLetter(window[at + word.length]))) continue;
    const distance = nearEnd ? window.length - (at + word.length) : at;
    if (distance < bestDistance || (distance === bestDistance && word.length > bestLength)) {
      best = entry;
      bestDistance = distance;
      bestLength = word.length;
    }
  }
  return best;
}

const WORDS_BY_DIMENSION = new Map<Dimension, (readonly [string, QuantityName])[]>();

/** The (word, name) pairs that can name a spec of `dimension`, built once per dimension. */
function wordsFor(dimension: Dimension): readonly (readonly [string, QuantityName])[] {
  let words = WORDS_BY_DIMENSION.get(dimension);
  if (words === undefined) {
    words = QUANTITY_NAMES.filter((e) => e.dimensions.includes(dimension)).flatMap((e) => e.words.map((w) => [w, e] as const));
    WORDS_BY_DIMENSION.set(dimension, words);
  }
  return words;
}
