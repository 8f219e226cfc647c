/**
 * `inferReadiness`: estimate a TRL from a free-text description (English or Chinese) and show the evidence.
 *
 * Method: find readiness cues (readinessCues.ts), decide each cue's polarity from a short window around it inside its
 * clause (negation -> `negated`, plan/future/potential -> `planned`, otherwise `achieved`), then combine:
 * 1. explicit achieved level statements ("TRL 6", "proof-of-concept stage", 仅完成小试) win;
 * 2. otherwise the highest achieved cue, capped below any negated cue at or under it ("pilot line built, field trial not yet" -> 5);
 * 3. with no achieved cue, a negated or planned cue bounds the level from above: the estimate is the lowest such cue minus one.
 * Every step is a bounded amount of work per match, so the whole run is linear in the text length.
 * Chinese text is first folded to Simplified and cleaned (pinyin, PDF spacing) by the analyzer's steps, so one cue list
 * reads Traditional, Taiwan and Hong Kong text as well; evidence offsets still point into the caller's text.
 */
import { ValidationError } from "../errors/errors.js";
import { runHanStepsWithMap } from "../text/hanSteps.js";
import {
  CHINESE_CUES,
  CHINESE_NEGATION,
  CHINESE_NEGATION_AFTER,
  CHINESE_PLAN,
  CHINESE_PLAN_AFTER,
  ENGLISH_CUES,
  ENGLISH_NEGATION,
  ENGLISH_NEGATION_AFTER,
  ENGLISH_PLAN,
  ENGLISH_PLAN_AFTER,
  ENGLISH_STATEMENT_AFTER,
  ENGLISH_STATEMENT_BEFORE,
  CHINESE_STATEMENT_AFTER,
  CHINESE_STATEMENT_BEFORE,
  EXPLICIT_TRL_PATTERN,
  FIELD_LABEL_PATTERN,
} from "./readinessCues.js";
import { DEFAULT_STAGE_BANDS, stageOf, validateBands, type StageBand } from "./stageBands.js";

/** Whether the text says a cue's level is reached, denied, or only aimed at. */
export type CuePolarity = "achieved" | "negated" | "planned";

/** One phrase found in the text. Offsets are UTF-16 indices into the input: `text.slice(start, end) === phrase`. */
export interface ReadinessEvidence {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  /** The TRL the phrase signals when achieved. */
  readonly trl: number;
  readonly polarity: CuePolarity;
  /** True for an explicit statement of the level reached: "TRL 6", 技术成熟度6级, "at the proof-of-concept stage", "only in the lab", 仅完成小试. */
  readonly explicit?: boolean;
}

/** What `inferReadiness` concluded. */
export interface ReadinessEstimate {
  /** Estimated TRL, absent when the text holds no usable cue. */
  readonly trl?: number;
  /** Id of the stage band of `trl`. */
  readonly band?: string;
  /** 0-1: 0 with no evidence, about 0.9 for an explicit level statement. A heuristic, not a probability. */
  readonly confidence: number;
  readonly evidence: readonly ReadinessEvidence[];
}

/** Options of `inferReadiness`. */
export interface InferReadinessOptions {
  /** Stage bands used to name `band` (default DEFAULT_STAGE_BANDS). */
  readonly bands?: readonly StageBand[];
  /** "Now", for deciding whether a year ("in 2027", 2027年) lies in the future. Default: the current date. */
  readonly now?: Date | string;
}

interface CompiledCue {
  readonly re: RegExp;
  readonly trl: number;
}

/** Literal alternatives, longest first, so that 中试线 is preferred over 中试 within one family. */
function longestFirst(pattern: string): string {
  return pattern
    .split("|")
    .sort((a, b) => b.length - a.length)
    .join("|");
}

const englishCues: readonly CompiledCue[] = ENGLISH_CUES.map((c) => ({ re: new RegExp(`\\b(?:${c.pattern})\\b`, "gi"), trl: c.trl }));
const chineseCues: readonly CompiledCue[] = CHINESE_CUES.map((c) => ({ re: new RegExp(longestFirst(c.pattern), "g"), trl: c.trl }));
const explicitRe = new RegExp(EXPLICIT_TRL_PATTERN, "gi");

// Windows are anchored at the end (before the cue) or the start (after it) of a short slice, so each test is O(window).
const englishNegBefore = new RegExp(`(?:\\b(?:${ENGLISH_NEGATION})\\b|n't\\b)`, "gi");
const englishPlanBefore = new RegExp(`\\b(?:${ENGLISH_PLAN})\\b`, "gi");
const chineseNegBefore = new RegExp(CHINESE_NEGATION, "g");
const chinesePlanBefore = new RegExp(CHINESE_PLAN, "g");
const englishPlanAfter = new RegExp(`\\b(?:${ENGLISH_PLAN_AFTER})`, "i");
const englishNegAfter = new RegExp(`\\b(?:${ENGLISH_NEGATION_AFTER})`, "i");
const chinesePlanAfter = new RegExp(CHINESE_PLAN_AFTER);
const chineseNegAfter = new RegExp(CHINESE_NEGATION_AFTER);
const englishStatementBefore = new RegExp(`\\b(?:${ENGLISH_STATEMENT_BEFORE})\\b`, "gi");
const chineseStatementBefore = new RegExp(CHINESE_STATEMENT_BEFORE, "g");
const statementAfter = new RegExp(`${ENGLISH_STATEMENT_AFTER}|${CHINESE_STATEMENT_AFTER}`, "i");
const fieldLabel = new RegExp(FIELD_LABEL_PATTERN, "i");
const yearRe = /(?:^|[^\d])(20\d\d)(?!\d)/g;

/** Characters that end a clause: polarity markers do not reach across them. */
const CLAUSE_BREAK = /[.;!?。；！？\n,，:：、()（）]|\bbut\b|\bwhile\b|\bwhereas\b|但|而且|并且|并已|且已|已经|目前已|现已/gi;

const WINDOW_BEFORE_EN = 48;
const WINDOW_AFTER_EN = 40;
const WINDOW_BEFORE_ZH = 8;
const WINDOW_AFTER_ZH = 6;

/** Keep only the part of `slice` after its last clause break (before-window) or before its first one (after-window). */
function clip(slice: string, keepTail: boolean): string {
  CLAUSE_BREAK.lastIndex = 0;
  if (!keepTail) {
    const m = CLAUSE_BREAK.exec(slice);
    return m ? slice.slice(0, m.index) : slice;
  }
  let cut = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) cut = m.index + m[0].length;
  return slice.slice(cut);
}

/** End offset of the last match of `re` in `s`, or -1. */
function lastEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

/** An English marker only scopes over the next few words ("no clonal dominance over 60 days in vivo" does not deny "in vivo"). */
const NEG_MAX_WORDS = 3;
const PLAN_MAX_WORDS = 6;

/** `end` if at most `maxWords` words lie between it and the end of `before`, else -1. */
function near(before: string, end: number, maxWords: number): number {
  if (end < 0) return -1;
  const gap = before.slice(end).match(/\S+/g);
  return (gap?.length ?? 0) <= maxWords ? end : -1;
}

function mentionsFutureYear(s: string, nowYear: number): boolean {
  yearRe.lastIndex = 0;
  for (let m = yearRe.exec(s); m; m = yearRe.exec(s)) if (Number(m[1]) > nowYear) return true;
  return false;
}

function isHan(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}

/** Polarity of the cue at [start, end), from a short window on each side inside its clause. */
function polarityAt(text: string, start: number, end: number, nowYear: number): CuePolarity {
  const chinese = isHan(text[start] ?? "");
  const before = clip(text.slice(Math.max(0, start - (chinese ? WINDOW_BEFORE_ZH : WINDOW_BEFORE_EN)), start), true);
  const after = clip(text.slice(end, end + (chinese ? WINDOW_AFTER_ZH : WINDOW_AFTER_EN)), false);
  // Both scripts' markers are checked: mixed text ("已完成 pilot line") is common in Chinese records.
  const negBefore = Math.max(near(before, lastEnd(englishNegBefore, before), NEG_MAX_WORDS), lastEnd(chineseNegBefore, before));
  const planBefore = Math.max(near(before, lastEnd(englishPlanBefore, before), PLAN_MAX_WORDS), lastEnd(chinesePlanBefore, before));
  if (negBefore >= 0 || planBefore >= 0) return negBefore > planBefore ? "negated" : "planned";
  if (englishNegAfter.test(after) || chineseNegAfter.test(after.slice(0, 4))) return "negated";
  if (englishPlanAfter.test(after) || chinesePlanAfter.test(after)) return "planned";
  if (mentionsFutureYear(before, nowYear) || mentionsFutureYear(after, nowYear)) return "planned";
  return "achieved";
}

/** True when the text states this cue as the level reached ("only ... in the lab", "proof-of-concept stage", 仅完成小试, 中试阶段). */
function isStatement(text: string, start: number, end: number): boolean {
  if (statementAfter.test(text.slice(end, end + 7))) return true;
  if (fieldLabel.test(text.slice(Math.max(0, start - 40), start))) return true;
  const before = clip(text.slice(Math.max(0, start - 24), start), true);
  if (near(before, lastEnd(englishStatementBefore, before), 2) >= 0) return true;
  const zh = lastEnd(chineseStatementBefore, before);
  return zh >= 0 && before.length - zh <= 4;
}

interface RawHit {
  start: number;
  end: number;
  trl: number;
  explicit: boolean;
}

function collect(text: string, cues: readonly CompiledCue[], out: RawHit[]): void {
  for (const cue of cues) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text)) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, trl: cue.trl, explicit: false });
    }
  }
}

function resolveNow(now: Date | string | undefined): number {
  if (now === undefined) return new Date().getUTCFullYear();
  const d = typeof now === "string" ? new Date(now) : now;
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new ValidationError([{ path: "options.now", message: "expected a valid Date or ISO date string" }]);
  }
  return d.getUTCFullYear();
}

/** Find every readiness cue in `text` with its polarity; overlapping matches keep the longest (explicit statements first). */
export function findReadinessEvidence(raw: string, options: InferReadinessOptions = {}): ReadinessEvidence[] {
  if (typeof raw !== "string") throw new ValidationError([{ path: "text", message: "expected a string" }]);
  const nowYear = resolveNow(options.now);
  const prepared = runHanStepsWithMap(raw, {}, { foldScript: true, repairChinese: true });
  const text = prepared.text;
  const rawStart = (i: number): number => prepared.map.start?.[i] ?? i;
  const rawEnd = (i: number): number => (i > 0 ? (prepared.map.end?.[i - 1] ?? i) : 0);
  const hits: RawHit[] = [];
  explicitRe.lastIndex = 0;
  for (let m = explicitRe.exec(text); m; m = explicitRe.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, trl: Number(m[1] ?? m[2]), explicit: true });
  }
  collect(text, englishCues, hits);
  collect(text, chineseCues, hits);
  hits.sort((a, b) => a.start - b.start || Number(b.explicit) - Number(a.explicit) || b.end - a.end);
  const out: ReadinessEvidence[] = [];
  let lastEndPos = -1;
  for (const h of hits) {
    if (h.start < lastEndPos) {
      // A longer phrase starting later may cover this one's tail; keep the earlier one (sort order) to stay linear.
      continue;
    }
    lastEndPos = h.end;
    const polarity = polarityAt(text, h.start, h.end, nowYear);
    const start = rawStart(h.start);
    const end = rawEnd(h.end);
    const ev: ReadinessEvidence = { phrase: raw.slice(start, end), start, end, trl: h.trl, polarity };
    const explicit = h.explicit || (polarity === "achieved" && isStatement(text, h.start, h.end));
    out.push(explicit ? { ...ev, explicit: true } : ev);
  }
  return out;
}

/** Combine evidence into one level and a confidence (rules in the file comment). */
export function combineEvidence(evidence: readonly ReadinessEvidence[]): { trl?: number; confidence: number } {
  const explicit = evidence.filter((e) => e.explicit && e.polarity === "achieved");
  // A numeric statement ("TRL 6") is the strongest; a worded one ("only in the lab", 中试阶段) slightly less.
  if (explicit.length > 0) return { trl: maxTrl(explicit), confidence: explicit.some((e) => /\d/.test(e.phrase)) ? 0.9 : 0.8 };
  const achieved = evidence.filter((e) => e.polarity === "achieved");
  const denied = evidence.filter((e) => e.polarity !== "achieved");
  if (achieved.length > 0) {
    let level = maxTrl(achieved);
    for (const e of denied) if (e.polarity === "negated" && e.trl <= level) level = Math.max(1, e.trl - 1);
    const agreeing = achieved.filter((e) => Math.abs(e.trl - level) <= 1).length;
    const outliers = achieved.filter((e) => Math.abs(e.trl - level) > 2).length;
    const confidence = Math.min(0.85, Math.max(0.2, 0.45 + 0.1 * Math.min(agreeing - 1, 3) - 0.1 * outliers));
    return { trl: level, confidence: round2(confidence) };
  }
  if (denied.length > 0) {
    let lowest = 9;
    for (const e of denied) lowest = Math.min(lowest, e.trl);
    return { trl: Math.max(1, lowest - 1), confidence: 0.3 };
  }
  return { confidence: 0 };
}

/** Highest TRL in a list (a loop, not Math.max(...spread): huge inputs would overflow the stack). */
function maxTrl(list: readonly ReadinessEvidence[]): number {
  let best = 1;
  for (const e of list) best = Math.max(best, e.trl);
  return best;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Estimate the TRL of a free-text description (English or Chinese) and return the phrases that support it. */
export function inferReadiness(text: string, options: InferReadinessOptions = {}): ReadinessEstimate {
  if (typeof text !== "string") throw new ValidationError([{ path: "text", message: "expected a string" }]);
  const bands = options.bands === undefined ? DEFAULT_STAGE_BANDS : validateBands(options.bands, "options.bands");
  const evidence = findReadinessEvidence(text, options);
  const { trl, confidence } = combineEvidence(evidence);
  if (trl === undefined) return { confidence, evidence };
  return { trl, band: stageOf(trl, bands).id, confidence, evidence };
}
