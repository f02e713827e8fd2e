import { describe, expect, it } from "vitest";
import type { Party, Status } from "@/features/commitments/dataset-schema";
import { buildCommitment } from "@/testing/dataset-builders";
import {
  type BulkPlan,
  buildStatusBatch,
  bulkResultOf,
  bulkResultWords,
  changesOf,
  planBulkChange,
} from "./build-changes";
import { resolveCommitment } from "./resolve-statuses";
import { englishSay, sayIn } from "./say";

const item = (id: string, parties: ("us" | "fr")[], statuses: Record<string, string> = {}) =>
  resolveCommitment(buildCommitment({ id, parties, statuses }), []);

describe("buildStatusBatch", () => {
  it("makes one event per change in one batch, with who, side, from, reason and evidence", () => {
    let n = 0;
    const events = buildStatusBatch({
      changes: [
        { commitmentId: "a", party: "fr", from: "in_progress", status: "done" },
        { commitmentId: "b", party: "fr", from: "not_started", status: "done" },
      ],
      reason: "Signed in Paris.",
      evidenceUrl: "https://example.org/minutes",
      author: { name: " Claire Martin ", side: "fr" },
      at: "2026-03-03T10:00:00.000Z",
      batchId: "batch-x",
      newId: () => `id-${++n}`,
    });
    expect(events).toEqual([
      {
        kind: "status",
        id: "id-1",
        batchId: "batch-x",
        commitmentId: "a",
        party: "fr",
        from: "in_progress",
        status: "done",
        at: "2026-03-03T10:00:00.000Z",
        note: "Signed in Paris.",
        evidenceUrl: "https://example.org/minutes",
        author: "Claire Martin",
        authorSide: "fr",
      },
      expect.objectContaining({ id: "id-2", batchId: "batch-x", commitmentId: "b", from: "not_started" }),
    ]);
  });
  it("leaves out what was not given", () => {
    const [event] = buildStatusBatch({
      changes: [{ commitmentId: "a", party: "us", from: "not_started", status: "in_progress" }],
      reason: undefined,
      evidenceUrl: undefined,
      author: { name: "  " },
      at: "2026-03-03T10:00:00.000Z",
      batchId: "b",
      newId: () => "e",
    });
    expect(Object.keys(event ?? {}).sort()).toEqual(
      ["at", "batchId", "commitmentId", "from", "id", "kind", "party", "status"].sort(),
    );
  });
});

describe("planBulkChange", () => {
  it("changes the side where it is a party, and says what it skipped and why", () => {
    const both = item("both", ["us", "fr"], { us: "in_progress", fr: "in_progress" });
    const usOnly = item("us-only", ["us"], { us: "in_progress" });
    const alreadyDone = item("already", ["us", "fr"], { fr: "done" });
    const plan = planBulkChange([both, usOnly, alreadyDone], "fr", "done");
    expect(plan.changes).toEqual([
      { commitmentId: "both", party: "fr", from: "in_progress", status: "done" },
    ]);
    expect(plan.notParty).toEqual([usOnly]);
    expect(plan.unchanged).toEqual([alreadyDone]);
  });
  it("treats a side without a status as not started", () => {
    const plan = planBulkChange([item("a", ["us"], {})], "us", "in_progress");
    expect(plan.changes).toEqual([
      { commitmentId: "a", party: "us", from: "not_started", status: "in_progress" },
    ]);
  });
});

describe("changesOf", () => {
  it("keeps only the sides whose status differs, with what it was", () => {
    const a = item("a", ["us", "fr"], { us: "done", fr: "in_progress" });
    expect(changesOf(a, { us: "done", fr: "at_risk" })).toEqual([
      { commitmentId: "a", party: "fr", from: "in_progress", status: "at_risk" },
    ]);
  });
  it("ignores a side that is not a party", () => {
    expect(changesOf(item("a", ["us"]), { fr: "done" })).toEqual([]);
  });
});

describe("bulkResultWords", () => {
  const a = item("a", ["us", "fr"]);
  const b = item("b", ["us"]);
  const c = item("c", ["us"]);
  const words = (plan: BulkPlan, party: Party, status: Status, say = englishSay) =>
    bulkResultWords(bulkResultOf(plan, party, status), say);
  it("says how many changed, and how many were skipped and why", () => {
    const plan = planBulkChange([a, b, c], "fr", "done");
    expect(words(plan, "fr", "done")).toBe(
      "Set France to Done on 1 commitment. 2 commitments skipped: France is not a party to them.",
    );
  });
  it("says when nothing changed, and what was already so", () => {
    const plan = planBulkChange([a, b], "us", "not_started");
    expect(words(plan, "us", "not_started")).toBe(
      "Nothing changed. 2 commitments were already Not started for the United States.",
    );
    const one = planBulkChange([b], "fr", "done");
    expect(words(one, "fr", "done")).toBe(
      "Nothing changed. 1 commitment skipped: France is not a party to it.",
    );
  });
  it("says it in French on a French page", () => {
    const plan = planBulkChange([a, b, c], "fr", "done");
    expect(words(plan, "fr", "done", sayIn("fr"))).toBe(
      "Statut de la France passé à « Réalisé » sur 1 engagement. 2 engagements laissés de côté : ils n’engagent pas la France.",
    );
  });
});
