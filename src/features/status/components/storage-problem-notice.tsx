import { Link } from "react-router";
import { Message } from "@/components/ui/message";
import { paths } from "@/config/paths";
import { downloadText } from "@/lib/download";
import { keptAsideFileName } from "@/lib/safe-json-storage";
import { useStorageProblem } from "../updates-store";
import { DownloadUpdatesButton } from "./download-updates-button";

/** Tells the person at once when their updates are not, or could not be, kept in this browser. */
export function StorageProblemNotice() {
  const problem = useStorageProblem();
  if (!problem) return null;
  switch (problem.kind) {
    case "unreadable": {
      const kept = globalThis.localStorage?.getItem(problem.asideKey) ?? null;
      return (
        <Message tone="warning" title="Some saved updates could not be read">
          <p>
            What this browser had saved was damaged or came from another version of the tracker. It was kept
            aside, unchanged, under the storage key <code>{problem.asideKey}</code>; the updates that could be
            read are shown. Every value kept aside is listed on{" "}
            <Link to={paths.updates.href()}>Your updates</Link>.
          </p>
          {kept !== null && (
            <button
              type="button"
              className="button"
              onClick={() => downloadText(keptAsideFileName(problem.asideKey), kept, "text/plain")}
            >
              Download what was kept aside
            </button>
          )}
        </Message>
      );
    }
    case "not-saved":
    case "unavailable":
      return (
        <Message tone="error" title="Your updates are not being saved on this device">
          <p>
            The browser refused to store them ({problem.reason}). They stay in this tab until you close it.
            Download them to a file now to keep them; you can import that file later, here or in another
            browser. Freeing some space or allowing site data lets the tracker save again.
          </p>
          <DownloadUpdatesButton />
        </Message>
      );
  }
}
