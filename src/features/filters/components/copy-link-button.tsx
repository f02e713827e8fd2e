import { useState } from "react";
import { announce } from "@/components/ui/live-announcer";

type CopyState = { kind: "idle" } | { kind: "copied" } | { kind: "failed"; href: string };

type CopyLinkButtonProps = {
  /** Statuses on screen come from this browser's updates, which a link cannot carry: the message says so. */
  hasLocalUpdates: boolean;
};

/** Copies the page's address, which holds the whole view. Where copying is refused, shows it to copy by hand. */
export function CopyLinkButton({ hasLocalUpdates }: CopyLinkButtonProps) {
  const copiedMessage = hasLocalUpdates
    ? "Link copied. It holds these filters; your updates made in this browser are not in it, so others see the published statuses."
    : "Link copied: it opens this exact view.";
  const [state, setState] = useState<CopyState>({ kind: "idle" });
  const copy = async () => {
    const href = window.location.href.split("#")[0] ?? window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setState({ kind: "copied" });
      announce(copiedMessage);
    } catch {
      setState({ kind: "failed", href });
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      <span className="copy-link__status">{state.kind === "copied" && copiedMessage}</span>
      {state.kind === "failed" && (
        <label className="copy-link__fallback">
          Your browser did not allow copying. Copy this address:
          <input type="text" readOnly value={state.href} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
