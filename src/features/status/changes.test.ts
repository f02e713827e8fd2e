import { describe, expect, it } from "vitest";
import type { Commitment, Party, Status } from "@/features/commitments/dataset-schema";
import { i18n } from "@/lib/i18n";
import {
  buildCommitment,
  buildEvent,
  buildInitiative,
  buildLocalStatusEvent,
  buildRetraction,
} from "@/testing/dataset-builders";
import { changesReport, describeChange, groupChanges, listChanges } from "./changes";
import type { LocalEvent } from "./update-events";

const PUBLISHED_AT = "2026-03-10T00:00:00Z";
const dialogue = buildCommitment({
  statuses: { us: "done", fr: "in_progress" },
  history: [
    buildEvent({ id: "h1", party: "us", status: "in_progress", at: "2026-02-20T09:00:00Z" }),
    buildEvent({
      id: "h2",
      party: "us",
      status: "done",
      at: "2026-03-03T09:00:00Z",
      author: "Jane Doe",
      note: "Signed.",
    }),
    buildEvent({ id: "h3", party: "fr", status: "in_progress", at: "2026-03-04T09:00:00Z" }),
  ],
});
const cyber = buildCommitment({ id: "cyber-norms", initiativeId: "cyber", title: "Promote norms" });
const review: LocalEvent = {
  kind: "review",
  id: "v1",
  batchId: "vb",
  commitmentId: "cyber-norms",
  at: "2026-03-05T12:00:00Z",
  author: "Claire Martin",
  authorSide: "fr",
};
const local: LocalEvent[] = [
  buildLocalStatusEvent({
    id: "l1",
    batchId: "b1",
    party: "fr",
    status: "at_risk",
    at: "2026-03-06T08:00:00Z",
  }),
  buildLocalStatusEvent({
    id: "l2",
    batchId: "b2",
    party: "us",
    status: "dropped",
    at: "2026-03-06T09:00:00Z",
  }),
  buildRetraction({ id: "r2", batchId: "b2", at: "2026-03-06T09:05:00Z" }),
  review,
];
const week = { start: Date.parse("2026-03-01T00:00:00Z"), end: Date.parse("2026-03-07T23:59:59.999Z") };
const labelsT = i18n.getFixedT("en", "commitments");
const wording = {
  t: i18n.getFixedT("en", "time"),
  lang: "en" as const,
  labels: {
    status: (id: Status) => labelsT(`status.${id}`),
    party: (id: Party) => labelsT(`party.${id}`),
  },
};
const changes = listChanges([dialogue, cyber], local, PUBLISHED_AT, week.start, week.end);

describe("listChanges", () => {
  it("lists the week's published and local changes and reviews, newest first, without undone ones", () => {
    expect(changes.map((change) => change.id)).toEqual(["l1", "v1", "h3", "h2"]);
  });

  it("says where each side's status came from", () => {
    expect(changes.find((change) => change.id === "h2")).toMatchObject({ from: "in_progress", to: "done" });
    expect(changes.find((change) => change.id === "h3")).toMatchObject({
      from: "not_started",
      to: "in_progress",
    });
    // The local update comes after the file's date: it moved the side from the published status.
    expect(changes.find((change) => change.id === "l1")).toMatchObject({ from: "in_progress", local: true });
  });

  it("prefers the status recorded with the change", () => {
    const withFrom = buildCommitment({
      history: [
        {
          ...buildEvent({ id: "x", at: "2026-03-02T00:00:00Z" }),
          from: "at_risk",
        } as Commitment["history"][number],
      ],
    });
    expect(listChanges([withFrom], [], PUBLISHED_AT, week.start, week.end)[0]).toMatchObject({
      from: "at_risk",
    });
  });

  it("lists only the commitments given (those the filters let through)", () => {
    expect(listChanges([cyber], local, PUBLISHED_AT, week.start, week.end).map((c) => c.id)).toEqual(["v1"]);
  });

  it("lists nothing outside the range", () => {
    expect(
      listChanges([dialogue, cyber], local, PUBLISHED_AT, 0, Date.parse("2026-02-01T00:00:00Z")),
    ).toEqual([]);
  });
});

describe("describeChange", () => {
  it("tells who, which side, from and to, when and why", () => {
    const signed = changes.find((change) => change.id === "h2");
    expect(signed && describeChange(signed, wording)).toBe(
      "Jane Doe moved the United States side from In progress to Done on March 3, 2026: Signed.",
    );
  });
});

describe("groupChanges and changesReport", () => {
  const byId = new Map([dialogue, cyber].map((commitment) => [commitment.id, commitment]));
  const initiatives = [
    buildInitiative(),
    buildInitiative({ id: "cyber", title: "Cybersecurity cooperation" }),
  ];

  it("groups by initiative in the data's order, or by day, newest first", () => {
    expect(
      groupChanges(changes, "initiative", byId, initiatives, "en").map((g) => [g.title, g.changes.length]),
    ).toEqual([
      ["Space cooperation", 3],
      ["Cybersecurity cooperation", 1],
    ]);
    expect(groupChanges(changes, "day", byId, initiatives, "en").map((g) => g.title)).toEqual([
      "March 6, 2026",
      "March 5, 2026",
      "March 4, 2026",
      "March 3, 2026",
    ]);
  });

  it("writes a plain-text report", () => {
    const report = changesReport(
      groupChanges(changes, "initiative", byId, initiatives, "en"),
      byId,
      {
        from: "2026-03-01",
        to: "2026-03-07",
      },
      wording,
    );
    expect(report).toBe(
      [
        "US–France commitments: changes from March 1, 2026 to March 7, 2026",
        "",
        "Space cooperation",
        "- Establish a comprehensive dialogue on space: Someone (no name given) moved the France side from In progress to At risk on March 6, 2026. (Made in this browser, not yet published.)",
        "- Establish a comprehensive dialogue on space: Someone (no name given) moved the France side from Not started to In progress on March 4, 2026.",
        "- Establish a comprehensive dialogue on space: Jane Doe moved the United States side from In progress to Done on March 3, 2026: Signed.",
        "",
        "Cybersecurity cooperation",
        "- Promote norms: Claire Martin (France) reviewed the statuses, unchanged, on March 5, 2026. (Made in this browser, not yet published.)",
        "",
      ].join("\n"),
    );
  });

  it("says when nothing changed", () => {
    expect(changesReport([], byId, { from: "2026-03-01", to: "2026-03-07" }, wording)).toContain(
      "No status changed in this period.",
    );
  });
});
