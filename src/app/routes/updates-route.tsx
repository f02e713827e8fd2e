import { useTranslation } from "react-i18next";
import { useOutletContext } from "react-router";
import { StaleAfterSetting } from "@/features/preferences/components/stale-after-setting";
import { DownloadUpdatesButton } from "@/features/status/components/download-updates-button";
import { IdentityLine } from "@/features/status/components/identity-line";
import { ImportUpdates } from "@/features/status/components/import-updates";
import { KeptAsideValues } from "@/features/status/components/kept-aside-values";
import { activeStatusEvents } from "@/features/status/update-events";
import { useUpdateEvents } from "@/features/status/updates-store";
import type { TrackerView } from "../use-tracker";

/** This browser's updates as a file: kept safe, moved to another browser, or sent to the data's editor. */
export function UpdatesRoute() {
  // Null while the data cannot be loaded: the updates themselves live in this browser and are still here.
  const view = useOutletContext<TrackerView | null>();
  const { t } = useTranslation(["status", "app", "team"]);
  const events = useUpdateEvents();
  const standing = activeStatusEvents(events).length;
  const unpublished = view?.all.filter((item) => item.pendingParties.length > 0).length;
  return (
    <>
      <title>{t("app:documentTitle", { page: t("page.title") })}</title>
      <h1>{t("page.title")}</h1>
      <p className="lede">{t("page.lede")}</p>
      <section className="updates-section" aria-labelledby="identity-heading">
        <h2 id="identity-heading">{t("team:identity.heading")}</h2>
        <IdentityLine />
      </section>
      <section className="updates-section" aria-labelledby="download-heading">
        <h2 id="download-heading">{t("page.download")}</h2>
        <p>
          {t("page.holds", { count: standing })}
          {unpublished === undefined ? "." : t("page.unpublished", { count: unpublished })}
        </p>
        <DownloadUpdatesButton />
      </section>
      <section className="updates-section" aria-labelledby="import-heading">
        <h2 id="import-heading">{t("page.import")}</h2>
        <p>{t("page.importText")}</p>
        <ImportUpdates />
      </section>
      <KeptAsideValues />
      <section className="updates-section">
        <StaleAfterSetting />
      </section>
    </>
  );
}
