import { useTranslation } from "react-i18next";
import { useFormat } from "@/lib/intl-format";

/**
 * What the statement rests on: the day the checks were last run in full and the tools they ran with. Update
 * them together with the statement's text (src/locales/<lang>/a11y.ts) when the checks are run again.
 */
export const statementFacts = {
  date: "2026-11-28",
  axe: "4.14.1",
  playwright: "1.65.1",
  chromium: "156",
} as const;

const checkedItems = [
  "views",
  "rules",
  "keyboard",
  "focus",
  "announcements",
  "targets",
  "reflow",
  "colour",
  "motion",
] as const;
const issueItems = ["dataText", "browserMessages", "derogations"] as const;

/** The accessibility statement (RGAA style): status, date, what was checked and how, what does not conform. */
export function AccessibilityRoute() {
  const { t } = useTranslation("a11y");
  const { date } = useFormat();
  return (
    <article className="statement">
      <title>{t("documentTitle")}</title>
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <section aria-labelledby="statement-status">
        <h2 id="statement-status">{t("status.heading")}</h2>
        <p>{t("status.text")}</p>
        <p>{t("status.date", { date: date(statementFacts.date) })}</p>
      </section>
      <section aria-labelledby="statement-checked">
        <h2 id="statement-checked">{t("checked.heading")}</h2>
        <ul>
          {checkedItems.map((item) => (
            <li key={item}>{t(`checked.${item}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="statement-how">
        <h2 id="statement-how">{t("how.heading")}</h2>
        <p>{t("how.tools", statementFacts)}</p>
        <p>{t("how.manual")}</p>
        <p>{t("how.notDone")}</p>
      </section>
      <section aria-labelledby="statement-issues">
        <h2 id="statement-issues">{t("issues.heading")}</h2>
        <ul>
          {issueItems.map((item) => (
            <li key={item}>{t(`issues.${item}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="statement-contact">
        <h2 id="statement-contact">{t("contact.heading")}</h2>
        <p>{t("contact.text")}</p>
        <p>{t("contact.recourse")}</p>
      </section>
    </article>
  );
}
