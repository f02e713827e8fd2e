import { describe, expect, it } from "vitest";
import { buildLocalStatusEvent, buildRetraction } from "@/testing/dataset-builders";
import {
  readUpdatesFile,
  serializeUpdatesFile,
  UPDATES_FILE_FORMAT,
  UpdatesFileError,
  updatesFileName,
} from "./updates-file";

const EXPORTED_AT = new Date("2026-03-01T12:00:00.000Z");

const statusEvent = buildLocalStatusEvent;
const retraction = buildRetraction;

/** A file in our format, with whatever else the test is about. */
const fileText = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: UPDATES_FILE_FORMAT,
    version: 1,
    exportedAt: EXPORTED_AT,
    events: [],
    ...overrides,
  });

function refusal(text: string): UpdatesFileError {
  try {
    readUpdatesFile(text);
  } catch (error) {
    if (error instanceof UpdatesFileError) return error;
    throw error;
  }
  throw new Error("expected readUpdatesFile to refuse the file");
}

describe("a file of updates", () => {
  it("reads back every event it was saved with", () => {
    const events = [
      statusEvent({ note: "Signed.", author: "Claire Martin" }),
      statusEvent({ id: "event-2", party: "fr", status: "done" }),
      retraction(),
    ];
    expect(readUpdatesFile(serializeUpdatesFile(events, EXPORTED_AT))).toEqual({ events, skipped: [] });
  });

  it("is named with the day it was saved", () => {
    expect(updatesFileName(EXPORTED_AT)).toBe("us-fr-tracker-updates-2026-03-01.json");
  });

  it("says when it was saved", () => {
    expect(JSON.parse(serializeUpdatesFile([], EXPORTED_AT))).toMatchObject({
      format: UPDATES_FILE_FORMAT,
      exportedAt: "2026-03-01T12:00:00.000Z",
    });
  });
});

describe("reading a file that cannot be used", () => {
  it("says a file that is not JSON cannot be read, and what file would do", () => {
    const { message } = refusal("{not json");
    expect(message).toMatch(/^The file cannot be read: it is not valid JSON/);
    expect(message).toMatch(/Download updates/);
  });

  it.each([
    ["a list", "[]"],
    ["another format", fileText({ format: "something-else" })],
    ["no events", JSON.stringify({ format: UPDATES_FILE_FORMAT, version: 1 })],
    ["events that are not a list", fileText({ events: {} })],
  ])("says a file of %s is not a file of updates", (_case, text) => {
    expect(refusal(text).message).toBe(
      "It is not a file of updates saved by this tracker (use “Download updates” to make one).",
    );
  });

  it("says a file of another version was saved by another tracker, and nothing was imported", () => {
    expect(refusal(fileText({ version: 2, events: [statusEvent()] })).message).toBe(
      "The file was saved by another version of the tracker (file version 2; this one reads version 1). Nothing was imported.",
    );
  });

  it("refuses a file with a __proto__ key, naming it", () => {
    const text = fileText({ events: [statusEvent()] }).replace('{"kind"', '{"__proto__":{},"kind"');
    expect(refusal(text).message).toMatch(/"__proto__" \(at events\[0\]\.__proto__\)/);
  });
});

describe("reading a file with some invalid entries", () => {
  const read = () =>
    readUpdatesFile(
      fileText({
        events: [
          statusEvent(),
          { kind: "status", id: "broken" },
          retraction(),
          statusEvent({ id: "bad-status", status: "finished" as never }),
        ],
      }),
    );

  it("reads the valid events", () => {
    expect(read().events).toEqual([statusEvent(), retraction()]);
  });

  it("lists the entries it skipped by their place and field in the file, saying what is wrong", () => {
    expect(read().skipped).toEqual([
      // zod's own words, in English: zod/mini has them only because lib/zod.ts loads them.
      expect.stringMatching(/^events\[1\]\.\w+: Invalid input: expected string, received undefined$/),
      'events[3].status: is "finished", but a status must be one of not_started, in_progress, at_risk, done, dropped',
    ]);
  });
});
