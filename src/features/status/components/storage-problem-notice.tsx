import { Link } from "react-router";
import { Message } from "@/components/ui/message";
import { paths } from "@/config/paths";
import { downloadText } from "@/lib/download";
import { keptAsideFileName } from "@/lib/safe-json-storage";
import { useStorageProblem } from "../updates-store";
import { DownloadUpdatesButton } from "./download-updates-button";

/** The browser's own words for a refused write, when they are jargon. */
function plainReason(reason: string): string {
  if (/quota/i.test(reason)) return "its storage for this site is full";
  if (/not available|denied|security/i.test(reason)) return "it does not allow this site to store data";
  return reason;
}

/** Tells the person at once when their updates are not, or could not be, kept in this browser. */
export function StorageProblemNotice() {
  const problem = useStorageProblem();
  if (!problem) return null;
  switch (problem.kind) {
    case "unreadable":
      return (
        <Message tone="warning" title="Some saved updates could not be read">
          <p>
            What this browser had saved was damaged or came from another version of the tracker. The updates
            that could be read are shown.{" "}
            {problem.asideKey !== null ? (
              <>
                The rest was kept aside, unchanged, under the storage key <code>{problem.asideKey}</code>; it
                is listed on <Link to={paths.updates.href()}>Your updates</Link>.
              </>
            ) : (
              <>
                The browser's storage is full, so the rest could not be kept aside: download it now, before
                closing this tab.
              </>
            )}
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
            Download what could not be read
          </button>
        </Message>
      );
    case "not-saved":
    case "unavailable":
      return (
        <Message tone="error" title="Your updates are not being saved on this device">
          <p>
            The browser refused to store them ({plainReason(problem.reason)}). They stay in this tab until you
            close it. Download them to a file now to keep them; you can import that file later, here or in
            another browser. Freeing some space or allowing site data lets the tracker save again.
          </p>
          <DownloadUpdatesButton />
        </Message>
      );
  }
}
