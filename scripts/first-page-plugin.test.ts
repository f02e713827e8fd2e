import { describe, expect, it } from "vitest";
import { checkInlineScript, scriptHashSource } from "./first-page-plugin";

describe("scriptHashSource", () => {
  it("is the policy source a browser compares with the SHA-256 of an inline script's text", () => {
    // The SHA-256 of nothing, as CSP examples give it.
    expect(scriptHashSource("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHashSource("alert(1)")).not.toBe(scriptHashSource("alert(2)"));
  });
});

describe("checkInlineScript", () => {
  it("lets through code that can stand between <script> and </script>", () => {
    expect(checkInlineScript("if(a<b)c=`x`", "x.ts")).toBe("if(a<b)c=`x`");
  });
  it.each(["</script>", "</SCRIPT>", "<!--", "<script"])("refuses code containing %s", (sequence) => {
    expect(() => checkInlineScript(`const s="${sequence}"`, "x.ts")).toThrow(
      `"${sequence.toLowerCase().slice(0, sequence.startsWith("</") ? 2 : undefined)}"`,
    );
  });
});
