import { describe, expect, it } from "vitest";
import { buildCommitment, buildDataset, buildEvent } from "@/testing/dataset-builders";
import { DatasetError, parseDataset, setAsideUnknownStatuses } from "./parse-dataset";

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
    const bad = { ...buildCommitment({ id: "bad-one" }), statuses: { us: 42 } };
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
    const bad = { ...buildCommitment({ id: "bad-one" }), statuses: { us: 42 } };
    const { problems } = parseDataset(buildDataset({ commitments: [bad as never] }));
    expect(problems[0]?.message).toBe(
      "is 42, but a status must be one of not_started, in_progress, at_risk, done, dropped",
    );
  });
});

describe("a status the tracker does not know", () => {
  /** A commitment as a file might hold it: with values the types do not allow. */
  const withRaw = (overrides: Record<string, unknown>) => ({ ...buildCommitment(), ...overrides }) as never;

  it("keeps the commitment, with that side's status left unset", () => {
    const { dataset } = parseDataset(
      buildDataset({ commitments: [withRaw({ statuses: { us: "finished", fr: "done" } })] }),
    );
    expect(dataset.commitments).toHaveLength(1);
    expect(dataset.commitments[0]?.statuses).toEqual({ fr: "done" });
  });

  it("is reported where it is, as shown in part, saying what the side is shown as", () => {
    const { problems } = parseDataset(
      buildDataset({
        commitments: [buildCommitment({ id: "first" }), withRaw({ statuses: { us: "finished" } })],
      }),
    );
    expect(problems).toEqual([
      {
        path: "commitments[1].statuses.us",
        commitmentId: "space-dialogue",
        kept: true,
        message: expect.stringMatching(
          /^is "finished", which is not a status \(not_started, .*\): the United States side shows as Not started/,
        ),
        // The same, for the page to word in its language: the side and the status it shows as are ids.
        text: {
          key: "unknownPartyStatus",
          values: expect.objectContaining({ value: '"finished"', side: "us", shownAs: "not_started" }),
        },
      },
    ]);
  });

  it("in a history event leaves out that event only", () => {
    const unknown = { ...buildEvent({ id: "unknown" }), status: "finished" };
    const known = buildEvent({ id: "known" });
    const { dataset, problems } = parseDataset(
      buildDataset({ commitments: [withRaw({ history: [unknown, known] })] }),
    );
    expect(dataset.commitments[0]?.history).toEqual([known]);
    expect(problems).toEqual([
      expect.objectContaining({
        path: "commitments[0].history[0].status",
        kept: true,
        message: expect.stringMatching(/this history event is not shown/),
      }),
    ]);
  });

  it("in a commitment with another mistake leaves it out, reporting every mistake", () => {
    const { dataset, problems } = parseDataset(
      buildDataset({ commitments: [withRaw({ title: "", statuses: { us: "finished" } })] }),
    );
    expect(dataset.commitments).toEqual([]);
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      "commitments[0].statuses.us",
      "commitments[0].title",
    ]);
    for (const problem of problems) {
      expect(problem).toMatchObject({ commitmentId: "space-dialogue" });
      expect(problem).not.toHaveProperty("kept");
    }
  });

  it("in a commitment whose initiative is unknown leaves it out, reporting the status too", () => {
    const { dataset, problems } = parseDataset(
      buildDataset({ commitments: [withRaw({ initiativeId: "moon", statuses: { us: "finished" } })] }),
    );
    expect(dataset.commitments).toEqual([]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'initiativeId "moon" is not one of the file\'s initiatives',
      expect.stringMatching(/^is "finished"/),
    ]);
    expect(problems.some((problem) => problem.kept)).toBe(false);
  });

  it("never changes the file it reads", () => {
    const file = buildDataset({
      commitments: [
        withRaw({
          statuses: { us: "finished", fr: "done" },
          history: [{ ...buildEvent(), status: "finished" }],
        }),
      ],
    });
    const before = structuredClone(file);
    parseDataset(file);
    expect(file).toEqual(before);
  });
});

describe("setAsideUnknownStatuses", () => {
  it("returns a commitment with only known statuses as it is, with nothing to report", () => {
    const commitment = buildCommitment({ history: [buildEvent()] });
    expect(setAsideUnknownStatuses(commitment)).toEqual({ commitment, repairs: [] });
    expect(setAsideUnknownStatuses(commitment).commitment).toBe(commitment);
  });

  it("returns a copy without the unknown parts, leaving the input as it was", () => {
    const raw = {
      ...buildCommitment(),
      statuses: { us: "finished", fr: "done" },
      history: [{ ...buildEvent(), status: "finished" }, buildEvent({ id: "e2" })],
    };
    const before = structuredClone(raw);
    const { commitment, repairs } = setAsideUnknownStatuses(raw);
    expect(raw).toEqual(before);
    expect(commitment).toMatchObject({ statuses: { fr: "done" }, history: [buildEvent({ id: "e2" })] });
    expect(repairs.map((repair) => repair.field)).toEqual(["statuses.us", "history[0].status"]);
  });

  it("sets aside only text: a status of another type is left for the schema to report", () => {
    const raw = { ...buildCommitment(), statuses: { us: 42 } };
    expect(setAsideUnknownStatuses(raw)).toEqual({ commitment: raw, repairs: [] });
  });

  it.each([
    ["null", null],
    ["text", "space-dialogue"],
    ["a number", 7],
    ["an array", [{ statuses: { us: "finished" } }]],
  ])("passes %s through unchanged", (_case, raw) => {
    const result = setAsideUnknownStatuses(raw);
    expect(result.commitment).toBe(raw);
    expect(result.repairs).toEqual([]);
  });
});
