import { DownloadUpdatesButton } from "@/features/status/components/download-updates-button";
import { ImportUpdates } from "@/features/status/components/import-updates";
import { KeptAsideValues } from "@/features/status/components/kept-aside-values";
import { activeStatusEvents } from "@/features/status/update-events";
import { useTracker } from "../use-tracker";

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** This browser's updates as a file: kept safe, moved to another browser, or sent to the data's editor. */
export function UpdatesRoute() {
  const { events, all } = useTracker();
  const standing = activeStatusEvents(events).length;
  const unpublished = all.filter((item) => item.pendingParties.length > 0).length;
  return (
    <>
      <title>Your updates — US–France commitments tracker</title>
      <h1>Your updates</h1>
      <p className="lede">
        Status updates made here are kept in this browser until they appear in the published data file. A file
        of them keeps them safe if the browser is cleared, moves them to another browser, or goes to whoever
        publishes the data.
      </p>
      <section aria-labelledby="download-heading">
        <h2 id="download-heading">Download</h2>
        <p>
          This browser holds {count(standing, "status update", "status updates")} (undone ones aside);{" "}
          {count(unpublished, "commitment shows", "commitments show")} a status not yet in the published file.
        </p>
        <DownloadUpdatesButton />
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <p>
          Adds the updates of a downloaded file that this browser does not have yet. Nothing already here is
          changed or lost, and importing the same file twice adds nothing the second time.
        </p>
        <ImportUpdates />
      </section>
      <KeptAsideValues />
    </>
  );
}
