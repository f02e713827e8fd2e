import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCommitment, buildEvent } from "@/testing/dataset-builders";
import { createRandom } from "../../../scripts/bench/prng";
import {
  acceptPlainCommitment,
  FAST_PATH_COMMITMENT_KEYS,
  FAST_PATH_EVENT_KEYS,
} from "./commitment-fast-path";
import { commitmentSchema, statusEventSchema } from "./dataset-schema";

const bundled: unknown[] = JSON.parse(readFileSync("public/data/commitments.json", "utf8")).commitments;

/** The one rule: whatever the fast path accepts, the schema accepts too, and returns the same value. */
function expectNoLaxerThanZod(value: unknown) {
  const fast = acceptPlainCommitment(value);
  if (fast === null) return false;
  const exact = commitmentSchema.safeParse(value);
  expect(exact.success, `accepted by the fast path only: ${JSON.stringify(value)}`).toBe(true);
  expect(fast).toStrictEqual(exact.data);
  return true;
}

// Values that are wrong, or that the schema would change (trim), or borderline, for any field.
const oddValues: unknown[] = [
  undefined,
  null,
  0,
  42,
  true,
  "",
  " ",
  " padded ",
  "trailing ",
  "\tx",
  "Upper-Case",
  "two--hyphens",
  "-leading",
  "ok-id",
  "a".repeat(81),
  "a".repeat(80),
  "x".repeat(101),
  "x".repeat(2001),
  "x".repeat(201),
  [],
  ["us", "us"],
  ["us", "fr"],
  ["fr"],
  ["uk"],
  ["ok-id", "Bad Id"],
  ["", "name"],
  [" name"],
  {},
  { en: "English" },
  { en: "English", fr: "Français" },
  { en: " English" },
  { en: "English", fr: "" },
  { en: "English", de: "Deutsch" },
  { fr: "Français" },
  { us: "done" },
  { us: "done", fr: "finished" },
  { uk: "done" },
  "us",
  "fr",
  "done",
  "finished",
  "2027-06-30",
  "2027-02-30",
  "2028-02-29",
  "2027-02-29",
  "2027-6-30",
  "2026-01-10T09:00:00Z",
  "2026-01-10T09:00:00.123+02:00",
  "2026-01-10T09:00Z",
  "2026-01-10T09:00:00",
  "2026-01-10T24:00:00Z",
  "2026-01-10 09:00:00Z",
  "https://example.org/a",
  "http://example.org/a?b=c#d",
  "HTTPS://EXAMPLE.ORG",
  "https:example.org",
  "https:/example.org",
  "ftp://example.org",
  "javascript:alert(1)",
  " https://example.org",
  "https://exa mple.org",
  "https://exa\nmple.org",
  "https://",
  "https://[::1",
  "http://localhost:99999",
];

const eventKeysAndMore = [...FAST_PATH_EVENT_KEYS, "extra"];
const commitmentKeysAndMore = [...FAST_PATH_COMMITMENT_KEYS, "extra", "__unknown"];

describe("acceptPlainCommitment", () => {
  it("knows every field of the schema (a new field must be added to the fast path)", () => {
    expect([...FAST_PATH_COMMITMENT_KEYS]).toEqual(Object.keys(commitmentSchema.shape));
    expect([...FAST_PATH_EVENT_KEYS]).toEqual(Object.keys(statusEventSchema.shape));
  });

  it("accepts every commitment of the bundled file, exactly as zod returns it", () => {
    expect(bundled.length).toBeGreaterThan(0);
    for (const commitment of bundled) expect(expectNoLaxerThanZod(commitment)).toBe(true);
  });

  it("accepts the usual shapes: plain and bilingual text, optional fields, events with links", () => {
    const full = buildCommitment({
      title: { en: "Title", fr: "Titre" },
      lead: "fr",
      sectors: ["space"],
      owners: ["NASA", "CNES"],
      dueDate: "2027-06-30",
      history: [
        buildEvent({ evidenceUrl: "https://example.org/report?id=1", note: "Note", author: "A. B." }),
        buildEvent({ id: "event-2", party: "fr", status: "done", at: "2026-02-01T10:00:00+01:00" }),
      ],
    });
    expect(expectNoLaxerThanZod(full)).toBe(true);
    expect(expectNoLaxerThanZod(buildCommitment())).toBe(true);
  });

  it("is never laxer than zod, whatever one field of a commitment or of an event holds", () => {
    let accepted = 0;
    let tried = 0;
    for (const key of commitmentKeysAndMore) {
      for (const value of oddValues) {
        tried += 1;
        if (expectNoLaxerThanZod({ ...buildCommitment(), [key]: value })) accepted += 1;
      }
    }
    for (const key of eventKeysAndMore) {
      for (const value of oddValues) {
        tried += 1;
        const history = [{ ...buildEvent({ evidenceUrl: "https://example.org" }), [key]: value }];
        if (expectNoLaxerThanZod(buildCommitment({ history: history as never }))) accepted += 1;
      }
    }
    // The valid variations are accepted fast, not only left to zod: the fast path does its job.
    expect(accepted).toBeGreaterThan(tried / 10);
  });

  it("is never laxer than zod on random mixes of odd values (seeded)", () => {
    const random = createRandom(10);
    for (let round = 0; round < 3000; round += 1) {
      const base = random.pick(bundled) as Record<string, unknown>;
      const commitment: Record<string, unknown> = structuredClone(base);
      for (let change = random.int(1, 3); change > 0; change -= 1) {
        const history = commitment.history;
        if (random.chance(0.4) && Array.isArray(history) && history.length > 0) {
          const event = random.pick(history);
          if (typeof event === "object" && event !== null)
            (event as Record<string, unknown>)[random.pick(eventKeysAndMore)] = structuredClone(
              random.pick(oddValues),
            );
        } else {
          commitment[random.pick(commitmentKeysAndMore)] = structuredClone(random.pick(oddValues));
        }
      }
      expectNoLaxerThanZod(commitment);
    }
  });
});
