import { useOutletContext } from "react-router";
import { StaleAfterSetting } from "@/features/preferences/components/stale-after-setting";
import { DownloadUpdatesButton } from "@/features/status/components/download-updates-button";
import { ImportUpdates } from "@/features/status/components/import-updates";
import { KeptAsideValues } from "@/features/status/components/kept-aside-values";
import { activeStatusEvents } from "@/features/status/update-events";
import { useUpdateEvents } from "@/features/status/updates-store";
import { countOf } from "@/lib/count";
import type { TrackerView } from "../use-tracker";

/** This browser's updates as a file: kept safe, moved to another browser, or sent to the data's editor. */
export function UpdatesRoute() {
  // Null while the data cannot be loaded: the updates themselves live in this browser and are still here.
  const view = useOutletContext<TrackerView | null>();
  const events = useUpdateEvents();
  const standing = activeStatusEvents(events).length;
  const unpublished = view?.all.filter((item) => item.pendingParties.length > 0).length;
  return (
    <>
      <title>Your updates — US–France commitments tracker</title>
      <h1>Your updates</h1>
      <p className="lede">
        Status updates made here are kept in this browser until they appear in the published data file. A file
        of them keeps them safe if the browser is cleared, moves them to another browser, or goes to whoever
        publishes the data.
      </p>
      <section className="updates-section" aria-labelledby="download-heading">
        <h2 id="download-heading">Download</h2>
        <p>
          This browser holds {countOf(standing, "status update", "status updates")} (undone ones aside)
          {unpublished === undefined
            ? "."
            : `; ${countOf(unpublished, "commitment shows", "commitments show")} a status not yet in the published file.`}
        </p>
        <DownloadUpdatesButton />
      </section>
      <section className="updates-section" aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <p>
          Adds the updates of a downloaded file that this browser does not have yet. Nothing already here is
          changed or lost, and importing the same file twice adds nothing the second time.
        </p>
        <ImportUpdates />
      </section>
      <KeptAsideValues />
      <section className="updates-section">
        <StaleAfterSetting />
      </section>
    </>
  );
}
