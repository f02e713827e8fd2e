import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_STALE_AFTER_DAYS, usePreferenceActions, useStaleAfterDays } from "../preferences-store";

/** How many days without a review make a commitment stale: a preference of this browser, checked on save. */
export function StaleAfterSetting() {
  const { t } = useTranslation("time");
  const days = useStaleAfterDays();
  const { staleAfterDaysChanged } = usePreferenceActions();
  const [draft, setDraft] = useState(String(days));
  const [message, setMessage] = useState("");
  const save = (event: FormEvent) => {
    event.preventDefault();
    const wanted = draft.trim() === "" ? Number.NaN : Number(draft);
    setMessage(
      staleAfterDaysChanged(wanted)
        ? t("stale.settingSaved", { count: wanted })
        : t("stale.settingRefused", { max: MAX_STALE_AFTER_DAYS }),
    );
  };
  return (
    <form className="stale-setting" onSubmit={save} aria-labelledby="stale-setting-heading" noValidate>
      <h2 id="stale-setting-heading">{t("stale.settingHeading")}</h2>
      <p>{t("stale.settingExplained")}</p>
      <div className="field">
        <label htmlFor="stale-after-days">{t("stale.settingLabel")}</label>
        <input
          id="stale-after-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_STALE_AFTER_DAYS}
          step={1}
          value={draft}
          aria-describedby="stale-after-message"
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t("stale.settingSave")}
      </button>
      <p id="stale-after-message" className="form-hint" role="status">
        {message}
      </p>
    </form>
  );
}
