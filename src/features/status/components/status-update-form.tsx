import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { DEFAULT_STATUS } from "@/features/commitments/status";
import { type Party, type Status, statusIds } from "@/features/commitments/status-event-schema";
import { useLabels } from "@/features/commitments/use-labels";
import { changesOf } from "../build-changes";
import { type ChangeProblem, checkChange, needsReason } from "../change-rules";
import { ensureIdentity } from "../identity-prompt";
import { useAuthorSide, useUpdateActions } from "../updates-store";
import { ChangeWordsFields } from "./change-words-fields";
import { IdentityLine } from "./identity-line";

/** `message`: the sentence that says it was saved; `changes`: what changed, for the undo toast to word. */
export type SavedUpdate = {
  batchId: string;
  message: string;
  changes: readonly { party: Party; status: Status }[];
};

type StatusUpdateFormProps = {
  item: ResolvedCommitment;
  onSaved: (saved: SavedUpdate) => void;
};

/**
 * One status control per side (the person's own side first), a reason and an evidence link. The draft holds
 * only what the person changed, so every other control shows the current status, even when another tab
 * changes it meanwhile.
 */
export function StatusUpdateForm({ item, onSaved }: StatusUpdateFormProps) {
  const { commitment } = item;
  const current = (party: Party) => item.statuses[party] ?? DEFAULT_STATUS;
  const [draft, setDraft] = useState<Partial<Record<Party, Status>>>({});
  const [reason, setReason] = useState("");
  const [evidenceUrl, setEvidenceUrl] = useState("");
  const [problems, setProblems] = useState<ChangeProblem[]>([]);
  const [hint, setHint] = useState("");
  const ownSide = useAuthorSide();
  const { changesRecorded } = useUpdateActions();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { t } = useTranslation(["status", "team"]);
  const labels = useLabels();

  const parties = [...commitment.parties].sort((a, b) => Number(b === ownSide) - Number(a === ownSide));
  const changes = changesOf(item, draft);
  const targets = changes.map((change) => change.status);

  const refuse = (found: ChangeProblem[]) => {
    setProblems(found);
    setHint("");
    const first = found[0];
    if (first) form.current?.querySelector<HTMLElement>(`[data-field="${first.field}"]`)?.focus();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (changes.length === 0) {
      setProblems([]);
      setHint(t("form.nothingToSave"));
      return;
    }
    // The form's own rules first, so the person fixes them before being asked anything else.
    const checked = checkChange({ targets, reason, evidenceUrl });
    if (!checked.ok) return refuse(checked.problems);
    if (!(await ensureIdentity())) {
      setHint(t("team:identity.notSaved"));
      return;
    }
    const result = changesRecorded({ changes, reason, evidenceUrl });
    if (!result.ok) return refuse(result.problems);
    onSaved({
      batchId: result.batchId,
      message: t("form.saved", { changes: labels.changes(changes) }),
      changes,
    });
    setDraft({});
    setReason("");
    setEvidenceUrl("");
    setProblems([]);
    setHint("");
  };

  return (
    <form ref={form} className="status-form" onSubmit={save} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t("form.title")}</h2>
      <IdentityLine />
      <div className="status-form__controls">
        {parties.map((party) => (
          <div className="field" key={party}>
            <label htmlFor={`${id}-${party}`}>
              {t("form.statusOf", { side: labels.party(party) })}
              {party === ownSide && <span className="field__note">{t("team:identity.yourSide")}</span>}
            </label>
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
      <ChangeWordsFields
        idPrefix={id}
        reasonRequired={needsReason(targets)}
        reason={reason}
        onReason={setReason}
        evidenceUrl={evidenceUrl}
        onEvidenceUrl={setEvidenceUrl}
        problems={problems}
      />
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
