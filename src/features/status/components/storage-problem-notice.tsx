import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Message } from "@/components/ui/message";
import { paths } from "@/config/paths";
import { useFilterSearch } from "@/features/filters/filters-store";
import { downloadText } from "@/lib/download";
import { richText } from "@/lib/rich-text";
import { keptAsideFileName, type StorageProblem } from "@/lib/safe-json-storage";
import { useStorageProblem } from "../updates-store";
import { DownloadUpdatesButton } from "./download-updates-button";

/** The browser's own words for a refused write, in plain words where they are jargon; else as they are. */
function plainReason(
  problem: Extract<StorageProblem, { kind: "not-saved" | "unavailable" }>,
): { key: "full" | "denied" | "unavailable"; text?: never } | { key: null; text: string } {
  if (problem.kind === "unavailable") return { key: "unavailable" };
  if (/quota/i.test(problem.reason)) return { key: "full" };
  if (/not available|denied|security/i.test(problem.reason)) return { key: "denied" };
  return { key: null, text: problem.reason };
}

/** Tells the person at once when their updates are not, or could not be, kept in this browser. */
export function StorageProblemNotice() {
  const { t } = useTranslation("status");
  const problem = useStorageProblem();
  const search = useFilterSearch();
  if (!problem) return null;
  switch (problem.kind) {
    case "unreadable":
      return (
        <Message tone="warning" title={t("storage.unreadableTitle")}>
          <p>
            {t("storage.unreadableText")}{" "}
            {problem.asideKey !== null
              ? richText(
                  (values) => String(t("storage.keptAside", values as never)),
                  { key: problem.asideKey },
                  {
                    key: (children) => <code>{children}</code>,
                    link: (children) => (
                      <Link to={{ pathname: paths.updates.href(), search }}>{children}</Link>
                    ),
                  },
                )
              : t("storage.notKeptAside")}
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadText(
                keptAsideFileName(problem.asideKey ?? "us-fr-tracker-unreadable"),
                problem.raw,
                "text/plain",
              )
            }
          >
            {t("storage.downloadUnreadable")}
          </button>
        </Message>
      );
    case "not-saved":
    case "unavailable": {
      const reason = plainReason(problem);
      return (
        <Message tone="error" title={t("storage.notSavedTitle")}>
          <p>
            {richText(
              (values) => String(t("storage.notSavedText", values as never)),
              // The browser's own words are in the browser's language, not necessarily the page's.
              { reason: reason.key ? t(`storage.${reason.key}`) : reason.text },
            )}
          </p>
          <DownloadUpdatesButton />
        </Message>
      );
    }
  }
}
