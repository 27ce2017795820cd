/**
 * Maps keyed by what a user typed (key ids, user names, certificate ids, encryption context
 * keys, file names, question ids from an imported file ...). A plain `{}` answers
 * `toString`, `constructor`, `valueOf` ... with Object.prototype's own members, and an
 * assignment to `__proto__` replaces its prototype instead of storing a value. So every such map
 * is a null-prototype object (a `Dict`): it holds its own entries and nothing else, it is still
 * plain data (structured clone and JSON keep every entry), and lookups go through `own()`,
 * which reads own entries only, whatever object it is given.
 *
 * Structured clone (IndexedDB, snapshots) and JSON.parse give back ordinary objects, so restored
 * data is rebuilt with `dict()` (see cloud/state-dicts.ts for the account).
 */

/** A null-prototype object holding only its own entries. */
export type Dict<T> = Record<string, T>;

/** A new null-prototype map, copying the own entries of `from` (an object, a Map or entry pairs). */
export function dict<T>(from?: Readonly<Record<string, T>> | Iterable<readonly [string, T]>): Dict<T> {
  const out = Object.create(null) as Dict<T>;
  if (!from) return out;
  const entries = Symbol.iterator in Object(from) ? (from as Iterable<readonly [string, T]>) : Object.entries(from as Record<string, T>);
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The value stored under `key` itself, never one inherited from a prototype. */
export function own<T>(map: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return map != null && Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * Stores `value` under `key` as an own entry of any object: on a plain object an assignment to
 * `__proto__` would replace the prototype instead, so that one key is defined, not assigned.
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** A fresh object of the same kind as `like`: a null-prototype map for a map, else a plain object. */
export const sameKind = <T>(like: object): Record<string, T> => (Object.getPrototypeOf(like) === null ? dict<T>() : {});

/** Whether `key` is an entry of the map itself. */
export const hasOwn = (map: object | undefined | null, key: string): boolean => map != null && Object.hasOwn(map, key);

/** Whether the object is a null-prototype map (what restored data must be rebuilt into). */
export const isDict = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === null;

/**
 * Names that find something on every plain object: Object.prototype's members, plus `__proto__`.
 * Used by tests and by checks that want to name the class of problem.
 */
export const PROTOTYPE_NAMES: readonly string[] = ['__proto__', ...Object.getOwnPropertyNames(Object.prototype).filter((n) => n !== '__proto__')];
