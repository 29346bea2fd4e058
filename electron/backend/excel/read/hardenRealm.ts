// Run in the reading thread before any untrusted byte is parsed: the parser (SheetJS 0.18.5 has
// a published prototype-pollution advisory, CVE-2023-30533) can then no longer add or change
// properties of the prototypes every object of the thread inherits from. Assignments to them
// fail (throw in strict code), so a crafted file breaks its own parse instead of the thread.

const BUILTINS = [
  Object, Array, Function, String, Number, Boolean, Symbol, BigInt, Date, Error, TypeError, RangeError,
  SyntaxError, Promise, Map, Set, WeakMap, WeakSet, ArrayBuffer, DataView, Uint8Array, Int32Array, Float64Array,
] as const;
// RegExp.prototype is left alone: V8 runs every regular expression on its slow path once that
// object changes in any way (even Object.preventExtensions) — SheetJS then took 38–50 s instead
// of 11 s for 100,000 × 20. Reaching it from parsed data needs a RegExp object as the base of a
// crafted key path, which the parser does not build from file content; and should it happen,
// the pollution stays in this thread, which is discarded after one file, while its answer is
// rebuilt and checked on the other side (readSpreadsheet.ts).

/**
 * Object.freeze(o) in effect (Object.isFrozen(o) is true afterwards), done property by property.
 * Why not Object.freeze: V8 then moves the prototype to "frozen elements", which switches off
 * its fast path for element stores on EVERY array and object of the thread — SheetJS read
 * 100,000 rows × 20 columns in 72 s instead of 11 s. Locking each property and then refusing
 * new ones leaves the elements kind alone (measured 8–12 s).
 */
function lock(o: object): void {
  for (const key of Reflect.ownKeys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (!d || !d.configurable) {
      if (d && 'value' in d && d.writable) Object.defineProperty(o, key, { writable: false });
      continue;
    }
    Object.defineProperty(o, key, 'value' in d ? { ...d, writable: false, configurable: false } : { ...d, configurable: false });
  }
  Object.preventExtensions(o);
}

/**
 * Object.prototype and Array.prototype are locked property by property (see lock() for why not
 * Object.freeze). The others are frozen whole: locking them property by property leaves them in
 * V8's slow "dictionary" mode, so every string method call (charCodeAt, indexOf, slice) looked
 * its method up slowly — the streaming .xlsx reader took 7–9 s instead of 3 s for 100,000 rows.
 * Object.freeze keeps them fast, and their elements are not the ones arrays and objects use.
 */
export function freezePrototypes(): void {
  for (const C of BUILTINS) {
    if (C === Object || C === Array) lock(C.prototype as object);
    else Object.freeze(C.prototype);
  }
  // The typed arrays' shared parent (%TypedArray%.prototype) and the iterator prototype.
  lock(Object.getPrototypeOf(Uint8Array.prototype) as object);
  lock(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object);
  lock(Object);
  lock(Array);
}

export function prototypesFrozen(): boolean {
  return Object.isFrozen(Object.prototype) && Object.isFrozen(Array.prototype);
}
