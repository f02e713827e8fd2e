import { useState } from "react";
import { useTranslation } from "react-i18next";
import { announce } from "@/components/ui/live-announcer";
import { useLang } from "@/lib/i18n";
import { type Lang, languages } from "@/lib/languages";
import { useFilterSearch } from "../filters-store";

/**
 * The address to share: this page's, without its #fragment, and always with its language. A page shown in
 * French because this browser remembered French has no `lang` in its address; the link says it anyway, so
 * that a colleague opens the same view, in the same language (decision 014).
 */
export function linkToShare(href: string, search: string, lang: Lang): string {
  const url = new URL(href);
  url.hash = "";
  // The filters as the store holds them: the address may not show the last change yet (decision 019).
  url.search = search;
  if (!(languages as readonly string[]).includes(url.searchParams.get("lang") ?? "")) {
    url.searchParams.delete("lang");
    url.searchParams.append("lang", lang);
  }
  return url.href.replaceAll("%2C", ",");
}

type CopyState = { kind: "idle" } | { kind: "copied" } | { kind: "failed"; href: string };

type CopyLinkButtonProps = {
  /** Statuses on screen come from this browser's updates, which a link cannot carry: the message says so. */
  hasLocalUpdates: boolean;
};

/** Copies the page's address, which holds the whole view. Where copying is refused, shows it to copy by hand. */
export function CopyLinkButton({ hasLocalUpdates }: CopyLinkButtonProps) {
  const { t } = useTranslation(["filters", "common"]);
  const lang = useLang();
  const search = useFilterSearch();
  const copiedMessage = hasLocalUpdates ? t("copy.copiedWithUpdates") : t("copy.copied");
  const [state, setState] = useState<CopyState>({ kind: "idle" });
  const copy = async () => {
    const href = linkToShare(window.location.href, search, lang);
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
        {t("common:copyLink")}
      </button>
      <span className="copy-link__status">{state.kind === "copied" && copiedMessage}</span>
      {state.kind === "failed" && (
        <label className="copy-link__fallback">
          {t("copy.failed")}
          <input type="text" readOnly value={state.href} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
