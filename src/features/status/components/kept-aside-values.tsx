import { useTranslation } from "react-i18next";
import { downloadText } from "@/lib/download";
import { keptAside, keptAsideFileName } from "@/lib/safe-json-storage";
import { UPDATES_STORAGE_KEY } from "../updates-store";

/**
 * Saved values that could not be read, kept aside untouched: each can be downloaded, to be recovered by
 * hand or sent to whoever supports the tracker.
 */
export function KeptAsideValues() {
  const { t } = useTranslation("status");
  const values = keptAside(UPDATES_STORAGE_KEY);
  if (values.length === 0) return null;
  return (
    <section className="updates-section" aria-labelledby="kept-aside-heading">
      <h2 id="kept-aside-heading">{t("keptAside.title")}</h2>
      <p>{t("keptAside.text")}</p>
      <ul className="kept-aside">
        {values.map(({ key, value }) => (
          <li key={key}>
            <code>{key}</code> {t("keptAside.characters", { count: value.length })}{" "}
            <button
              type="button"
              className="button button--small"
              aria-label={t("keptAside.downloadKey", { key })}
              onClick={() => downloadText(keptAsideFileName(key), value, "text/plain")}
            >
              {t("keptAside.download")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
