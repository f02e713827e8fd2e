import type { PersistStorage, StorageValue } from "zustand/middleware";
import { parseUntrustedJson } from "./safe-json";

export type StorageProblem =
  /** `asideKey` is null when even setting it aside failed (storage full): `raw` is then its only copy. */
  | { kind: "unreadable"; asideKey: string | null; raw: string }
  | { kind: "not-saved"; reason: string }
  /** The browser does not let the tracker store anything (the page says so in its language). */
  | { kind: "unavailable" };

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // access itself throws when the browser blocks storage
  }
}

/** The file a kept-aside value downloads as: its key, with what file systems refuse replaced. */
export const keptAsideFileName = (key: string) => `${key.replace(/[^a-z0-9-]+/gi, "-")}.txt`;

/** The values kept aside for a key, oldest first: what the page offers to download. */
export function keptAside(name: string): { key: string; value: string }[] {
  const storage = browserStorage();
  if (!storage) return [];
  const prefix = `${name}:unreadable:`;
  const kept: { key: string; value: string }[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    const value = key?.startsWith(prefix) ? storage.getItem(key) : null;
    if (key && value !== null) kept.push({ key, value });
  }
  return kept.sort((a, b) => a.key.localeCompare(b.key));
}

/** Copies a stored value that cannot be used to a key of its own, so nothing that was saved is ever lost. */
export function keepAside(name: string, raw: string): string | null {
  const storage = browserStorage();
  const base = `${name}:unreadable:${new Date().toISOString()}`;
  let asideKey = base;
  // Two values set aside in the same millisecond must not overwrite each other.
  for (let n = 2; storage?.getItem(asideKey) != null; n += 1) asideKey = `${base}:${n}`;
  try {
    if (!storage) return null;
    storage.setItem(asideKey, raw);
    return asideKey;
  } catch {
    return null; // storage full or blocked: the caller keeps the value in memory instead
  }
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
        onProblem({ kind: "unavailable" });
        return null;
      }
      const raw = storage.getItem(name);
      if (raw === null) return null;
      try {
        const value = parseUntrustedJson(raw);
        if (typeof value === "object" && value !== null && "state" in value && "version" in value) {
          return value as StorageValue<S>; // its state is validated by the store's migrate and merge
        }
      } catch {
        // not JSON: handled below like any other unusable value
      }
      onProblem({ kind: "unreadable", asideKey: keepAside(name, raw), raw });
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
