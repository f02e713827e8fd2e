import type { PersistStorage, StorageValue } from "zustand/middleware";

export type StorageProblem =
  | { kind: "unreadable"; asideKey: string }
  | { kind: "not-saved"; reason: string }
  | { kind: "unavailable"; reason: string };

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // access itself throws when the browser blocks storage
  }
}

/** Copies a stored value that cannot be used to a key of its own, so nothing that was saved is ever lost. */
export function keepAside(name: string, raw: string): string {
  const storage = browserStorage();
  const base = `${name}:unreadable:${new Date().toISOString()}`;
  let asideKey = base;
  // Two values set aside in the same millisecond must not overwrite each other.
  for (let n = 2; storage?.getItem(asideKey) != null; n += 1) asideKey = `${base}:${n}`;
  try {
    storage?.setItem(asideKey, raw);
  } catch {
    // Storage full or blocked: the problem is still reported, and the value stays in its own key until the
    // next successful save.
  }
  return asideKey;
}

/**
 * localStorage through JSON, where a failure never stops the app: an unreadable value is kept aside and
 * reported, and a write that the browser refuses is reported instead of thrown.
 */
export function createSafeJsonStorage<S>(
  onProblem: (problem: StorageProblem) => void,
  /** Called after each successful write: a problem with saving is over. */
  onSaved: () => void = () => {},
): PersistStorage<S> {
  return {
    getItem(name): StorageValue<S> | null {
      const storage = browserStorage();
      if (!storage) {
        onProblem({ kind: "unavailable", reason: "this browser does not allow the tracker to store data" });
        return null;
      }
      const raw = storage.getItem(name);
      if (raw === null) return null;
      try {
        const value: unknown = JSON.parse(raw);
        if (typeof value === "object" && value !== null && "state" in value && "version" in value) {
          return value as StorageValue<S>; // its state is validated by the store's migrate and merge
        }
      } catch {
        // not JSON: handled below like any other unusable value
      }
      onProblem({ kind: "unreadable", asideKey: keepAside(name, raw) });
      return null;
    },
    setItem(name, value) {
      try {
        const storage = browserStorage();
        if (!storage) throw new Error("storage is not available");
        storage.setItem(name, JSON.stringify(value));
        onSaved();
      } catch (error) {
        onProblem({ kind: "not-saved", reason: error instanceof Error ? error.message : String(error) });
      }
    },
    removeItem(name) {
      browserStorage()?.removeItem(name);
    },
  };
}
