import type { Commitment, Dataset, Initiative, StatusEvent } from "@/features/commitments/dataset-schema";
import type { LocalStatusEvent, RetractionEvent } from "@/features/status/update-events";

// Builders of valid test data: each test states only what it is about.

export function buildInitiative(overrides: Partial<Initiative> = {}): Initiative {
  return { id: "space", title: "Space cooperation", summary: "Work on space.", ...overrides };
}

export function buildCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: "space-dialogue",
    initiativeId: "space",
    title: "Establish a comprehensive dialogue on space",
    description: "A dialogue between departments and agencies.",
    sourceQuote:
      "A key component of this cooperation is the establishment of a comprehensive dialogue on space.",
    parties: ["us", "fr"],
    themes: ["coordination"],
    statuses: { us: "not_started", fr: "not_started" },
    history: [],
    ...overrides,
  };
}

export function buildEvent(overrides: Partial<StatusEvent> = {}): StatusEvent {
  return {
    id: "event-1",
    commitmentId: "space-dialogue",
    party: "us",
    status: "in_progress",
    at: "2026-01-10T09:00:00.000Z",
    ...overrides,
  };
}

export function buildDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 1,
    id: "test-dataset",
    title: "Test commitments",
    source: { title: "A test announcement" },
    updatedAt: "2026-01-01T00:00:00Z",
    initiatives: [
      buildInitiative(),
      buildInitiative({ id: "cyber", title: "Cybersecurity cooperation", summary: "Work on cyber." }),
    ],
    themes: [
      { id: "coordination", title: "Government coordination" },
      { id: "climate", title: "Climate" },
      { id: "cybercrime", title: "Cybercrime" },
    ],
    commitments: [buildCommitment()],
    ...overrides,
  };
}

/** A status update made in this browser (the updates store's log). */
export function buildLocalStatusEvent(overrides: Partial<LocalStatusEvent> = {}): LocalStatusEvent {
  return {
    kind: "status",
    id: "event-1",
    batchId: "batch-1",
    commitmentId: "space-dialogue",
    party: "us",
    status: "in_progress",
    at: "2026-01-10T09:00:00.000Z",
    ...overrides,
  };
}

/** The undoing of a batch of this browser's updates. */
export function buildRetraction(overrides: Partial<RetractionEvent> = {}): RetractionEvent {
  return {
    kind: "retraction",
    id: "retraction-1",
    batchId: "batch-1",
    at: "2026-01-11T09:00:00.000Z",
    ...overrides,
  };
}
