import { describe, expect, it } from "vitest";
import type { Party, Status } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { overallStatus } from "@/features/commitments/status";
import { buildCommitment } from "@/testing/dataset-builders";
import { boardStatus, countByStatus, groupByBoardStatus } from "./progress";
import { countsByInitiative, initiativeItems } from "./select-board";

function item(initiativeId: string, us: Status, fr?: Status): ResolvedCommitment {
  const parties: Party[] = fr ? ["us", "fr"] : ["us"];
  const statuses = fr ? { us, fr } : { us };
  return {
    commitment: buildCommitment({
      id: `${initiativeId}-${us}-${fr ?? "x"}`,
      initiativeId,
      parties,
      statuses,
    }),
    statuses,
    overall: overallStatus(parties, statuses),
    diverging: false,
    pendingParties: [],
  };
}

const items = [
  item("space", "done", "done"),
  item("space", "done", "at_risk"),
  item("cyber", "in_progress"),
  item("cyber", "dropped", "not_started"),
  item("alliance", "at_risk", "done"),
];
const initiatives = [{ id: "space" }, { id: "cyber" }, { id: "alliance" }, { id: "empty" }];

describe("countsByInitiative", () => {
  it.each([null, "us", "fr"] as const)(
    "counts as initiativeItems then countByStatus do (party %s)",
    (party) => {
      const counts = countsByInitiative(items, initiatives, party);
      for (const { id } of initiatives) {
        expect(counts.get(id)).toEqual(countByStatus(initiativeItems(items, id, party), party));
      }
    },
  );
});

describe("groupByBoardStatus", () => {
  it.each([null, "us", "fr"] as const)("puts each item in its board column, in order (party %s)", (party) => {
    const columns = groupByBoardStatus(items, party);
    for (const [status, cards] of Object.entries(columns)) {
      expect(cards).toEqual(items.filter((candidate) => boardStatus(candidate, party) === status));
    }
  });
});
