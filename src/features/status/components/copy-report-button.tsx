import { useState } from "react";
import { useTranslation } from "react-i18next";
import { announce } from "@/components/ui/live-announcer";

type CopyReportButtonProps = { text: string };

/** Puts the plain-text report on the clipboard; where the browser refuses, says to select it on the page. */
export function CopyReportButton({ text }: CopyReportButtonProps) {
  const { t } = useTranslation("time");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
      announce(t("changes.announceCopied"));
    } catch {
      setState("failed");
    }
  };
  return (
    <p className="copy-report">
      <button type="button" className="button" onClick={copy}>
        {t("changes.copy")}
      </button>{" "}
      <span className="copy-report__status" role="status">
        {state === "copied" && t("changes.copied")}
        {state === "failed" && t("changes.copyRefused")}
      </span>
    </p>
  );
}
