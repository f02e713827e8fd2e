import { describe, expect, it } from "vitest";
import { resolveCommitments } from "@/features/status/resolve-statuses";
import type { LocalStatusEvent } from "@/features/status/update-events";
import { buildCommitment, buildEvent } from "@/testing/dataset-builders";
import { resolveWithUpdates } from "./resolve-with-updates";

const commitments = ["a", "b", "c"].map((id) => buildCommitment({ id }));
const published = resolveCommitments(commitments, []);
const local = (commitmentId: string, at: string): LocalStatusEvent => ({
  ...buildEvent({ id: `local-${commitmentId}-${at}`, commitmentId, party: "fr", status: "done", at }),
  kind: "status",
  batchId: `batch-${at}`,
});

describe("resolveWithUpdates", () => {
  it("gives what resolving everything gives", () => {
    const events = [local("b", "2030-01-01T00:00:00Z"), local("c", "2030-01-02T00:00:00Z")];
    expect(resolveWithUpdates(commitments, published, events)).toEqual(
      resolveCommitments(commitments, events),
    );
  });

  it("keeps the object of every commitment without local updates", () => {
    const resolved = resolveWithUpdates(commitments, published, [local("b", "2030-01-01T00:00:00Z")]);
    expect(resolved[0]).toBe(published[0]);
    expect(resolved[1]).not.toBe(published[1]);
    expect(resolved[1]?.statuses.fr).toBe("done");
    expect(resolved[2]).toBe(published[2]);
  });

  it("is the published list itself when there are no local updates", () => {
    expect(resolveWithUpdates(commitments, published, [])).toBe(published);
  });
});
