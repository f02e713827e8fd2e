import { describe, expect, it } from "vitest";
import type { Commitment } from "@/features/commitments/dataset-schema";
import { buildCommitment, buildEvent, buildLocalStatusEvent } from "@/testing/dataset-builders";
import {
  commitmentAsOf,
  endOfDayUtc,
  resolveCommitmentAsOf,
  resolveCommitmentsAsOf,
  statusTimelines,
} from "./resolve-as-of";
import { resolveCommitment } from "./resolve-statuses";
import type { LocalStatusEvent } from "./update-events";

const PUBLISHED_AT = "2026-03-01T00:00:00Z";
// In progress on 10 January, at risk on 1 February; the file (1 March) says done for the US.
const withHistory = buildCommitment({
  statuses: { us: "done", fr: "not_started" },
  history: [
    buildEvent({ id: "h1", party: "us", status: "in_progress", at: "2026-01-10T09:00:00Z" }),
    buildEvent({ id: "h2", party: "us", status: "at_risk", at: "2026-02-01T09:00:00Z" }),
  ],
});
const asOf = (commitment: Commitment, date: string, local: LocalStatusEvent[] = []) =>
  resolveCommitmentAsOf(commitment, local, PUBLISHED_AT, endOfDayUtc(date));

describe("endOfDayUtc", () => {
  it("is the last millisecond of the day in UTC", () => {
    expect(new Date(endOfDayUtc("2026-03-03")).toISOString()).toBe("2026-03-03T23:59:59.999Z");
  });
});

describe("resolveCommitmentAsOf", () => {
  it("shows everything Not started before anything happened", () => {
    const resolved = asOf(withHistory, "2025-12-31");
    expect(resolved.statuses).toEqual({ us: "not_started", fr: "not_started" });
    expect(resolved.lastUpdatedAt).toBeUndefined();
  });

  it("shows the newest published event made by the end of the day", () => {
    expect(asOf(withHistory, "2026-01-10").statuses.us).toBe("in_progress");
    expect(asOf(withHistory, "2026-01-31").statuses.us).toBe("in_progress");
    expect(asOf(withHistory, "2026-02-01").statuses.us).toBe("at_risk");
    expect(asOf(withHistory, "2026-02-01").lastUpdatedAt).toBe("2026-02-01T09:00:00Z");
  });

  it("shows the file's statuses from the day the file was published", () => {
    expect(asOf(withHistory, "2026-02-28").statuses.us).toBe("at_risk");
    expect(asOf(withHistory, "2026-03-01").statuses.us).toBe("done");
  });

  it("a file without history is Not started before it was published", () => {
    const plain = buildCommitment({ statuses: { us: "in_progress", fr: "done" } });
    expect(asOf(plain, "2026-02-28").overall).toBe("not_started");
    expect(asOf(plain, "2026-03-01").statuses).toEqual({ us: "in_progress", fr: "done" });
  });

  it("includes this browser's updates made by then, marked as not published", () => {
    const local = buildLocalStatusEvent({
      id: "l1",
      party: "fr",
      status: "at_risk",
      at: "2026-03-05T10:00:00Z",
    });
    expect(asOf(withHistory, "2026-03-04", [local]).statuses.fr).toBe("not_started");
    const after = asOf(withHistory, "2026-03-05", [local]);
    expect(after.statuses.fr).toBe("at_risk");
    expect(after.pendingParties).toEqual(["fr"]);
  });

  it("ignores a local update the file already holds (same id)", () => {
    const local = buildLocalStatusEvent({
      id: "h2",
      party: "us",
      status: "at_risk",
      at: "2026-02-01T09:00:00Z",
    });
    expect(asOf(withHistory, "2026-02-02", [local]).pendingParties).toEqual([]);
  });

  it("at the end of time, equals today's view in every case", () => {
    const cases: [Commitment, LocalStatusEvent[]][] = [
      [withHistory, []],
      [withHistory, [buildLocalStatusEvent({ id: "old", status: "dropped", at: "2026-02-15T00:00:00Z" })]],
      [withHistory, [buildLocalStatusEvent({ id: "new", status: "dropped", at: "2026-04-01T00:00:00Z" })]],
      [withHistory, [buildLocalStatusEvent({ id: "tie", status: "dropped", at: PUBLISHED_AT })]],
      // A history event newer than the file's date: the file's status still wins, as it does today.
      [
        buildCommitment({
          statuses: { us: "done" },
          parties: ["us"],
          history: [buildEvent({ id: "late", status: "at_risk", at: "2026-05-01T00:00:00Z" })],
        }),
        [],
      ],
    ];
    for (const [commitment, local] of cases) {
      const today = resolveCommitment(commitment, local, PUBLISHED_AT);
      const atEnd = resolveCommitmentAsOf(commitment, local, PUBLISHED_AT, Number.POSITIVE_INFINITY);
      expect(atEnd).toEqual(today);
    }
  });
});

describe("statusTimelines", () => {
  it("orders each side's entries in time, the file's last", () => {
    const timelines = statusTimelines(withHistory, [], PUBLISHED_AT);
    expect(timelines.us.map((entry) => [entry.source, entry.status])).toEqual([
      ["history", "in_progress"],
      ["history", "at_risk"],
      ["file", "done"],
    ]);
  });
});

describe("resolveCommitmentsAsOf", () => {
  it("gives each commitment its own local events", () => {
    const other = buildCommitment({ id: "other" });
    const local = buildLocalStatusEvent({
      commitmentId: "other",
      status: "done",
      at: "2026-03-02T00:00:00Z",
    });
    const [first, second] = resolveCommitmentsAsOf(
      [withHistory, other],
      [local],
      PUBLISHED_AT,
      endOfDayUtc("2026-03-03"),
    );
    expect(first?.pendingParties).toEqual([]);
    expect(second?.statuses.us).toBe("done");
  });
});

describe("commitmentAsOf", () => {
  it("keeps the history made by then, and the same object when nothing is cut", () => {
    expect(commitmentAsOf(withHistory, endOfDayUtc("2026-01-15")).history.map((e) => e.id)).toEqual(["h1"]);
    expect(commitmentAsOf(withHistory, endOfDayUtc("2026-12-31"))).toBe(withHistory);
  });
});
