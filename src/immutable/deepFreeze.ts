/**
 * Freeze a value and everything reachable from it, so that an exported default cannot be changed at run
 * time by one caller for every other (`DEFAULT_READINESS_FIT.unknown = 3` would otherwise reach every
 * new Matcher). Returns the same value, typed as deeply read-only by its declaration. Objects already
 * frozen are still walked: `Object.freeze` is shallow, so their children may not be.
 *
 * `Object.freeze` does not stop `set.add(x)` or `map.set(k, v)`: a Set or Map also gets its mutators
 * (`add`, `set`, `delete`, `clear`) replaced by own methods that throw a TypeError, and its members are
 * frozen in turn. Reads (`has`, `get`, iteration) stay the built-in ones, so lookups cost nothing more.
 * (Calling `Set.prototype.add` on it directly still works: JavaScript has no truly immutable Set; the
 * library never does that.)
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    const object = value as object;
    if (seen.has(object)) return value;
    seen.add(object);
    if (object instanceof Set || object instanceof Map) lockCollection(object, seen);
    Object.freeze(object);
    for (const key of Reflect.ownKeys(object)) {
      const d = Object.getOwnPropertyDescriptor(object, key);
      if (d && "value" in d) deepFreeze(d.value, seen);
    }
  }
  return value;
}

/** True when `value` is a Set or Map whose mutators were locked by {@link deepFreeze}. */
export function isLockedCollection(value: Set<unknown> | Map<unknown, unknown>): boolean {
  return MUTATORS.every((name) => !(name in value) || Object.prototype.hasOwnProperty.call(value, name));
}

const MUTATORS = ["add", "set", "delete", "clear"] as const;

function lockCollection(collection: Set<unknown> | Map<unknown, unknown>, seen: WeakSet<object>): void {
  const kind = collection instanceof Set ? "Set" : "Map";
  for (const name of MUTATORS) {
    if (!(name in collection)) continue;
    Object.defineProperty(collection, name, {
      value: () => {
        throw new TypeError(`this ${kind} is read-only: ${name}() is not allowed (copy it first: new ${kind}(it))`);
      },
    });
  }
  if (collection instanceof Set) for (const member of collection) deepFreeze(member, seen);
  else {
    for (const [key, member] of collection) {
      deepFreeze(key, seen);
      deepFreeze(member, seen);
    }
  }
}
