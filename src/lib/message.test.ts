import { describe, expect, it } from "vitest";
import { fillIn } from "./message";

describe("fillIn", () => {
  it("fills in named values, formatted or not", () => {
    expect(fillIn("{{count, number}} of {{total}} done", { count: 2, total: 5 })).toBe("2 of 5 done");
  });

  it("drops markup tags but never touches a value", () => {
    expect(fillIn("not valid JSON (<detail>{{detail}}</detail>)", { detail: "<b>{{x}}</b>" })).toBe(
      "not valid JSON (<b>{{x}}</b>)",
    );
  });

  it("leaves a missing value empty rather than showing its name", () => {
    expect(fillIn("at {{url}}.")).toBe("at .");
  });
});
