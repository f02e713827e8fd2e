import type { Dataset, StatusEvent } from "@/features/commitments/dataset-schema";
import { bundledDataset } from "./fixtures";

// The bundled data with a published history, as a data file published on 10 March 2026 would carry it:
// - "Establish a comprehensive dialogue on space": US In progress on 10 February, France In progress on
//   2 March, US Done on 5 March (Jane Doe: "Agreement signed."), France Done on 6 March: Done today.
// - "Work together on the space economy": both sides Dropped on 8 March.
// - "U.S. support for the Paris Call…": US In progress on 9 March (Claire Martin).
export const DIALOGUE = "Establish a comprehensive dialogue on space";
export const ECONOMY = "Work together on the space economy";
export const PARIS_CALL = "U.S. support for the Paris Call for Trust and Security in Cyberspace";

const event = (
  commitmentId: string,
  id: string,
  rest: Omit<StatusEvent, "id" | "commitmentId">,
): StatusEvent => ({
  id,
  commitmentId,
  ...rest,
});

export function datasetWithHistory(): Dataset {
  const dataset = bundledDataset();
  dataset.updatedAt = "2026-03-10T00:00:00Z";
  for (const commitment of dataset.commitments) {
    if (commitment.id === "space-comprehensive-dialogue") {
      commitment.statuses = { us: "done", fr: "done" };
      commitment.history = [
        event(commitment.id, "d1", { party: "us", status: "in_progress", at: "2026-02-10T09:00:00Z" }),
        event(commitment.id, "d2", { party: "fr", status: "in_progress", at: "2026-03-02T09:00:00Z" }),
        event(commitment.id, "d3", {
          party: "us",
          status: "done",
          at: "2026-03-05T09:00:00Z",
          author: "Jane Doe",
          note: "Agreement signed.",
        }),
        event(commitment.id, "d4", { party: "fr", status: "done", at: "2026-03-06T15:00:00Z" }),
      ];
    }
    if (commitment.id === "space-economy") {
      commitment.statuses = { us: "dropped", fr: "dropped" };
      commitment.history = [
        event(commitment.id, "e1", { party: "us", status: "dropped", at: "2026-03-08T10:00:00Z" }),
        event(commitment.id, "e2", { party: "fr", status: "dropped", at: "2026-03-08T10:00:00Z" }),
      ];
    }
    if (commitment.id === "cyber-paris-call") {
      commitment.statuses = { us: "in_progress" };
      commitment.history = [
        event(commitment.id, "p1", {
          party: "us",
          status: "in_progress",
          at: "2026-03-09T11:00:00Z",
          author: "Claire Martin",
          note: "Endorsement drafted.",
        }),
      ];
    }
  }
  return dataset;
}

/** "Today" in the stories: two days after the file was published. */
export const TODAY = new Date("2026-03-12T12:00:00Z");
