import { type FormEvent, useState } from "react";
import { usePreferenceActions, useStaleAfterDays } from "../preferences-store";
import { MAX_STALE_AFTER_DAYS } from "../staleness";

/** How many days without a review make a commitment stale: a preference of this browser, checked on save. */
export function StaleAfterSetting() {
  const days = useStaleAfterDays();
  const { staleAfterDaysChanged } = usePreferenceActions();
  const [draft, setDraft] = useState(String(days));
  const [message, setMessage] = useState("");
  const save = (event: FormEvent) => {
    event.preventDefault();
    const problem = staleAfterDaysChanged(draft.trim() === "" ? Number.NaN : Number(draft));
    setMessage(
      problem ? `Not saved: the number of days ${problem}.` : `Saved: flagged after ${Number(draft)} days.`,
    );
  };
  return (
    <form className="stale-setting" onSubmit={save} aria-labelledby="stale-setting-heading" noValidate>
      <h2 id="stale-setting-heading">Stale items</h2>
      <p>
        A commitment whose statuses nobody has updated or reviewed for this many days is flagged “Not
        reviewed”, and can be filtered on.
      </p>
      <div className="field">
        <label htmlFor="stale-after-days">Flag after (days)</label>
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
        Save
      </button>
      <p id="stale-after-message" className="form-hint" role="status">
        {message}
      </p>
    </form>
  );
}
