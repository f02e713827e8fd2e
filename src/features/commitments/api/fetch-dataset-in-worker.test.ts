import { describe, expect, it } from "vitest";
import { DatasetError } from "../parse-dataset";
import { DatasetLoadError } from "./fetch-dataset";
import { rebuildError } from "./fetch-dataset-in-worker";

describe("rebuildError", () => {
  it("gives back a wrong file as a DatasetError, with its problems, so that it is not retried", () => {
    const problems = [{ path: "commitments[3].statuses.fr", commitmentId: "x", message: "is wrong" }];
    const text = { key: "repeatsId", values: { path: "themes[1].id", id: "nato" } } as const;
    const error = rebuildError({
      kind: "dataset",
      message: "The data file…",
      text,
      problems,
      transient: true,
    });
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual(problems);
    expect((error as DatasetError).text).toEqual(text); // worded by the page, in its language
    expect(error.message).toBe("The data file…");
  });

  it("gives back a failed load as a DatasetLoadError that says whether to try again", () => {
    const error = rebuildError({
      kind: "load",
      message: "404",
      text: { key: "notFound", values: { url: "/data.json", status: 404 } },
      problems: [],
      transient: false,
    });
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).text.key).toBe("notFound");
    expect((error as DatasetLoadError).transient).toBe(false);
  });

  it("gives back anything else as a plain error", () => {
    const error = rebuildError({
      kind: "other",
      message: "boom",
      text: { key: "other", values: { detail: "boom" } },
      problems: [],
      transient: true,
    });
    expect(error).not.toBeInstanceOf(DatasetError);
    expect(error).not.toBeInstanceOf(DatasetLoadError);
    expect(error.message).toBe("boom");
  });
});
