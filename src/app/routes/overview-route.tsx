import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { InitiativeProgressCard } from "@/features/boards/components/initiative-progress-card";
import { countByStatus } from "@/features/boards/progress";
import { countsByInitiative, initiativesShown } from "@/features/boards/select-board";
import { countActiveFilters, onlyParty } from "@/features/filters/filter-params";
import { useTracker } from "../use-tracker";
import { OverviewIntro } from "./overview-intro";
import { ViewFilters } from "./view-filters";

export function OverviewRoute() {
  const { dataset, visible, filters } = useTracker();
  const { t } = useTranslation(["boards", "app", "common"]);
  const party = onlyParty(filters);
  const initiatives = initiativesShown(dataset.initiatives, filters.initiative);
  const counts = useMemo(
    () => countsByInitiative(visible, dataset.initiatives, party),
    [visible, dataset.initiatives, party],
  );
  return (
    <>
      <title>{t("app:documentTitle", { page: t("overview.documentTitle") })}</title>
      <OverviewIntro
        title={t("common:overview.title")}
        lede={t("common:overview.lede") + (party ? t("overview.oneSide") : "")}
      />
      <ViewFilters />
      <div className="initiative-grid">
        {initiatives.map((initiative) => (
          <InitiativeProgressCard
            key={initiative.id}
            initiative={initiative}
            counts={counts.get(initiative.id) ?? countByStatus([])}
            filtered={countActiveFilters(filters) > 0}
          />
        ))}
      </div>
    </>
  );
}
