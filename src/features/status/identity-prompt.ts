import { create } from "zustand";
import type { Identity } from "./build-changes";
import { useUpdatesStore } from "./updates-store";

// Who is asking for a name and side, and how to answer them. The name and side themselves live in the
// updates store (persisted); this store only holds the open question, so one dialog serves every way of
// making a change (the form, a card move, a drop, a bulk update) and "Change" on the Your updates page.

type Purpose = "first" | "change";
type PromptState = { purpose: Purpose | null; answer: ((identity: Identity | null) => void) | null };

export const useIdentityPrompt = create<PromptState>()(() => ({ purpose: null, answer: null }));

/** Opens the dialog; resolves with the name and side given, or null if the person cancelled. */
export function askIdentity(purpose: Purpose): Promise<Identity | null> {
  useIdentityPrompt.getState().answer?.(null); // a question still open is cancelled by the new one
  return new Promise((resolve) => useIdentityPrompt.setState({ purpose, answer: resolve }));
}

/** The person's name and side, asking for them first if this browser does not know them yet. */
export function ensureIdentity(): Promise<Identity | null> {
  const { authorName, authorSide } = useUpdatesStore.getState();
  const name = authorName.trim();
  if (name && authorSide) return Promise.resolve({ name, side: authorSide });
  return askIdentity("first");
}

/** The dialog's answer: remembered (when given) and passed to whoever asked. */
export function answerIdentity(identity: Identity | null) {
  const { answer } = useIdentityPrompt.getState();
  if (identity) useUpdatesStore.getState().actions.identityChanged(identity);
  useIdentityPrompt.setState({ purpose: null, answer: null });
  answer?.(identity);
}
