import { describe, expect, it } from "vitest";
import { buildCommitment, buildEvent } from "@/testing/dataset-builders";
import { historyEntries } from "./history-entries";
import type { LocalEvent, LocalStatusEvent } from "./update-events";

const local = (id: string, at: string, batchId = id): LocalStatusEvent => ({
  ...buildEvent({ id, at, status: "done" }),
  kind: "status",
  batchId,
});

describe("historyEntries", () => {
  const commitment = buildCommitment({
    history: [buildEvent({ id: "p1", at: "2026-01-10T00:00:00Z" })],
  });

  it("lists published and local updates newest first, each with its state", () => {
    const events: LocalEvent[] = [
      local("old", "2026-01-05T00:00:00Z"),
      local("new", "2026-02-01T00:00:00Z"),
      local("undone", "2026-02-02T00:00:00Z"),
      { kind: "retraction", id: "r", batchId: "undone", at: "2026-02-03T00:00:00Z" },
    ];
    expect(historyEntries(commitment, events).map(({ event, state }) => [event.id, state])).toEqual([
      ["undone", "undone"],
      ["new", "pending"],
      ["p1", "published"],
      ["old", "superseded"],
    ]);
  });

  it("counts a local update older than the file's updatedAt as superseded", () => {
    const [entry] = historyEntries(
      buildCommitment(),
      [local("l", "2026-02-01T00:00:00Z")],
      "2026-03-01T00:00:00Z",
    );
    expect(entry?.state).toBe("superseded");
  });

  it("shows a local update that the file now contains once, as published", () => {
    const entries = historyEntries(commitment, [local("p1", "2026-01-10T00:00:00Z")]);
    expect(entries).toEqual([{ event: commitment.history[0], state: "published" }]);
  });

  it("leaves out other commitments' updates and keeps no local-only fields", () => {
    const other: LocalStatusEvent = { ...local("x", "2026-02-01T00:00:00Z"), commitmentId: "other" };
    expect(historyEntries(commitment, [other])).toHaveLength(1);
    const [entry] = historyEntries(buildCommitment(), [local("l", "2026-02-01T00:00:00Z")]);
    expect(entry?.event).not.toHaveProperty("kind");
    expect(entry?.event).not.toHaveProperty("batchId");
  });
});
