import { describe, expect, it } from "vitest";
import {
  activeReviewEvents,
  activeStatusEvents,
  type LocalEvent,
  type LocalStatusEvent,
  lastUndoableBatch,
  localEventSchema,
  mergeEventLogs,
} from "./update-events";

function statusEvent(id: string, batchId: string, at: string): LocalStatusEvent {
  return { kind: "status", id, batchId, commitmentId: "c", party: "us", status: "done", at };
}
const retraction = (id: string, batchId: string, at: string): LocalEvent => ({
  kind: "retraction",
  id,
  batchId,
  at,
});

describe("the local event log", () => {
  const log: LocalEvent[] = [
    statusEvent("a1", "a", "2026-01-01T10:00:00Z"),
    statusEvent("b1", "b", "2026-01-01T11:00:00Z"),
    statusEvent("b2", "b", "2026-01-01T11:00:00Z"),
  ];

  it("undoes the newest batch whole, then the one before", () => {
    expect(lastUndoableBatch(log).map((e) => e.id)).toEqual(["b1", "b2"]);
    const afterUndo = [...log, retraction("r1", "b", "2026-01-01T12:00:00Z")];
    expect(activeStatusEvents(afterUndo).map((e) => e.id)).toEqual(["a1"]);
    expect(lastUndoableBatch(afterUndo).map((e) => e.id)).toEqual(["a1"]);
  });

  it("has nothing to undo when every batch is retracted", () => {
    const allUndone = [
      ...log,
      retraction("r1", "b", "2026-01-01T12:00:00Z"),
      retraction("r2", "a", "2026-01-01T12:01:00Z"),
    ];
    expect(lastUndoableBatch(allUndone)).toEqual([]);
  });

  it("merges two logs as a set union by id, in time order, whichever comes first", () => {
    const otherTab: LocalEvent[] = [statusEvent("c1", "c", "2026-01-01T10:30:00Z"), log[0] as LocalEvent];
    const merged = mergeEventLogs(log, otherTab);
    expect(merged.map((e) => e.id)).toEqual(["a1", "c1", "b1", "b2"]);
    expect(mergeEventLogs(otherTab, log)).toEqual(merged);
  });
});

describe("review events", () => {
  const review = (id: string, batchId: string, at: string): LocalEvent => ({
    kind: "review",
    id,
    batchId,
    commitmentId: "c",
    at,
  });

  it("count until their batch is retracted, and are never a status change", () => {
    const log: LocalEvent[] = [
      statusEvent("s1", "s", "2026-01-01T09:00:00Z"),
      review("v1", "v", "2026-01-01T10:00:00Z"),
      review("w1", "w", "2026-01-01T11:00:00Z"),
      retraction("r1", "w", "2026-01-01T12:00:00Z"),
    ];
    expect(activeReviewEvents(log).map((event) => event.id)).toEqual(["v1"]);
    expect(activeStatusEvents(log).map((event) => event.id)).toEqual(["s1"]);
  });

  it("are read back by the schema, and refused with a status in them", () => {
    expect(localEventSchema.safeParse(review("v1", "v", "2026-01-01T10:00:00Z")).success).toBe(true);
    expect(
      localEventSchema.safeParse({ ...review("v1", "v", "2026-01-01T10:00:00Z"), status: "done" }).success,
    ).toBe(false);
  });
});
