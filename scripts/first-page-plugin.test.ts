import { describe, expect, it } from "vitest";
import { scriptHashSource } from "./first-page-plugin";

describe("scriptHashSource", () => {
  it("is the policy source a browser compares with the SHA-256 of an inline script's text", () => {
    // The SHA-256 of nothing, as CSP examples give it.
    expect(scriptHashSource("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHashSource("alert(1)")).not.toBe(scriptHashSource("alert(2)"));
  });
});
