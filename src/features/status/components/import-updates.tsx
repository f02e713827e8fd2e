import { type ChangeEvent, useId, useState } from "react";
import { Message } from "@/components/ui/message";
import { countOf } from "@/lib/count";
import { MAX_UPDATES_FILE_BYTES, readUpdatesFile, UpdatesFileError } from "../updates-file";
import { useUpdateActions } from "../updates-store";

type ImportResult =
  | { kind: "imported"; fileName: string; read: number; added: number; skipped: string[] }
  | { kind: "refused"; fileName: string; reason: string };

function ImportOutcome({ result }: { result: ImportResult }) {
  if (result.kind === "refused") {
    return (
      <Message tone="error" title={`Nothing was imported from ${result.fileName}`}>
        <p>{result.reason}</p>
      </Message>
    );
  }
  const already = result.read - result.added;
  return (
    <Message
      tone={result.skipped.length > 0 ? "warning" : "info"}
      title={`Imported ${countOf(result.added, "update", "updates")} from ${result.fileName}`}
    >
      {already > 0 && (
        <p>
          {already === 1 ? "1 update of the file was" : `${already} updates of the file were`} already in this
          browser, and {already === 1 ? "is" : "are"} kept once.
        </p>
      )}
      {result.skipped.length > 0 && (
        <>
          <p>
            {result.skipped.length === 1 ? "1 entry is" : `${result.skipped.length} entries are`} not a valid
            update and {result.skipped.length === 1 ? "was" : "were"} left out:
          </p>
          <ul className="problem-list">
            {result.skipped.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
    </Message>
  );
}

/** Reads a file of updates (made by "Download updates") and adds those this browser lacks. */
export function ImportUpdates() {
  const inputId = useId();
  const { updatesImported } = useUpdateActions();
  const [result, setResult] = useState<ImportResult | null>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = ""; // choosing the same file again is a new import
    if (file.size > MAX_UPDATES_FILE_BYTES) {
      setResult({
        kind: "refused",
        fileName: file.name,
        reason: `The file is ${Math.round(file.size / 1024 / 1024)} MB: far larger than any file of updates. Choose the file made by “Download updates”.`,
      });
      return;
    }
    try {
      const { events, skipped } = readUpdatesFile(await file.text());
      const added = updatesImported(events);
      setResult({ kind: "imported", fileName: file.name, read: events.length, added, skipped });
    } catch (error) {
      const reason = error instanceof UpdatesFileError ? error.message : "The file could not be read.";
      setResult({ kind: "refused", fileName: file.name, reason });
    }
  };

  return (
    <div className="import-updates">
      <label htmlFor={inputId}>Import updates from a file</label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={importFile} />
      {result && <ImportOutcome result={result} />}
    </div>
  );
}
