import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { type Party, partyIds, type Status, statusIds } from "@/features/commitments/status-event-schema";
import { useLabels } from "@/features/commitments/use-labels";
import { type BulkResult, bulkResultOf, bulkResultWords, planBulkChange } from "../build-changes";
import { type ChangeProblem, checkChange, needsReason } from "../change-rules";
import { ensureIdentity } from "../identity-prompt";
import type { Say } from "../say";
import { offerUndo } from "../undo-toast-store";
import { useAuthorSide, useUpdateActions } from "../updates-store";
import { ChangeWordsFields } from "./change-words-fields";

/** What the form says under it, worded when shown: a bulk update's result, or why nothing was saved. */
type Outcome =
  | { kind: "result"; result: BulkResult }
  | { kind: "nothingSelected" }
  | { kind: "notSaved" }
  | null;

type BulkUpdateFormProps = {
  /** The selected commitments that the current filter shows: what an update applies to. */
  selected: readonly ResolvedCommitment[];
  onClearSelection: () => void;
};

/**
 * One side's status for every selected commitment, with one reason: one event per commitment, in one batch
 * that Undo takes back whole. Commitments the side is not a party to are left alone, and the result says so.
 */
export function BulkUpdateForm({ selected, onClearSelection }: BulkUpdateFormProps) {
  const ownSide = useAuthorSide();
  const [chosenSide, setSide] = useState<Party | null>(null);
  const side = chosenSide ?? ownSide ?? "us";
  const [status, setStatus] = useState<Status>("in_progress");
  const [reason, setReason] = useState("");
  const [evidenceUrl, setEvidenceUrl] = useState("");
  const [problems, setProblems] = useState<readonly ChangeProblem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { t } = useTranslation(["team", "commitments"]);
  const labels = useLabels();
  const say: Say = (key, values) => String(t(key as never, values as never));
  const { changesRecorded } = useUpdateActions();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const count = selected.length;

  const refuse = (found: readonly ChangeProblem[]) => {
    setProblems(found);
    const first = found[0];
    if (first) form.current?.querySelector<HTMLElement>(`[data-field="${first.field}"]`)?.focus();
  };

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (count === 0) {
      setOutcome({ kind: "nothingSelected" });
      return;
    }
    const plan = planBulkChange(selected, side, status);
    const result = bulkResultOf(plan, side, status);
    if (plan.changes.length === 0) {
      setProblems([]);
      setOutcome({ kind: "result", result });
      return;
    }
    const checked = checkChange({ targets: [status], reason, evidenceUrl });
    if (!checked.ok) return refuse(checked.problems);
    if (!(await ensureIdentity())) {
      setOutcome({ kind: "notSaved" });
      return;
    }
    const recorded = changesRecorded({ changes: plan.changes, reason, evidenceUrl });
    if (!recorded.ok) return refuse(recorded.problems);
    setOutcome({ kind: "result", result });
    offerUndo(recorded.batchId, { kind: "bulk", result });
    setProblems([]);
    setReason("");
    setEvidenceUrl("");
    onClearSelection();
  };

  return (
    <form ref={form} className="bulk-update" aria-labelledby={`${id}-heading`} onSubmit={apply} noValidate>
      <div className="bulk-update__head">
        <h2 id={`${id}-heading`}>{t("bulk.heading")}</h2>
        <p className="bulk-update__count">{count === 0 ? t("bulk.none") : t("bulk.selected", { count })}</p>
        {count > 0 && (
          <button type="button" className="button button--small" onClick={onClearSelection}>
            {t("bulk.clear")}
          </button>
        )}
      </div>
      {count > 0 && (
        <>
          <div className="bulk-update__controls">
            <div className="field">
              <label htmlFor={`${id}-side`}>{t("bulk.side")}</label>
              <select
                id={`${id}-side`}
                value={side}
                onChange={(event) => setSide(event.target.value as Party)}
              >
                {partyIds.map((party) => (
                  <option key={party} value={party}>
                    {labels.party(party)}
                    {party === ownSide ? t("identity.yourSide") : ""}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-status`}>{t("bulk.newStatus")}</label>
              <select
                id={`${id}-status`}
                value={status}
                onChange={(event) => setStatus(event.target.value as Status)}
              >
                {statusIds.map((option) => (
                  <option key={option} value={option}>
                    {labels.status(option)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ChangeWordsFields
            idPrefix={id}
            reasonRequired={needsReason([status])}
            reason={reason}
            onReason={setReason}
            evidenceUrl={evidenceUrl}
            onEvidenceUrl={setEvidenceUrl}
            problems={problems}
          />
          <button type="submit" className="button button--primary">
            {t("bulk.apply", {
              side: t(`side.inSentence.${side}`),
              sideOf: t(`side.of.${side}`),
              status: labels.status(status),
              count,
            })}
          </button>
        </>
      )}
      <p className="form-hint bulk-update__result" role="status">
        {outcome?.kind === "result"
          ? bulkResultWords(outcome.result, say)
          : outcome?.kind === "nothingSelected"
            ? t("bulk.nothingSelected")
            : outcome?.kind === "notSaved"
              ? t("identity.notSaved")
              : ""}
      </p>
    </form>
  );
}
