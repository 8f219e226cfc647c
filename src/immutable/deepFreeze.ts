/**
 * Freeze a value and everything reachable from it, so that an exported default cannot be changed at run
 * time by one caller for every other (`DEFAULT_READINESS_FIT.unknown = 3` would otherwise reach every
 * new Matcher). Returns the same value, typed as deeply read-only by its declaration.
 */
export function deepFreeze<T>(value: T): T {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    if (Object.isFrozen(value)) return value;
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value as object)) {
      const d = Object.getOwnPropertyDescriptor(value as object, key);
      if (d && "value" in d) deepFreeze(d.value);
    }
  }
  return value;
}
