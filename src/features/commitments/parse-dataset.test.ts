import { describe, expect, it } from "vitest";
import { buildCommitment, buildDataset, buildEvent } from "@/testing/dataset-builders";
import { DatasetError, parseDataset } from "./parse-dataset";

function parseThrown(input: unknown): DatasetError {
  try {
    parseDataset(input);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error("expected parseDataset to throw");
}

describe("parseDataset", () => {
  it("accepts a valid file with no problems", () => {
    const { dataset, problems } = parseDataset(buildDataset());
    expect(problems).toEqual([]);
    expect(dataset.commitments.map((c) => c.id)).toEqual(["space-dialogue"]);
  });

  it("rejects something that is not a data file at all", () => {
    expect(parseThrown("<html>").message).toMatch(/not in the expected format/);
    expect(parseThrown(null).problems[0]?.path).toBe("");
  });

  it("names the unknown schemaVersion and says which one it reads", () => {
    const error = parseThrown(buildDataset({ schemaVersion: 2 as 1 }));
    expect(error.problems).toEqual([
      expect.objectContaining({
        path: "schemaVersion",
        message: expect.stringMatching(/reads schema version 1/),
      }),
    ]);
  });

  it("leaves out one invalid commitment, says which and where, and keeps the others", () => {
    const bad = { ...buildCommitment({ id: "bad-one" }), statuses: { us: "finished" } };
    const { dataset, problems } = parseDataset(
      buildDataset({ commitments: [buildCommitment(), bad as never, buildCommitment({ id: "third" })] }),
    );
    expect(dataset.commitments.map((c) => c.id)).toEqual(["space-dialogue", "third"]);
    expect(problems).toEqual([
      expect.objectContaining({ commitmentId: "bad-one", path: "commitments[1].statuses.us" }),
    ]);
  });

  it("keeps the first of two commitments with the same id", () => {
    const { dataset, problems } = parseDataset(
      buildDataset({
        commitments: [buildCommitment({ title: "first" }), buildCommitment({ title: "second" })],
      }),
    );
    expect(dataset.commitments).toHaveLength(1);
    expect(dataset.commitments[0]?.title).toBe("first");
    expect(problems[0]).toMatchObject({ path: "commitments[1].id", commitmentId: "space-dialogue" });
  });

  it("reports references to unknown initiatives and themes", () => {
    const { dataset, problems } = parseDataset(
      buildDataset({ commitments: [buildCommitment({ initiativeId: "moon", themes: ["lunar"] })] }),
    );
    expect(dataset.commitments).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'initiativeId "moon" is not one of the file\'s initiatives',
      'theme "lunar" is not one of the file\'s themes',
    ]);
  });

  it("reports statuses and history events for a party the commitment does not have", () => {
    const { problems } = parseDataset(
      buildDataset({
        commitments: [
          buildCommitment({
            parties: ["us"],
            statuses: { us: "done", fr: "done" },
            history: [buildEvent({ party: "fr" }), buildEvent({ id: "e2", commitmentId: "other" })],
          }),
        ],
      }),
    );
    expect(problems).toHaveLength(3);
  });

  it("refuses a file whose initiatives repeat an id", () => {
    const dataset = buildDataset();
    const initiative = dataset.initiatives[0];
    if (!initiative) throw new Error("builder has initiatives");
    expect(parseThrown({ ...dataset, initiatives: [initiative, initiative] }).message).toMatch(
      /repeats an id/,
    );
  });

  it("accepts only http and https evidence links", () => {
    const { problems } = parseDataset(
      buildDataset({
        commitments: [buildCommitment({ history: [buildEvent({ evidenceUrl: "javascript:alert(1)" })] })],
      }),
    );
    expect(problems[0]?.path).toBe("commitments[0].history[0].evidenceUrl");
  });
});

describe("messages about a bad value", () => {
  it("say what the value was and what it may be", () => {
    const bad = { ...buildCommitment({ id: "bad-one" }), statuses: { us: "finished" } };
    const { problems } = parseDataset(buildDataset({ commitments: [bad as never] }));
    expect(problems[0]?.message).toBe(
      'is "finished", but a status must be one of not_started, in_progress, at_risk, done, dropped',
    );
  });
});
