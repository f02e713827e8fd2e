import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Party, partyIds } from "@/features/commitments/status-event-schema";
import { useLabels } from "@/features/commitments/use-labels";
import { answerIdentity, useIdentityPrompt } from "../identity-prompt";
import { useAuthorName, useAuthorSide } from "../updates-store";

/**
 * Asks for the person's name and side: before their first change, or when they choose to change them. A
 * native modal dialog: it keeps focus inside, Escape cancels, and focus returns to where it was.
 */
export function IdentityDialog() {
  const purpose = useIdentityPrompt((state) => state.purpose);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (purpose && !element.open) element.showModal();
    if (!purpose && element.open) element.close();
  }, [purpose]);
  return (
    <dialog
      ref={dialog}
      className="dialog identity-dialog"
      aria-labelledby="identity-heading"
      // Escape, or the browser closing it: the question is cancelled.
      onClose={() => {
        if (useIdentityPrompt.getState().purpose) answerIdentity(null);
      }}
    >
      {/* Keyed by the question: each opening starts from what is stored, with no error left over. */}
      {purpose && <IdentityForm key={purpose} purpose={purpose} />}
    </dialog>
  );
}

function IdentityForm({ purpose }: { purpose: "first" | "change" }) {
  const { t } = useTranslation("team");
  const labels = useLabels();
  const storedName = useAuthorName();
  const storedSide = useAuthorSide();
  const [name, setName] = useState(storedName);
  const [side, setSide] = useState<Party | undefined>(storedSide);
  // The field in error only: its message is worded when shown, in the page's language.
  const [error, setError] = useState<{ field: "name" | "side" } | null>(null);
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const firstSide = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError({ field: "name" });
      nameInput.current?.focus();
      return;
    }
    if (!side) {
      setError({ field: "side" });
      firstSide.current?.focus();
      return;
    }
    answerIdentity({ name: name.trim(), side });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="identity-heading">
        {purpose === "first" ? t("identity.titleFirst") : t("identity.titleChange")}
      </h2>
      <p>{t("identity.explained")}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("identity.name")}</label>
        <input
          ref={nameInput}
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          maxLength={200}
          value={name}
          aria-invalid={error?.field === "name" || undefined}
          aria-describedby={error?.field === "name" ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <fieldset
        className="field identity-dialog__sides"
        aria-invalid={error?.field === "side" || undefined}
        aria-describedby={error?.field === "side" ? `${id}-error` : undefined}
      >
        <legend>{t("identity.side")}</legend>
        {partyIds.map((party, index) => (
          <label key={party} className="radio">
            <input
              ref={index === 0 ? firstSide : undefined}
              type="radio"
              name={`${id}-side`}
              value={party}
              checked={side === party}
              onChange={() => setSide(party)}
            />{" "}
            {labels.party(party)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error.field === "name" ? t("identity.nameMissing") : t("identity.sideMissing")}
        </p>
      )}
      <div className="dialog__actions">
        <button type="submit" className="button button--primary">
          {purpose === "first" ? t("identity.continue") : t("identity.save")}
        </button>
        <button type="button" className="button" onClick={() => answerIdentity(null)}>
          {t("identity.cancel")}
        </button>
      </div>
    </form>
  );
}
