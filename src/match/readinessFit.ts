import { deepFreeze } from "../immutable/deepFreeze.js";
import { number, object, optional } from "../validation/shapes.js";

/**
 * How readiness enters the score. A result below the demand's `minTrl` is not dropped: its text score
 * is multiplied by `max(floor, 1 - perLevel * gap)`, so it stays visible with its gap, ranked below an
 * equally relevant result that is ready. A result of unknown TRL gets `unknown` when the demand has a
 * requirement; nothing changes when the demand states none.
 */
export interface ReadinessFitOptions {
  /** Score lost per missing level, 0..1. Default 0.1. */
  perLevel?: number;
  /** Lowest factor however large the gap, 0..1. Default 0.5. */
  floor?: number;
  /** Factor for a result of unknown TRL facing a requirement, 0..1. Default 0.85. */
  unknown?: number;
}

export interface ResolvedFit {
  readonly perLevel: number;
  readonly floor: number;
  readonly unknown: number;
}

export const DEFAULT_READINESS_FIT: ResolvedFit = deepFreeze({ perLevel: 0.1, floor: 0.5, unknown: 0.85 });

const unit = optional(number({ min: 0, max: 1 }));

/** The description of {@link ReadinessFitOptions} (each a finite number in [0, 1]). */
export const readinessFitShape = object({ perLevel: unit, floor: unit, unknown: unit }, { expected: "an object { perLevel?, floor?, unknown? }" });

/** Apply the defaults to checked fit options. */
export function resolveReadinessFit(options: ReadinessFitOptions | undefined): ResolvedFit {
  return options === undefined ? DEFAULT_READINESS_FIT : { ...DEFAULT_READINESS_FIT, ...options };
}

/** The factor for a result of TRL `resultTrl` against a requirement `requiredTrl` (either may be unknown). */
export function readinessFit(resultTrl: number | undefined, requiredTrl: number | undefined, fit: ResolvedFit): number {
  if (requiredTrl === undefined) return 1;
  if (resultTrl === undefined) return fit.unknown;
  const gap = requiredTrl - resultTrl;
  return gap <= 0 ? 1 : Math.max(fit.floor, 1 - fit.perLevel * gap);
}
