import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Message } from "@/components/ui/message";
import { useLang } from "@/lib/i18n";
import { richText } from "@/lib/rich-text";
import {
  MAX_UPDATES_FILE_BYTES,
  readUpdatesFile,
  UpdatesFileError,
  type UpdatesFileErrorText,
} from "../updates-file";
import { useUpdateActions } from "../updates-store";

type ImportResult =
  | { kind: "imported"; fileName: string; read: number; added: number; skipped: string[] }
  | {
      kind: "refused";
      fileName: string;
      reason: UpdatesFileErrorText | { key: "tooLarge"; values: { size: number } } | { key: "unreadable" };
    };

function RefusalReason({ reason }: { reason: Extract<ImportResult, { kind: "refused" }>["reason"] }) {
  const { t } = useTranslation("status");
  const lang = useLang();
  // The browser's own words about bad JSON are English: marked so on a French page (WCAG 3.1.2).
  return richText(
    (values) => String(t(`import.${reason.key}`, values as never)),
    ("values" in reason ? reason.values : undefined) ?? {},
    {
      detail: (children) => (lang === "en" ? children : <span lang="en">{children}</span>),
    },
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  const { t } = useTranslation("status");
  const lang = useLang();
  if (result.kind === "refused") {
    return (
      <Message tone="error" title={t("import.refused", { fileName: result.fileName })}>
        <p>
          <RefusalReason reason={result.reason} />
        </p>
      </Message>
    );
  }
  const already = result.read - result.added;
  return (
    <Message
      tone={result.skipped.length > 0 ? "warning" : "info"}
      title={t("import.imported", { count: result.added, fileName: result.fileName })}
    >
      {already > 0 && <p>{t("import.already", { count: already })}</p>}
      {result.skipped.length > 0 && (
        <>
          <p>{t("import.skipped", { count: result.skipped.length })}</p>
          {/* What zod says about each entry is English, for whoever repairs the file. */}
          <ul className="problem-list" {...(lang === "en" ? {} : { lang: "en" })}>
            {result.skipped.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p>{t("import.skippedWhatToDo", { count: result.skipped.length })}</p>
        </>
      )}
    </Message>
  );
}

/** Reads a file of updates (made by "Download updates") and adds those this browser lacks. */
export function ImportUpdates() {
  const { t } = useTranslation("status");
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
        reason: { key: "tooLarge", values: { size: Math.round(file.size / 1024 / 1024) } },
      });
      return;
    }
    try {
      const { events, skipped } = readUpdatesFile(await file.text());
      const added = updatesImported(events);
      setResult({ kind: "imported", fileName: file.name, read: events.length, added, skipped });
    } catch (error) {
      const reason = error instanceof UpdatesFileError ? error.text : ({ key: "unreadable" } as const);
      setResult({ kind: "refused", fileName: file.name, reason });
    }
  };

  return (
    <div className="import-updates">
      <label htmlFor={inputId}>{t("import.label")}</label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={importFile} />
      {result && <ImportOutcome result={result} />}
    </div>
  );
}
