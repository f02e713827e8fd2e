import { describe, expect, it } from "vitest";
import { buildCommitment, buildEvent } from "@/testing/dataset-builders";
import { resolveCommitment, resolveCommitments } from "./resolve-statuses";
import type { LocalStatusEvent } from "./update-events";

const local = (overrides: Partial<LocalStatusEvent>): LocalStatusEvent => ({
  kind: "status",
  batchId: "batch",
  ...buildEvent({ id: "local-1", at: "2026-02-01T00:00:00Z" }),
  ...overrides,
});

describe("resolveCommitment", () => {
  it("shows the published statuses when this browser made no update", () => {
    const resolved = resolveCommitment(buildCommitment({ statuses: { us: "done", fr: "in_progress" } }), []);
    expect(resolved).toMatchObject({
      statuses: { us: "done", fr: "in_progress" },
      overall: "in_progress",
      diverging: true,
      pendingParties: [],
    });
    expect(resolved.lastUpdatedAt).toBeUndefined();
  });

  it("applies a local update and marks that side as not yet published", () => {
    const resolved = resolveCommitment(buildCommitment(), [local({ party: "fr", status: "at_risk" })]);
    expect(resolved.statuses).toEqual({ us: "not_started", fr: "at_risk" });
    expect(resolved.overall).toBe("at_risk");
    expect(resolved.pendingParties).toEqual(["fr"]);
    expect(resolved.lastUpdatedAt).toBe("2026-02-01T00:00:00Z");
  });

  it("lets the newest local update of a side win over older ones", () => {
    const resolved = resolveCommitment(buildCommitment(), [
      local({ id: "l2", status: "done", at: "2026-02-02T00:00:00Z" }),
      local({ id: "l1", status: "at_risk", at: "2026-02-01T00:00:00Z" }),
    ]);
    expect(resolved.statuses.us).toBe("done");
  });

  it("keeps the published status when the file has a newer update for that side", () => {
    const commitment = buildCommitment({
      statuses: { us: "done", fr: "not_started" },
      history: [buildEvent({ id: "published", status: "done", at: "2026-03-01T00:00:00Z" })],
    });
    const resolved = resolveCommitment(commitment, [local({ status: "at_risk" })]);
    expect(resolved.statuses.us).toBe("done");
    expect(resolved.pendingParties).toEqual([]);
  });

  it("treats a local update that the file now contains as published", () => {
    const commitment = buildCommitment({
      statuses: { us: "in_progress" },
      history: [buildEvent({ id: "local-1", at: "2026-02-01T00:00:00Z" })],
    });
    expect(resolveCommitment(commitment, [local({})]).pendingParties).toEqual([]);
  });
});

describe("resolveCommitments", () => {
  it("gives each commitment only its own updates", () => {
    const [first, second] = resolveCommitments(
      [buildCommitment({ id: "one" }), buildCommitment({ id: "two" })],
      [local({ commitmentId: "two", status: "done" })],
    );
    expect(first?.statuses.us).toBe("not_started");
    expect(second?.statuses.us).toBe("done");
  });
});

describe("a status edited in the file by hand, without a history event", () => {
  it("wins over an older local update once the file's updatedAt is newer", () => {
    const commitment = buildCommitment({ statuses: { us: "done", fr: "not_started" } });
    const olderLocal = local({ status: "at_risk", at: "2026-02-01T00:00:00Z" });
    expect(resolveCommitment(commitment, [olderLocal], "2026-03-01T00:00:00Z").statuses.us).toBe("done");
    expect(resolveCommitment(commitment, [olderLocal], "2026-01-01T00:00:00Z").statuses.us).toBe("at_risk");
  });
});
