import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { announce } from "@/components/ui/live-announcer";
import { useLocalize } from "@/features/commitments/components/localized";
import { useLabels } from "@/features/commitments/use-labels";
import { focusMainHeading } from "@/lib/focus-main-heading";
import { bulkResultWords } from "../build-changes";
import type { Say } from "../say";
import { dismissUndo, type UndoWhat, useUndoToast } from "../undo-toast-store";
import { activeStatusEvents } from "../update-events";
import { useUpdateActions, useUpdateEvents } from "../updates-store";

/** How long the toast stays, at least; it stays as long as it is hovered or holds focus. */
export const UNDO_TOAST_MS = 12_000;

/**
 * After a change: what was saved, and Undo for that batch. A polite status region (always in the page, so
 * screen readers hear what is put in it) that never takes focus; Tab reaches its buttons.
 */
export function UndoToast() {
  const { t } = useTranslation("team");
  const words = useUndoWords();
  const offer = useUndoToast((state) => state.offer);
  const events = useUpdateEvents();
  const { batchUndone } = useUpdateActions();
  const [held, setHeld] = useState({ hover: false, focus: false });
  const region = useRef<HTMLDivElement>(null);
  // Undone some other way ("Undo last update", another tab): nothing left to offer.
  const stands =
    offer !== null && activeStatusEvents(events).some((event) => event.batchId === offer.batchId);
  const paused = held.hover || held.focus;

  useEffect(() => {
    if (!offer || paused) return;
    const timer = setTimeout(dismissUndo, UNDO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [offer, paused]);

  const close = () => {
    // Focus must not be left on a button that goes away.
    const hadFocus = region.current?.contains(document.activeElement) ?? false;
    dismissUndo();
    setHeld({ hover: false, focus: false });
    if (hadFocus) focusMainHeading();
  };

  const undo = () => {
    if (!offer) return;
    batchUndone(offer.batchId);
    announce(t("toast.undone", { what: words(offer.what).what }));
    close();
  };

  return (
    <div
      ref={region}
      className="undo-toast-region"
      role="status"
      aria-label={t("toast.label")}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null))
          setHeld((h) => ({ ...h, focus: false }));
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
    >
      {offer && stands && (
        <div className="undo-toast" key={offer.key}>
          <p className="undo-toast__message">{words(offer.what).message}</p>
          <button type="button" className="button undo-toast__undo" onClick={undo}>
            {t("toast.undo")}
          </button>
          <button
            type="button"
            className="button button--small undo-toast__close"
            onClick={close}
            aria-label={t("toast.dismiss")}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}

/** A change in the page's language: `message`, what the toast says; `what`, a few words for "Undone: …". */
function useUndoWords() {
  const { t } = useTranslation(["team", "boards", "commitments"]);
  const labels = useLabels();
  const localize = useLocalize();
  return (change: UndoWhat): { message: string; what: string } => {
    if (change.kind === "bulk") {
      const say: Say = (key, values) => String(t(key as never, values as never));
      const { result } = change;
      return {
        message: bulkResultWords(result, say),
        what: t("toast.bulkWhat", {
          side: labels.party(result.party),
          status: labels.status(result.status),
          count: result.changed,
        }),
      };
    }
    const title = localize(change.title);
    if (change.kind === "saved") {
      const what = labels.changes(change.changes);
      return { message: t("toast.saved", { what, title }), what: t("toast.savedWhat", { what, title }) };
    }
    const status = labels.status(change.status);
    return {
      message: t("boards:board.moved", { title, status, sides: labels.parties(change.parties) }),
      what: t("toast.moveWhat", { title, status }),
    };
  };
}
