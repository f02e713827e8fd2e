import { InitiativeProgressCard } from "@/features/boards/components/initiative-progress-card";
import { countByStatus } from "@/features/boards/progress";
import { useTracker } from "../use-tracker";
import { onlyParty } from "./only-party";

export function OverviewRoute() {
  const { dataset, visible, filters } = useTracker();
  if (!dataset) return null;
  const party = onlyParty(filters);
  const initiatives = dataset.initiatives.filter(
    (initiative) => filters.initiative.length === 0 || filters.initiative.includes(initiative.id),
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
        {initiatives.map((initiative) => {
          const items = visible.filter((item) => item.commitment.initiativeId === initiative.id);
          return (
            <InitiativeProgressCard
              key={initiative.id}
              initiative={initiative}
              counts={countByStatus(items, party)}
              shown={items.filter((item) => !party || item.commitment.parties.includes(party)).length}
            />
          );
        })}
      </div>
    </>
  );
}
