/**
 * Freeze a value and everything reachable from it, so that an exported default cannot be changed at run
 * time by one caller for every other (`DEFAULT_READINESS_FIT.unknown = 3` would otherwise reach every
 * new Matcher). Returns the same value, typed as deeply read-only by its declaration. Objects already
 * frozen are still walked: `Object.freeze` is shallow, so their children may not be.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    const object = value as object;
    if (seen.has(object)) return value;
    seen.add(object);
    Object.freeze(object);
    for (const key of Reflect.ownKeys(object)) {
      const d = Object.getOwnPropertyDescriptor(object, key);
      if (d && "value" in d) deepFreeze(d.value, seen);
    }
  }
  return value;
}
