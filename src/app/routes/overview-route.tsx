import { useMemo } from "react";
import { InitiativeProgressCard } from "@/features/boards/components/initiative-progress-card";
import { countByStatus } from "@/features/boards/progress";
import { countsByInitiative, initiativesShown } from "@/features/boards/select-board";
import { countActiveFilters, onlyParty } from "@/features/filters/filter-params";
import { useTracker } from "../use-tracker";

export function OverviewRoute() {
  const { dataset, visible, filters } = useTracker();
  const party = onlyParty(filters);
  const initiatives = initiativesShown(dataset.initiatives, filters.initiative);
  const counts = useMemo(
    () => countsByInitiative(visible, dataset.initiatives, party),
    [visible, dataset.initiatives, party],
  );
  return (
    <>
      <title>Overview — US–France commitments tracker</title>
      <h1>Progress on the US–France commitments</h1>
      <p className="lede">
        Each initiative of the announcement on space and cybersecurity, with how many of its commitments are
        done.
        {party ? " Statuses are one side's, as filtered." : ""}
      </p>
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
