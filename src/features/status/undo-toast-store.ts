import { create } from "zustand";

// The change just made, offered for undoing from a toast. One at a time: a newer change replaces it.

/** `message`: what the toast says; `what`: the change in a few words, for "Undone: …". */
export type UndoOffer = { batchId: string; message: string; what: string; key: number };

export const useUndoToast = create<{ offer: UndoOffer | null }>()(() => ({ offer: null }));

let shown = 0;

export function offerUndo(batchId: string, message: string, what: string) {
  shown += 1;
  useUndoToast.setState({ offer: { batchId, message, what, key: shown } });
}

export function dismissUndo() {
  useUndoToast.setState({ offer: null });
}
