// JSON from outside the app (the data file, browser storage, an imported file) is parsed here, so that no
// key able to reach an object's prototype ever enters the app, whatever merges or copies come later.

const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// Cheap first look: only text that might hold such a key is walked key by key. A key can also be spelled
// with JSON escapes ("\u005f\u005fproto\u005f\u005f"), so any escaped character means a walk too.
const MIGHT_HOLD_PROTOTYPE_KEY = /"(?:__proto__|constructor|prototype)"\s*:|\\u/;

/** Why text was refused: the parser's own words, or the refused key and where it is. */
export type UnsafeJsonReason =
  | { kind: "notJson"; detail: string }
  | { kind: "refusedKey"; key: string; path: string };

/** The text is not JSON, or holds a key that is refused. `message` says which and where; `reason` too, as data. */
export class UnsafeJsonError extends Error {
  override name = "UnsafeJsonError";
  constructor(readonly reason: UnsafeJsonReason) {
    super(
      reason.kind === "notJson"
        ? `it is not valid JSON (${reason.detail})`
        : `it has a key named "${reason.key}" (at ${reason.path}), which is never allowed`,
    );
  }
}

function pathTo(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    "",
  );
}

type FoundKey = { key: string; path: string };

/** The first refused key and where it is ("commitments[3].statuses.__proto__"), or null when there is none. */
export function findPrototypeKey(value: unknown, path: (string | number)[] = []): FoundKey | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findPrototypeKey(item, [...path, index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) return { key, path: pathTo([...path, key]) };
    const found = findPrototypeKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/** JSON.parse, refusing `__proto__`, `constructor` and `prototype` keys anywhere in the value. */
export function parseUntrustedJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UnsafeJsonError({
      kind: "notJson",
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (MIGHT_HOLD_PROTOTYPE_KEY.test(text)) {
    const found = findPrototypeKey(value);
    if (found !== null) {
      throw new UnsafeJsonError({ kind: "refusedKey", key: found.key, path: found.path });
    }
  }
  return value;
}
