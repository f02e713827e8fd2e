import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema, JSON_SCHEMA_PATH } from "../../../scripts/dataset-json-schema";
import { parseDataset } from "./parse-dataset";

// The published data file is the product: these tests hold it to the announcement it tracks.

const announcement = readFileSync("docs/source/announcement.txt", "utf8");
const raw = JSON.parse(readFileSync("public/data/commitments.json", "utf8"));
const { dataset, problems } = parseDataset(raw);
// The checks of content read the file as written, so that one invalid commitment fails the validity test
// only, instead of also failing every test that looks for what it says.
const rawCommitments = raw.commitments as Array<{
  id: string;
  title: unknown;
  sourceQuote: string;
  themes: string[];
  initiativeId: string;
}>;

/** The announcement's sentences (it has no abbreviations that end a sentence except "U.S." mid-sentence). */
const sentences = announcement
  .split("\n")
  .flatMap((paragraph) => paragraph.split(/(?<=[a-z)]\.)\s+(?=[A-Z])/))
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.endsWith("."));

describe("the bundled data file", () => {
  it("is valid with no problems", () => {
    expect(problems).toEqual([]);
    expect(dataset.commitments.length).toBeGreaterThanOrEqual(16);
  });

  it("quotes the announcement verbatim in every commitment", () => {
    for (const commitment of dataset.commitments) {
      expect(announcement, commitment.id).toContain(commitment.sourceQuote);
    }
  });

  it("carries the announcement's full text, and the repo's copy matches the shared original", () => {
    expect(dataset.source.text).toBe(announcement);
    const shared = "../shared/announcement.txt";
    if (existsSync(shared)) expect(readFileSync(shared, "utf8")).toBe(announcement);
  });

  it("covers every sentence of the announcement that says something will be done", () => {
    const promising = sentences.filter((sentence) => /\b(will|committed|support)\b/.test(sentence));
    expect(promising.length).toBeGreaterThanOrEqual(6);
    for (const sentence of promising) {
      const quoted = rawCommitments.some((c) => String(c.sourceQuote).includes(sentence));
      expect(quoted, sentence).toBe(true);
    }
  });

  it("tracks each listed global issue, the cybercrime actions and the NATO updates on their own", () => {
    const titles = rawCommitments.map((c) =>
      String(typeof c.title === "object" ? (c.title as { en: string }).en : c.title),
    );
    for (const topic of [
      /climate crisis/i,
      /space exploration/i,
      /STEM education/,
      /sustainability of the space environment/i,
      /space economy/i,
      /comprehensive dialogue/i,
      /Space Climate Observatory/,
      /Paris Call/,
      /global norms/i,
      /cybercrime/i,
      /NATO cyber policy/,
    ]) {
      expect(
        titles.filter((title) => topic.test(title)),
        String(topic),
      ).toHaveLength(1);
    }
  });

  it("invents nothing the announcement does not give: no owners, due dates or progress", () => {
    for (const commitment of dataset.commitments) {
      expect(commitment.owners, commitment.id).toBeUndefined();
      expect(commitment.dueDate, commitment.id).toBeUndefined();
      expect(commitment.history, commitment.id).toEqual([]);
      expect(new Set(Object.values(commitment.statuses)), commitment.id).toEqual(new Set(["not_started"]));
      expect(Object.keys(commitment.statuses).sort(), commitment.id).toEqual([...commitment.parties].sort());
    }
  });

  it("uses every initiative and theme it defines", () => {
    for (const initiative of dataset.initiatives) {
      expect(
        rawCommitments.some((c) => c.initiativeId === initiative.id),
        initiative.id,
      ).toBe(true);
    }
    for (const theme of dataset.themes) {
      expect(
        rawCommitments.some((c) => c.themes?.includes(theme.id)),
        theme.id,
      ).toBe(true);
    }
  });

  it("ships a JSON Schema that is up to date with the zod schema (run `npm run schema` if not)", () => {
    expect(readFileSync(JSON_SCHEMA_PATH, "utf8")).toBe(datasetJsonSchema());
  });
});
