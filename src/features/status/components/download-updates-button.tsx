import { useTranslation } from "react-i18next";
import { announce } from "@/components/ui/live-announcer";
import { downloadText } from "@/lib/download";
import { activeStatusEvents } from "../update-events";
import { serializeUpdatesFile, updatesFileName } from "../updates-file";
import { useUpdateEvents } from "../updates-store";

/** Saves every update made in this browser to a file: a copy that does not depend on the browser's storage. */
export function DownloadUpdatesButton({ className = "button" }: { className?: string }) {
  const { t } = useTranslation("status");
  const events = useUpdateEvents();
  const download = () => {
    const now = new Date();
    const fileName = updatesFileName(now);
    downloadText(fileName, serializeUpdatesFile(events, now));
    announce(t("download.done", { count: activeStatusEvents(events).length, fileName }));
  };
  return (
    <button type="button" className={className} onClick={download}>
      {t("download.button")}
    </button>
  );
}
