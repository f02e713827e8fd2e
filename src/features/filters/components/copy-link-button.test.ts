import { describe, expect, it } from "vitest";
import { linkToShare } from "./copy-link-button";

describe("linkToShare", () => {
  it("keeps the address as it is when it already says its language", () => {
    expect(
      linkToShare(
        "https://x.org/tracker/commitments?status=done,at_risk&lang=fr",
        "?status=done,at_risk&lang=fr",
        "fr",
      ),
    ).toBe("https://x.org/tracker/commitments?status=done,at_risk&lang=fr");
  });

  it("adds the page's language when it came from the remembered choice, not the address", () => {
    expect(linkToShare("https://x.org/commitments?q=nato", "?q=nato", "fr")).toBe(
      "https://x.org/commitments?q=nato&lang=fr",
    );
    expect(linkToShare("https://x.org/", "", "en")).toBe("https://x.org/?lang=en");
  });

  it("has the filters the tracker holds, also when the address has not caught up with them yet", () => {
    expect(linkToShare("https://x.org/commitments?q=nat", "?q=nato&status=done", "en")).toBe(
      "https://x.org/commitments?q=nato&status=done&lang=en",
    );
  });

  it("leaves out the #fragment", () => {
    expect(linkToShare("https://x.org/commitments?lang=en#main", "?lang=en", "en")).toBe(
      "https://x.org/commitments?lang=en",
    );
  });

  it("leaves out what the tracker did not use, such as a language it does not know", () => {
    expect(linkToShare("https://x.org/?lang=de&utm_source=mail", "", "en")).toBe("https://x.org/?lang=en");
  });
});
