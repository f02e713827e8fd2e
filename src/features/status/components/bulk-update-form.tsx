import { type FormEvent, useId, useRef, useState } from "react";
import { type Party, partyIds, type Status, statusIds } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { countOf } from "@/lib/count";
import { commitments } from "@/locales/en/commitments";
import { bulkResultMessage, planBulkChange } from "../build-changes";
import { type ChangeProblem, checkChange, needsReason } from "../change-rules";
import { ensureIdentity } from "../identity-prompt";
import { offerUndo } from "../undo-toast-store";
import { useAuthorSide, useUpdateActions } from "../updates-store";
import { ChangeWordsFields } from "./change-words-fields";

const sideInSentence: Record<Party, string> = { us: "the United States", fr: "France" };

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
  const [result, setResult] = useState("");
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
      setResult("Nothing to update: select commitments with the checkboxes first.");
      return;
    }
    const plan = planBulkChange(selected, side, status);
    const words = bulkResultMessage(plan, sideInSentence[side], commitments.status[status]);
    if (plan.changes.length === 0) {
      setProblems([]);
      setResult(words);
      return;
    }
    const checked = checkChange({ targets: [status], reason, evidenceUrl });
    if (!checked.ok) return refuse(checked.problems);
    if (!(await ensureIdentity())) {
      setResult("Not saved: say who you are to save an update.");
      return;
    }
    const recorded = changesRecorded({ changes: plan.changes, reason, evidenceUrl });
    if (!recorded.ok) return refuse(recorded.problems);
    setResult(words);
    offerUndo(
      recorded.batchId,
      words,
      `${commitments.party[side]} → ${commitments.status[status]} on ${countOf(plan.changes.length, "commitment", "commitments")}`,
    );
    setProblems([]);
    setReason("");
    setEvidenceUrl("");
    onClearSelection();
  };

  return (
    <form ref={form} className="bulk-update" aria-labelledby={`${id}-heading`} onSubmit={apply} noValidate>
      <div className="bulk-update__head">
        <h2 id={`${id}-heading`}>Update several at once</h2>
        <p className="bulk-update__count">
          {count === 0
            ? "None selected: tick the commitments to update."
            : `${countOf(count, "commitment", "commitments")} selected.`}
        </p>
        {count > 0 && (
          <button type="button" className="button button--small" onClick={onClearSelection}>
            Clear selection
          </button>
        )}
      </div>
      {count > 0 && (
        <>
          <div className="bulk-update__controls">
            <div className="field">
              <label htmlFor={`${id}-side`}>Side</label>
              <select
                id={`${id}-side`}
                value={side}
                onChange={(event) => setSide(event.target.value as Party)}
              >
                {partyIds.map((party) => (
                  <option key={party} value={party}>
                    {commitments.party[party]}
                    {party === ownSide ? " (your side)" : ""}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-status`}>New status</label>
              <select
                id={`${id}-status`}
                value={status}
                onChange={(event) => setStatus(event.target.value as Status)}
              >
                {statusIds.map((option) => (
                  <option key={option} value={option}>
                    {commitments.status[option]}
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
            Set {commitments.party[side]} to {commitments.status[status]} on{" "}
            {countOf(count, "commitment", "commitments")}
          </button>
        </>
      )}
      <p className="form-hint bulk-update__result" role="status">
        {result}
      </p>
    </form>
  );
}
