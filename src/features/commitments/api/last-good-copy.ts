import { createStore, get, set, type UseStore } from "idb-keyval";
import { z } from "@/lib/zod";
import type { ParsedDataset } from "../parse-dataset";
import { parseDatasetText } from "../parse-dataset";
import { absoluteDataUrl } from "./last-good-copy-key";

// The last data file that loaded and validated, kept in IndexedDB (localStorage holds 5 MB at most, and a
// large file would crowd out the updates kept there). It is kept as the text that was received, and read
// back through the same validation as a fresh file: storage is a boundary like the network.

export type LastGoodCopy = ParsedDataset & { loadedAt: string };

const storedCopySchema = z.object({ text: z.string(), loadedAt: z.iso.datetime({ offset: true }) });

let store: UseStore | undefined;
function copies(): UseStore {
  store ??= createStore("us-fr-tracker", "last-good-dataset");
  return store;
}

/** Keeps the text of a file that has just validated. Failing to keep it only costs the fallback. */
export async function keepLastGoodCopy(url: string, text: string, loadedAt = new Date()): Promise<void> {
  try {
    await set(absoluteDataUrl(url), { text, loadedAt: loadedAt.toISOString() }, copies());
  } catch {
    // No IndexedDB (private browsing in some browsers) or no room: the tracker works without the copy.
  }
}

/** The copy kept for this address, validated again; null when there is none or it is no longer usable. */
export async function readLastGoodCopy(url: string): Promise<LastGoodCopy | null> {
  let stored: unknown;
  try {
    stored = await get(absoluteDataUrl(url), copies());
  } catch {
    return null;
  }
  const copy = storedCopySchema.safeParse(stored);
  if (!copy.success) return null;
  try {
    return { ...parseDatasetText(copy.data.text), loadedAt: copy.data.loadedAt };
  } catch {
    return null; // kept by an older tracker whose files this one no longer reads
  }
}
