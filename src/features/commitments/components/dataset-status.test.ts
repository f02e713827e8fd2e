import { describe, expect, it } from "vitest";
import { i18n } from "@/lib/i18n";
import type { DataProblem } from "../parse-dataset";
import { problemsTitle } from "./dataset-status";

const leftOut = (index: number, field = "title"): DataProblem => ({
  path: `commitments[${index}].${field}`,
  commitmentId: `commitment-${index}`,
  message: "must not be empty",
});

const shownInPart = (index: number, field = "statuses.us"): DataProblem => ({
  ...leftOut(index, field),
  message: 'is "finished", which is not a status',
  kept: true,
});

const en = i18n.getFixedT("en", "commitments");
const fr = i18n.getFixedT("fr", "commitments");

describe("problemsTitle", () => {
  it("is worded in the language asked for, with French plurals", () => {
    expect(problemsTitle(fr, [leftOut(0), shownInPart(1), leftOut(2)])).toBe(
      "2 engagements ont été écartés et 1 engagement est affiché en partie\u00a0: le fichier de données comporte des erreurs",
    );
    expect(problemsTitle(fr, [leftOut(0)], "copy")).toBe(
      "1 engagement a été écarté\u00a0: cette copie comporte des erreurs",
    );
  });

  it("says one commitment was left out", () => {
    expect(problemsTitle(en, [leftOut(0)])).toBe("1 commitment was left out: the data file has mistakes");
  });

  it("says several commitments were left out", () => {
    expect(problemsTitle(en, [leftOut(0), leftOut(3)])).toBe(
      "2 commitments were left out: the data file has mistakes",
    );
  });

  it("says one commitment is shown in part", () => {
    expect(problemsTitle(en, [shownInPart(2)])).toBe(
      "1 commitment is shown in part: the data file has mistakes",
    );
  });

  it("says several commitments are shown in part", () => {
    expect(problemsTitle(en, [shownInPart(1), shownInPart(2), shownInPart(4)])).toBe(
      "3 commitments are shown in part: the data file has mistakes",
    );
  });

  it("says both how many were left out and how many are shown in part", () => {
    expect(problemsTitle(en, [leftOut(0), shownInPart(1), leftOut(2)])).toBe(
      "2 commitments were left out and 1 commitment is shown in part: the data file has mistakes",
    );
  });

  it("counts a commitment left out for several mistakes once", () => {
    expect(problemsTitle(en, [leftOut(5, "title"), leftOut(5, "statuses.us"), leftOut(5, "themes[0]")])).toBe(
      "1 commitment was left out: the data file has mistakes",
    );
  });

  it("counts a commitment shown without several of its parts once", () => {
    expect(problemsTitle(en, [shownInPart(5, "statuses.us"), shownInPart(5, "history[2].status")])).toBe(
      "1 commitment is shown in part: the data file has mistakes",
    );
  });

  it("counts a commitment left out for a mistake of the whole commitment with its other mistakes", () => {
    expect(problemsTitle(en, [{ ...leftOut(1), path: "commitments[1]" }, leftOut(1, "id")])).toBe(
      "1 commitment was left out: the data file has mistakes",
    );
  });

  it("tells apart commitments whose places start alike", () => {
    expect(problemsTitle(en, [leftOut(1), leftOut(12)])).toBe(
      "2 commitments were left out: the data file has mistakes",
    );
  });
});
