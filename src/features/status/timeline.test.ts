import { describe, expect, it } from "vitest";
import { buildEvent } from "@/testing/dataset-builders";
import { englishSay, sayIn } from "./say";
import { dayFormatter, timelineLine, timelineSentence } from "./timeline";

const day = dayFormatter({ now: new Date("2026-06-01T12:00:00Z"), timeZone: "UTC" });
const both = { singleParty: false, day, say: englishSay };
const one = { singleParty: true, day, say: englishSay };

describe("dayFormatter", () => {
  it("says the day and month within the current year, and the year otherwise", () => {
    expect(day("2026-03-03T10:00:00Z")).toBe("3 March");
    expect(day("2025-12-31T10:00:00Z")).toBe("31 December 2025");
  });
  it("follows the time zone it is given", () => {
    const paris = dayFormatter({ now: new Date("2026-06-01T12:00:00Z"), timeZone: "Europe/Paris" });
    expect(paris("2026-03-03T23:30:00Z")).toBe("4 March");
  });
  it("follows the locale", () => {
    const french = dayFormatter({ locale: "fr", now: new Date("2026-06-01T12:00:00Z"), timeZone: "UTC" });
    expect(french("2026-03-03T10:00:00Z")).toBe("3 mars");
  });
});

describe("timelineSentence", () => {
  const event = buildEvent({
    party: "fr",
    from: "in_progress",
    status: "done",
    author: "Claire Martin",
    authorSide: "fr",
    at: "2026-03-03T10:00:00Z",
  });
  it("names the author, their side, the two statuses and the day", () => {
    expect(timelineSentence(event, one)).toBe(
      "Claire Martin (France) moved it from In progress to Done on 3 March",
    );
  });
  it("names the side that moved when the commitment binds both", () => {
    expect(timelineSentence(event, both)).toBe(
      "Claire Martin (France) moved France’s status from In progress to Done on 3 March",
    );
    expect(timelineSentence({ ...event, party: "us", authorSide: "us" }, both)).toBe(
      "Claire Martin (United States) moved the United States’ status from In progress to Done on 3 March",
    );
  });
  it("tells older events that lack the status before, the side or the author", () => {
    const { from: _from, ...noFrom } = event;
    expect(timelineSentence(noFrom, one)).toBe("Claire Martin (France) set it to Done on 3 March");
    const { authorSide: _side, ...noSide } = event;
    expect(timelineSentence(noSide, one)).toBe("Claire Martin moved it from In progress to Done on 3 March");
    const { author: _author, ...noAuthor } = event;
    expect(timelineSentence(noAuthor, both)).toBe(
      "France’s status moved from In progress to Done on 3 March",
    );
    const { author: _a, from: _f, ...bare } = event;
    expect(timelineSentence(bare, one)).toBe("It was set to Done on 3 March");
  });
});

describe("timelineLine", () => {
  const event = buildEvent({
    party: "us",
    from: "not_started",
    status: "at_risk",
    author: "Sam",
    authorSide: "us",
  });
  it("adds the reason after a colon, ending the sentence once", () => {
    expect(timelineLine({ ...event, note: "Budget frozen" }, one)).toBe(
      "Sam (United States) moved it from Not started to At risk on 10 January: Budget frozen.",
    );
    expect(timelineLine({ ...event, note: "Budget frozen!" }, one)).toMatch(/Budget frozen!$/);
  });
  it("ends with a full stop without a reason", () => {
    expect(timelineLine(event, one)).toBe(
      "Sam (United States) moved it from Not started to At risk on 10 January.",
    );
  });
});

describe("the timeline in French", () => {
  const french = dayFormatter({ locale: "fr", now: new Date("2026-06-01T12:00:00Z"), timeZone: "UTC" });
  const options = { singleParty: false, day: french, say: sayIn("fr") };
  it("says who, which side, from what to what, on which day, and why, with French punctuation", () => {
    const event = buildEvent({
      party: "fr",
      from: "in_progress",
      status: "done",
      author: "Claire Martin",
      authorSide: "fr",
      note: "Signé à Paris",
      at: "2026-03-03T10:00:00Z",
    });
    expect(timelineLine(event, options)).toBe(
      "Claire Martin (France) a fait passer le statut de la France de « En cours » à « Réalisé » le 3 mars : Signé à Paris.",
    );
  });
});
