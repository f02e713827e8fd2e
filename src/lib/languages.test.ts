import { describe, expect, it } from "vitest";
import { chooseLanguage, isLang, otherLanguage } from "./languages";

describe("chooseLanguage", () => {
  it("takes the link's language over everything else", () => {
    expect(chooseLanguage({ fromUrl: "fr", remembered: "en", browser: ["en-US"] })).toBe("fr");
  });
  it("takes the remembered choice when the link has none", () => {
    expect(chooseLanguage({ fromUrl: null, remembered: "fr", browser: ["en-US"] })).toBe("fr");
  });
  it("takes the first of the browser's languages that the tracker has", () => {
    expect(chooseLanguage({ fromUrl: null, remembered: null, browser: ["de-DE", "fr-CA", "en"] })).toBe("fr");
    expect(chooseLanguage({ fromUrl: null, remembered: null, browser: ["EN-gb"] })).toBe("en");
  });
  it("falls back to English", () => {
    expect(chooseLanguage({ fromUrl: null, remembered: null, browser: ["de", "es"] })).toBe("en");
    expect(chooseLanguage({ fromUrl: null, remembered: null, browser: [] })).toBe("en");
  });
});

describe("isLang and otherLanguage", () => {
  it("knows only en and fr", () => {
    expect(isLang("fr")).toBe(true);
    expect(isLang("FR")).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(otherLanguage("en")).toBe("fr");
    expect(otherLanguage("fr")).toBe("en");
  });
});
