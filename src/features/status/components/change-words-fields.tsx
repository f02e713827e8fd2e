import { useTranslation } from "react-i18next";
import { useLabels } from "@/features/commitments/use-labels";
import { useFormat } from "@/lib/intl-format";
import { type ChangeProblem, statusesNeedingReason } from "../change-rules";

type ChangeWordsFieldsProps = {
  idPrefix: string;
  /** The chosen status needs a reason: the label says so before any attempt to save. */
  reasonRequired: boolean;
  reason: string;
  onReason: (reason: string) => void;
  evidenceUrl: string;
  onEvidenceUrl: (url: string) => void;
  problems: readonly ChangeProblem[];
};

/**
 * The words that go with every change: the reason (asked for always, required for Done, At risk and Dropped)
 * and an optional evidence link. Shared by the commitment's form, a card's move and the bulk update, so all
 * three say the same rules in the same words. A field that was refused says why, next to it.
 */
export function ChangeWordsFields({
  idPrefix,
  reasonRequired,
  reason,
  onReason,
  evidenceUrl,
  onEvidenceUrl,
  problems,
}: ChangeWordsFieldsProps) {
  const { t } = useTranslation("team");
  const labels = useLabels();
  const format = useFormat();
  // "Done, At risk, and Dropped" / "Réalisé, En difficulté et Abandonné".
  const statuses = format.list(statusesNeedingReason.map(labels.status));
  const say = (problem: ChangeProblem) =>
    t(`rules.${problem.text.key}`, { statuses, ...problem.text.values });
  const problemOf = (field: ChangeProblem["field"]) => problems.find((problem) => problem.field === field);
  const reasonProblem = problemOf("reason");
  const linkProblem = problemOf("evidenceUrl");
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-reason`}>
          {t("words.reason")}{" "}
          <span className="field__note">
            {reasonRequired ? t("words.requiredHere") : t("words.requiredFor", { statuses })}
          </span>
        </label>
        <textarea
          id={`${idPrefix}-reason`}
          data-field="reason"
          rows={3}
          maxLength={2000}
          value={reason}
          aria-required={reasonRequired}
          aria-invalid={reasonProblem ? true : undefined}
          aria-describedby={reasonProblem ? `${idPrefix}-reason-error` : undefined}
          onChange={(event) => onReason(event.target.value)}
        />
        {reasonProblem && (
          <p id={`${idPrefix}-reason-error`} className="field-error">
            {say(reasonProblem)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-evidence`}>
          {t("words.evidence")} <span className="field__note">{t("words.evidenceNote")}</span>
        </label>
        <input
          id={`${idPrefix}-evidence`}
          data-field="evidenceUrl"
          type="url"
          inputMode="url"
          autoComplete="url"
          maxLength={2000}
          placeholder="https://"
          value={evidenceUrl}
          aria-invalid={linkProblem ? true : undefined}
          aria-describedby={linkProblem ? `${idPrefix}-evidence-error` : undefined}
          onChange={(event) => onEvidenceUrl(event.target.value)}
        />
        {linkProblem && (
          <p id={`${idPrefix}-evidence-error`} className="field-error">
            {say(linkProblem)}
          </p>
        )}
      </div>
    </>
  );
}
