import { describe, expect, it } from "vitest";
import { statusIds } from "@/features/commitments/dataset-schema";
import { englishSay, sayIn } from "@/features/status/say";
import { columnAfterKey, columnName, dragWords } from "./drag-columns";

describe("columnAfterKey", () => {
  it("goes to the next column with right or down, the previous with left or up", () => {
    expect(columnAfterKey(statusIds, "in_progress", "ArrowRight")).toBe("at_risk");
    expect(columnAfterKey(statusIds, "in_progress", "ArrowDown")).toBe("at_risk");
    expect(columnAfterKey(statusIds, "in_progress", "ArrowLeft")).toBe("not_started");
    expect(columnAfterKey(statusIds, "in_progress", "ArrowUp")).toBe("not_started");
  });
  it("stops at the ends and ignores other keys", () => {
    expect(columnAfterKey(statusIds, "not_started", "ArrowLeft")).toBeNull();
    expect(columnAfterKey(statusIds, "dropped", "ArrowRight")).toBeNull();
    expect(columnAfterKey(statusIds, "done", "KeyA")).toBeNull();
  });
});

describe("dragWords", () => {
  const words = dragWords(englishSay, null);
  it("names the card and the column at every step", () => {
    expect(words.start("Space dialogue", "not_started")).toMatch(
      /^Picked up “Space dialogue” from the Not started column\./,
    );
    expect(words.over("Space dialogue", "done")).toBe("“Space dialogue” is over the Done column.");
    expect(words.over("Space dialogue", null)).toBe("“Space dialogue” is not over a column.");
    expect(words.end("Space dialogue", "not_started", "done")).toBe(
      "“Space dialogue” was dropped on the Done column. Give a reason to confirm the move.",
    );
    expect(words.end("Space dialogue", "done", "done")).toMatch(
      /dropped back on the Done column: nothing changed/,
    );
    expect(words.end("Space dialogue", "done", null)).toMatch(/outside the columns: nothing changed/);
    expect(words.cancel("Space dialogue", "at_risk")).toBe(
      "Move cancelled: “Space dialogue” stays in the At risk column.",
    );
  });
  it("names the side of a board narrowed to one side", () => {
    expect(columnName(englishSay, "done", "fr")).toBe("Done (France)");
    expect(dragWords(englishSay, "us").over("X", "at_risk")).toBe(
      "“X” is over the At risk (United States) column.",
    );
  });
  it("speaks French on a French page", () => {
    const french = dragWords(sayIn("fr"), null);
    expect(french.over("Dialogue", "done")).toBe("Carte « Dialogue » au-dessus de la colonne Réalisé.");
    expect(french.cancel("Dialogue", "at_risk")).toBe(
      "Déplacement annulé : la carte « Dialogue » reste dans la colonne En difficulté.",
    );
  });
});
