import { create } from "zustand";
import type { LocalizedText, Party, Status } from "@/features/commitments/dataset-schema";
import type { BulkResult } from "./build-changes";

// The change just made, offered for undoing from a toast. One at a time: a newer change replaces it.

/**
 * What the change was, as data: the toast words it when it is shown, in the page's language (a language
 * switched while the toast is up switches it too).
 */
export type UndoWhat =
  | { kind: "saved"; title: LocalizedText; changes: readonly { party: Party; status: Status }[] }
  | { kind: "moved"; title: LocalizedText; status: Status; parties: readonly Party[] }
  | { kind: "bulk"; result: BulkResult };

export type UndoOffer = { batchId: string; what: UndoWhat; key: number };

export const useUndoToast = create<{ offer: UndoOffer | null }>()(() => ({ offer: null }));

let shown = 0;

export function offerUndo(batchId: string, what: UndoWhat) {
  shown += 1;
  useUndoToast.setState({ offer: { batchId, what, key: shown } });
}

export function dismissUndo() {
  useUndoToast.setState({ offer: null });
}
