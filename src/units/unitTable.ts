/**
 * The units technical listings use, each with its canonical symbol, its dimension and the factor to
 * the dimension's base unit (`base = value * factor + offset`). English symbols and words, Chinese in
 * both scripts. Symbols are matched case-sensitively (mW is not MW, G is not g); every alias of two or
 * more characters is also matched in lower case when no other unit claims that lower-case form.
 *
 * Deliberately absent, because a bare number before them is usually something else:
 * `G` (5G networks), `K` (4K video, 10K resistors), `b`, `日` (dates), `月` (March is 3月), `度` (angle or
 * temperature?), `安` (安全, 安装), `牛` and `times`.
 */
import { deepFreeze } from "../immutable/deepFreeze.js";

/** What a unit measures. `sampleRate` (S/s) is kept apart from `frequency` (Hz) on purpose. */
export type Dimension =
  | "voltage"
  | "current"
  | "power"
  | "energy"
  | "energyDensity"
  | "charge"
  | "specificCapacity"
  | "frequency"
  | "sampleRate"
  | "dataRate"
  | "bits"
  | "length"
  | "temperature"
  | "pressure"
  | "force"
  | "mass"
  | "ratio"
  | "decibel"
  | "time"
  | "count"
  | "resistance"
  | "thermalConductivity";

/** One unit: canonical symbol, dimension, `base = value * factor + offset`, and the spellings that name it. */
export interface UnitDefinition {
  readonly unit: string;
  readonly dimension: Dimension;
  readonly factor: number;
  /** Only temperatures have one (°C -> K adds 273.15). */
  readonly offset?: number;
  readonly aliases: readonly string[];
}

/** The base unit of each dimension, the unit the factors convert to. */
export const BASE_UNITS: Readonly<Record<Dimension, string>> = deepFreeze({
  voltage: "V",
  current: "A",
  power: "W",
  energy: "Wh",
  energyDensity: "Wh/kg",
  charge: "Ah",
  specificCapacity: "mAh/g",
  frequency: "Hz",
  sampleRate: "S/s",
  dataRate: "bit/s",
  bits: "bit",
  length: "m",
  temperature: "K",
  pressure: "Pa",
  force: "N",
  mass: "kg",
  ratio: "1",
  decibel: "dB",
  time: "s",
  count: "cycle",
  resistance: "Ω",
  thermalConductivity: "W/(m·K)",
});

const u = (unit: string, dimension: Dimension, factor: number, aliases: readonly string[], offset?: number): UnitDefinition =>
  offset === undefined ? { unit, dimension, factor, aliases } : { unit, dimension, factor, offset, aliases };

/** Spell a micro prefix every way it is typed: μ (Greek mu), µ (micro sign) and u. */
const micro = (rest: string): string[] => [`μ${rest}`, `µ${rest}`, `u${rest}`];

const DAY = 86_400;

/** The table. Order does not matter; an alias may name one unit only (checked by the unit tests). */
export const UNIT_TABLE: readonly UnitDefinition[] = deepFreeze([
  // voltage
  u("μV", "voltage", 1e-6, [...micro("V"), "微伏"]),
  u("mV", "voltage", 1e-3, ["mV", "millivolt", "millivolts", "毫伏"]),
  u("V", "voltage", 1, ["V", "volt", "volts", "伏", "伏特"]),
  u("kV", "voltage", 1e3, ["kV", "KV", "kilovolt", "kilovolts", "千伏"]),
  // current
  u("μA", "current", 1e-6, [...micro("A"), "微安"]),
  u("mA", "current", 1e-3, ["mA", "milliamp", "milliamps", "milliampere", "milliamperes", "毫安"]),
  u("A", "current", 1, ["A", "amp", "amps", "ampere", "amperes", "安培"]),
  u("kA", "current", 1e3, ["kA", "kiloampere", "kiloamperes", "千安"]),
  // power
  u("μW", "power", 1e-6, [...micro("W"), "微瓦"]),
  u("mW", "power", 1e-3, ["mW", "milliwatt", "milliwatts", "毫瓦"]),
  u("W", "power", 1, ["W", "watt", "watts", "瓦", "瓦特"]),
  u("kW", "power", 1e3, ["kW", "KW", "kilowatt", "kilowatts", "千瓦"]),
  u("MW", "power", 1e6, ["MW", "megawatt", "megawatts", "兆瓦"]),
  // energy, energy density, charge
  u("mWh", "energy", 1e-3, ["mWh", "毫瓦时", "毫瓦時"]),
  u("Wh", "energy", 1, ["Wh", "watt-hour", "watt-hours", "瓦时", "瓦時"]),
  u("kWh", "energy", 1e3, ["kWh", "KWh", "kilowatt-hour", "kilowatt-hours", "千瓦时", "千瓦時"]),
  u("J", "energy", 1 / 3600, ["J", "joule", "joules", "焦耳"]),
  u("kJ", "energy", 1 / 3.6, ["kJ", "kilojoule", "kilojoules", "千焦"]),
  u("MJ", "energy", 1e3 / 3.6, ["MJ", "megajoule", "megajoules", "兆焦"]),
  u("Wh/kg", "energyDensity", 1, ["Wh/kg", "Wh kg-1", "Wh·kg-1", "瓦时/千克", "瓦時/千克", "瓦时/公斤", "瓦時/公斤"]),
  u("mAh", "charge", 1e-3, ["mAh", "毫安时", "毫安時"]),
  u("Ah", "charge", 1, ["Ah", "安时", "安時"]),
  u("mAh/g", "specificCapacity", 1, ["mAh/g", "mAh g-1", "mAh·g-1", "毫安时/克", "毫安時/克"]),
  // frequency (Hz) and sample rate (S/s) are different quantities
  u("Hz", "frequency", 1, ["Hz", "hertz", "赫", "赫兹", "赫茲"]),
  u("kHz", "frequency", 1e3, ["kHz", "KHz", "kilohertz", "千赫", "千赫兹", "千赫茲"]),
  u("MHz", "frequency", 1e6, ["MHz", "megahertz", "兆赫", "兆赫兹", "兆赫茲"]),
  u("GHz", "frequency", 1e9, ["GHz", "gigahertz", "吉赫", "吉赫兹", "吉赫茲"]),
  u("THz", "frequency", 1e12, ["THz", "terahertz", "太赫兹", "太赫茲"]),
  u("S/s", "sampleRate", 1, ["S/s", "Sa/s", "SPS", "sps", "samples/s"]),
  u("kS/s", "sampleRate", 1e3, ["kS/s", "KS/s", "kSa/s", "kSPS", "ksps", "KSPS"]),
  u("MS/s", "sampleRate", 1e6, ["MS/s", "MSa/s", "MSPS", "Msps"]),
  u("GS/s", "sampleRate", 1e9, ["GS/s", "GSa/s", "GSPS", "Gsps"]),
  // data rate and bits (位 after a number is a bit count: 12位 is a 12-bit resolution)
  u("bit/s", "dataRate", 1, ["bit/s", "bps", "b/s"]),
  u("kbit/s", "dataRate", 1e3, ["kbit/s", "kbps", "Kbps", "kb/s"]),
  u("Mbit/s", "dataRate", 1e6, ["Mbit/s", "Mbps", "Mb/s"]),
  u("Gbit/s", "dataRate", 1e9, ["Gbit/s", "Gbps", "Gb/s"]),
  u("bit", "bits", 1, ["bit", "bits", "位", "比特"]),
  // length
  u("Å", "length", 1e-10, ["Å", "angstrom", "angstroms"]),
  u("nm", "length", 1e-9, ["nm", "nanometer", "nanometers", "nanometre", "nanometres", "纳米", "納米"]),
  u("μm", "length", 1e-6, [...micro("m"), "micron", "microns", "micrometer", "micrometers", "micrometre", "micrometres", "微米"]),
  u("mm", "length", 1e-3, ["mm", "millimeter", "millimeters", "millimetre", "millimetres", "毫米"]),
  u("cm", "length", 1e-2, ["cm", "centimeter", "centimeters", "centimetre", "centimetres", "厘米", "公分"]),
  u("m", "length", 1, ["m", "meter", "meters", "metre", "metres", "米", "公尺"]),
  u("km", "length", 1e3, ["km", "kilometer", "kilometers", "kilometre", "kilometres", "千米", "公里"]),
  // temperature: base K, with offsets
  u("°C", "temperature", 1, ["°C", "℃", "degC", "deg C", "° C", "celsius", "Celsius", "摄氏度", "攝氏度"], 273.15),
  u("°F", "temperature", 5 / 9, ["°F", "℉", "degF", "fahrenheit", "Fahrenheit", "华氏度", "華氏度"], 273.15 - (32 * 5) / 9),
  u("K", "temperature", 1, ["kelvin", "kelvins", "Kelvin", "开尔文", "開爾文"]),
  // pressure and strength
  u("Pa", "pressure", 1, ["Pa", "pascal", "pascals", "帕斯卡"]),
  u("kPa", "pressure", 1e3, ["kPa", "KPa", "kilopascal", "kilopascals", "千帕"]),
  u("MPa", "pressure", 1e6, ["MPa", "megapascal", "megapascals", "兆帕"]),
  u("GPa", "pressure", 1e9, ["GPa", "gigapascal", "gigapascals", "吉帕"]),
  u("bar", "pressure", 1e5, ["bar", "bars"]),
  u("psi", "pressure", 6894.757, ["psi"]),
  // force
  u("mN", "force", 1e-3, ["mN", "millinewton", "millinewtons", "毫牛"]),
  u("N", "force", 1, ["N", "newton", "newtons", "牛顿", "牛頓"]),
  u("kN", "force", 1e3, ["kN", "KN", "kilonewton", "kilonewtons", "千牛", "千牛顿", "千牛頓"]),
  // mass: base kg
  u("mg", "mass", 1e-6, ["mg", "milligram", "milligrams", "毫克"]),
  u("g", "mass", 1e-3, ["g", "gram", "grams", "克"]),
  u("kg", "mass", 1, ["kg", "kilogram", "kilograms", "千克", "公斤"]),
  u("t", "mass", 1e3, ["t", "tonne", "tonnes", "ton", "tons", "吨", "噸"]),
  // ratio: base 1
  u("%", "ratio", 0.01, ["%", "percent", "per cent", "个百分点"]),
  u("ppm", "ratio", 1e-6, ["ppm"]),
  u("dB", "decibel", 1, ["dB", "decibel", "decibels", "分贝", "分貝"]),
  // time: base s; a month is 1/12 of a Julian year
  u("ns", "time", 1e-9, ["ns", "nanosecond", "nanoseconds", "纳秒", "納秒"]),
  u("μs", "time", 1e-6, [...micro("s"), "microsecond", "microseconds", "微秒"]),
  u("ms", "time", 1e-3, ["ms", "millisecond", "milliseconds", "毫秒"]),
  u("s", "time", 1, ["s", "sec", "secs", "second", "seconds", "秒", "秒钟", "秒鐘"]),
  u("min", "time", 60, ["min", "mins", "minute", "minutes", "分钟", "分鐘"]),
  u("h", "time", 3600, ["h", "hr", "hrs", "hour", "hours", "小时", "小時", "个小时", "個小時"]),
  u("d", "time", DAY, ["d", "day", "days", "天", "工作日"]),
  u("week", "time", 7 * DAY, ["week", "weeks", "wk", "wks", "周", "週", "星期", "个星期", "個星期"]),
  u("month", "time", 30.4375 * DAY, ["month", "months", "个月", "個月"]),
  u("year", "time", 365.25 * DAY, ["year", "years", "yr", "yrs", "年"]),
  // counts
  u("cycle", "count", 1, ["cycle", "cycles", "次", "次循环", "次循環", "圈"]),
  // resistance and thermal conductivity
  u("mΩ", "resistance", 1e-3, ["mΩ", "m\u2126", "milliohm", "milliohms", "毫欧", "毫歐"]),
  u("Ω", "resistance", 1, ["Ω", "\u2126", "ohm", "ohms", "欧", "歐", "欧姆", "歐姆"]),
  u("kΩ", "resistance", 1e3, ["kΩ", "k\u2126", "kohm", "kilohm", "kilohms", "千欧", "千歐"]),
  u("MΩ", "resistance", 1e6, ["MΩ", "M\u2126", "megohm", "megohms", "兆欧", "兆歐"]),
  u("W/(m·K)", "thermalConductivity", 1, ["W/(m·K)", "W/(m.K)", "W/(m K)", "W/(mK)", "W/m·K", "W/mK", "W/m.K", "W/m-K", "W m-1 K-1", "W·m-1·K-1"]),
]);
