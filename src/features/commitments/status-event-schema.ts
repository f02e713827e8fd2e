import { z } from "@/lib/zod";

// The part of the data's contract (dataset-schema.ts) that the page needs at start-up: the vocabulary, and
// the schema of a status event, which this browser's stored updates are checked against. Apart from the
// schemas of the whole file, which only the data worker builds: zod builds each schema when its module is
// evaluated, and building them all held up the page's first view (decision 010's second addendum).
// Written with zod/mini's functions (`z.optional(x)`, `.check(z.maxLength(n))`), as every schema is
// (lib/zod.ts): classic zod's methods doubled the size of the page's zod (decision 010's fourth addendum).

export const statusIds = ["not_started", "in_progress", "at_risk", "done", "dropped"] as const;
export const statusSchema = z
  .enum(statusIds, {
    error: (issue) =>
      `is ${JSON.stringify(issue.input)}, but a status must be one of ${statusIds.join(", ")}`,
  })
  .check(z.meta({ description: "One of the status vocabulary's ids." }));
export type Status = z.infer<typeof statusSchema>;

export const partyIds = ["us", "fr"] as const;
export const partySchema = z
  .enum(partyIds, { error: (issue) => `is ${JSON.stringify(issue.input)}, but a party must be us or fr` })
  .check(z.meta({ description: "us: the United States; fr: France." }));
export type Party = z.infer<typeof partySchema>;

/** Ids are lowercase words joined by hyphens, so they read well in URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .check(
    z.regex(ID_PATTERN, "must be lowercase letters, digits and single hyphens (e.g. space-sco)"),
    z.maxLength(80),
  );

export const nonEmptyText = z.string().check(z.trim(), z.minLength(1, "must not be empty"));

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http: or https: address" });

export const timestampSchema = z.iso.datetime({
  offset: true,
  error: "must be a date and time like 2026-03-01T09:30:00Z",
});

export const statusEventSchema = z.strictObject({
  id: nonEmptyText.check(z.maxLength(100)),
  commitmentId: idSchema,
  party: partySchema,
  status: statusSchema,
  note: z.optional(z.string().check(z.maxLength(2000))),
  evidenceUrl: z.optional(httpUrlSchema),
  author: z.optional(z.string().check(z.maxLength(200))),
  /** The author's own side, which need not be the side whose status changed. */
  authorSide: z.optional(partySchema),
  /** The side's status just before this change, as the author saw it. Older events lack it. */
  from: z.optional(statusSchema),
  at: timestampSchema,
});
export type StatusEvent = z.infer<typeof statusEventSchema>;
