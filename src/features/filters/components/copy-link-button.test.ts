import { describe, expect, it } from "vitest";
import { linkToShare } from "./copy-link-button";

describe("linkToShare", () => {
  it("keeps the address as it is when it already says its language", () => {
    expect(linkToShare("https://x.org/tracker/commitments?status=done,at_risk&lang=fr", "fr")).toBe(
      "https://x.org/tracker/commitments?status=done,at_risk&lang=fr",
    );
  });

  it("adds the page's language when it came from the remembered choice, not the address", () => {
    expect(linkToShare("https://x.org/commitments?q=nato", "fr")).toBe(
      "https://x.org/commitments?q=nato&lang=fr",
    );
    expect(linkToShare("https://x.org/", "en")).toBe("https://x.org/?lang=en");
  });

  it("leaves out the #fragment", () => {
    expect(linkToShare("https://x.org/commitments?lang=en#main", "en")).toBe(
      "https://x.org/commitments?lang=en",
    );
  });

  it("replaces a language it does not know by the page's", () => {
    expect(linkToShare("https://x.org/?lang=de", "en")).toBe("https://x.org/?lang=en");
  });
});
