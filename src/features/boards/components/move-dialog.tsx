import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Status } from "@/features/commitments/dataset-schema";
import { useLabels } from "@/features/commitments/use-labels";
import type { StatusChange } from "@/features/status/build-changes";
import { type ChangeProblem, checkChange, needsReason } from "@/features/status/change-rules";
import { ChangeWordsFields } from "@/features/status/components/change-words-fields";

export type MoveWords = { reason: string; evidenceUrl: string };

type MoveDialogProps = {
  title: string;
  columnName: string;
  target: Status;
  changes: readonly StatusChange[];
  /** Records the move; returns the problems that stopped it, if any. */
  onConfirm: (words: MoveWords) => readonly ChangeProblem[];
  onCancel: () => void;
};

/**
 * Asks why a card moves (a move from "Move to…" or a drop): the reason, required for Done, At risk and Dropped,
 * and an evidence link. A native modal dialog, open while it is rendered: Escape or Cancel changes nothing.
 */
export function MoveDialog({ title, columnName, target, changes, onConfirm, onCancel }: MoveDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [evidenceUrl, setEvidenceUrl] = useState("");
  const [problems, setProblems] = useState<readonly ChangeProblem[]>([]);
  const labels = useLabels();
  const { t } = useTranslation("team");
  const id = useId();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Closed before the board moves focus: nothing outside an open modal dialog can take focus.
  const cancel = () => {
    dialog.current?.close();
    onCancel();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkChange({ targets: [target], reason, evidenceUrl });
    const found = checked.ok ? onConfirm({ reason, evidenceUrl }) : checked.problems;
    setProblems(found);
    const first = found[0];
    if (first) dialog.current?.querySelector<HTMLElement>(`[data-field="${first.field}"]`)?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog move-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>{t("move.title", { title, column: columnName })}</h2>
        <p>{t("move.sets", { changes: labels.changes(changes) })}</p>
        <ChangeWordsFields
          idPrefix={id}
          reasonRequired={needsReason([target])}
          reason={reason}
          onReason={setReason}
          evidenceUrl={evidenceUrl}
          onEvidenceUrl={setEvidenceUrl}
          problems={problems}
        />
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {t("move.confirm")}
          </button>
          <button type="button" className="button" onClick={cancel}>
            {t("move.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
