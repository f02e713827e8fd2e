import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Party, type Status, statusIds } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { DEFAULT_STATUS } from "@/features/commitments/status";
import { useLabels } from "@/features/commitments/use-labels";
import { useAuthorName, useUpdateActions } from "../updates-store";

export type SavedUpdate = { batchId: string; message: string };

type StatusUpdateFormProps = {
  item: ResolvedCommitment;
  onSaved: (saved: SavedUpdate) => void;
};

/**
 * One status control per side, a note and the person's name. The draft holds only what the person changed,
 * so every other control shows the current status, even when another tab changes it meanwhile.
 */
export function StatusUpdateForm({ item, onSaved }: StatusUpdateFormProps) {
  const { commitment } = item;
  const current = (party: Party) => item.statuses[party] ?? DEFAULT_STATUS;
  const [draft, setDraft] = useState<Partial<Record<Party, Status>>>({});
  const [note, setNote] = useState("");
  const [hint, setHint] = useState("");
  const authorName = useAuthorName();
  const { statusChanged, authorNameChanged } = useUpdateActions();
  const id = useId();
  const { t } = useTranslation("status");
  const labels = useLabels();

  const changes = commitment.parties
    .map((party) => ({ party, status: draft[party] ?? current(party) }))
    .filter(({ party, status }) => status !== current(party));

  const save = (event: FormEvent) => {
    event.preventDefault();
    const batchId = statusChanged({ commitmentId: commitment.id, changes, note });
    if (!batchId) {
      setHint(t("form.nothingToSave"));
      return;
    }
    onSaved({ batchId, message: t("form.saved", { changes: labels.changes(changes) }) });
    setDraft({});
    setNote("");
    setHint("");
  };

  return (
    <form className="status-form" onSubmit={save} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("form.title")}</h2>
      <div className="status-form__controls">
        {commitment.parties.map((party) => (
          <div className="field" key={party}>
            <label htmlFor={`${id}-${party}`}>{t("form.statusOf", { side: labels.party(party) })}</label>
            <select
              id={`${id}-${party}`}
              value={draft[party] ?? current(party)}
              onChange={(event) => setDraft({ ...draft, [party]: event.target.value as Status })}
            >
              {statusIds.map((status) => (
                <option key={status} value={status}>
                  {labels.status(status)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t("form.note")}</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-author`}>{t("form.name")}</label>
        <input
          id={`${id}-author`}
          type="text"
          autoComplete="name"
          maxLength={200}
          value={authorName}
          onChange={(event) => authorNameChanged(event.target.value)}
        />
      </div>
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus right after a save. */}
      <button type="submit" className="button button--primary" aria-disabled={changes.length === 0}>
        {t("form.save")}
      </button>
      <p className="form-hint" role="status">
        {hint}
      </p>
    </form>
  );
}
