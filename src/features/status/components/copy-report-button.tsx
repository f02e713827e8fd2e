import { useState } from "react";
import { announce } from "@/components/ui/live-announcer";

type CopyReportButtonProps = { text: string };

/** Puts the plain-text report on the clipboard; where the browser refuses, says to select it on the page. */
export function CopyReportButton({ text }: CopyReportButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
      announce("Report copied as text.");
    } catch {
      setState("failed");
    }
  };
  return (
    <p className="copy-report">
      <button type="button" className="button" onClick={copy}>
        Copy as text
      </button>{" "}
      <span className="copy-report__status" role="status">
        {state === "copied" && "Copied: paste it into your report."}
        {state === "failed" && "Your browser did not allow copying: select the text below and copy it."}
      </span>
    </p>
  );
}
