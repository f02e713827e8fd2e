import { describe, expect, it } from "vitest";
import {
  buildCommitment,
  buildDataset,
  buildEvent,
  buildLocalStatusEvent,
  buildRetraction,
} from "@/testing/dataset-builders";
import { lastReviewTimes, neverReviewedSince, publishedReviewTimes, staleness } from "./staleness";
import type { LocalEvent } from "./update-events";

const at = (iso: string) => Date.parse(iso);
const review = (overrides: Partial<Extract<LocalEvent, { kind: "review" }>> = {}): LocalEvent => ({
  kind: "review",
  id: "review-1",
  batchId: "review-batch",
  commitmentId: "reviewed",
  at: "2026-05-01T00:00:00Z",
  ...overrides,
});

// Published 1 January; "old" was last updated 1 February, "fresh" 20 April; "reviewed" has nothing published.
const dataset = buildDataset({
  updatedAt: "2026-01-01T00:00:00Z",
  commitments: [
    buildCommitment({
      id: "old",
      history: [buildEvent({ commitmentId: "old", at: "2026-02-01T00:00:00Z" })],
    }),
    buildCommitment({
      id: "fresh",
      history: [buildEvent({ commitmentId: "fresh", at: "2026-04-20T00:00:00Z" })],
    }),
    buildCommitment({ id: "reviewed" }),
  ],
});
const NOW = at("2026-05-10T12:00:00Z");

describe("staleness", () => {
  it("flags what has not been reviewed in the given number of days", () => {
    expect([...staleness(dataset, [], NOW, 90).staleIds]).toEqual(["old", "reviewed"]);
    expect([...staleness(dataset, [], NOW, 30).staleIds]).toEqual(["old", "reviewed"]);
    expect([...staleness(dataset, [], NOW, 365).staleIds]).toEqual([]);
  });

  it("counts a review or a status update made in this browser", () => {
    const local = [review(), buildLocalStatusEvent({ commitmentId: "old", at: "2026-05-02T00:00:00Z" })];
    expect([...staleness(dataset, local, NOW, 90).staleIds]).toEqual([]);
  });

  it("does not count an undone review", () => {
    const local = [review(), buildRetraction({ batchId: "review-batch", at: "2026-05-01T00:01:00Z" })];
    expect(staleness(dataset, local, NOW, 90).staleIds.has("reviewed")).toBe(true);
  });

  it("looks only at what was done by now (an as-of date)", () => {
    // On 1 March, "old" was reviewed a month before; "fresh" had nothing yet, and counts from the file's date.
    expect([...staleness(dataset, [review()], at("2026-03-01T23:59:59Z"), 30).staleIds]).toEqual([
      "fresh",
      "reviewed",
    ]);
  });
});

describe("lastReviewTimes", () => {
  it("takes the newest of published and local events", () => {
    const times = lastReviewTimes(dataset.commitments, [review({ commitmentId: "old" })], NOW);
    expect(times.get("old")).toBe(at("2026-05-01T00:00:00Z"));
    expect(times.has("reviewed")).toBe(false);
  });
});

describe("publishedReviewTimes, read once per file", () => {
  const published = publishedReviewTimes(dataset.commitments, at("2026-03-01T00:00:00Z"));

  it("holds each commitment's newest published event by its moment, and until when that stays true", () => {
    expect(published.newest.get("old")).toBe(at("2026-02-01T00:00:00Z"));
    expect(published.newest.has("fresh")).toBe(false);
    expect(published.until).toBe(at("2026-04-20T00:00:00Z"));
  });

  it("gives the same staleness as reading every event, for any moment before, inside or after its span", () => {
    const local = [review(), buildLocalStatusEvent({ commitmentId: "old", at: "2026-03-15T00:00:00Z" })];
    for (const now of ["2026-02-15", "2026-03-01", "2026-03-20", "2026-04-19", "2026-04-20", "2026-06-01"]) {
      for (const days of [1, 30, 90]) {
        const time = at(`${now}T00:00:00Z`);
        expect(staleness(dataset, local, time, days, published), `${now}, ${days} days`).toEqual(
          staleness(dataset, local, time, days),
        );
      }
    }
  });
});

describe("neverReviewedSince", () => {
  it("is the announcement's date, else the file's", () => {
    expect(neverReviewedSince(dataset)).toBe(at("2026-01-01T00:00:00Z"));
    expect(neverReviewedSince({ ...dataset, source: { title: "A", date: "2025-06-01" } })).toBe(
      at("2025-06-01T00:00:00Z"),
    );
  });
});
