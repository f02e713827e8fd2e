import { downloadText } from "@/lib/download";
import { keptAside, keptAsideFileName } from "@/lib/safe-json-storage";
import { UPDATES_STORAGE_KEY } from "../updates-store";

/**
 * Saved values that could not be read, kept aside untouched: each can be downloaded, to be recovered by
 * hand or sent to whoever supports the tracker.
 */
export function KeptAsideValues() {
  const values = keptAside(UPDATES_STORAGE_KEY);
  if (values.length === 0) return null;
  return (
    <section className="updates-section" aria-labelledby="kept-aside-heading">
      <h2 id="kept-aside-heading">Saved values that could not be read</h2>
      <p>
        This browser once held saved updates that the tracker could not read. They were kept aside, unchanged.
        Download one to recover its updates by hand.
      </p>
      <ul className="kept-aside">
        {values.map(({ key, value }) => (
          <li key={key}>
            <code>{key}</code> ({value.length.toLocaleString("en")} characters){" "}
            <button
              type="button"
              className="button button--small"
              aria-label={`Download ${key}`}
              onClick={() => downloadText(keptAsideFileName(key), value, "text/plain")}
            >
              Download
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
